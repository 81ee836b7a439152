import type { OutboxItem, SendOutcome } from './outbox.js';

/**
 * The outbox in IndexedDB: an item is written the moment the monitor saves the form, so that
 * closing the tab or losing the phone's network loses nothing.
 */

const DB_NAME = 'guarantor-field';
const STORE = 'outbox';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

let opening: Promise<IDBDatabase> | undefined;

/** The outbox database, opened once per page (created on first use). */
export function openOutbox(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB unavailable'));
  });
  return opening;
}

/** Writes (or rewrites) one item; resolves once the transaction is durable. */
export async function putItem(item: OutboxItem): Promise<void> {
  const db = await openOutbox();
  const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
  tx.objectStore(STORE).put(item);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}

/** Every item of the outbox. */
export async function allItems(): Promise<OutboxItem[]> {
  const db = await openOutbox();
  return request(db.transaction(STORE, 'readonly').objectStore(STORE).getAll() as IDBRequest<OutboxItem[]>);
}

/** Removes one item (the monitor clears an acknowledged or refused one). */
export async function deleteItem(id: string): Promise<void> {
  const db = await openOutbox();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(id);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB delete failed'));
  });
}

/** Posts one observation to the API; a network failure is "no answer", never a refusal. */
export async function postObservation(item: OutboxItem): Promise<SendOutcome> {
  try {
    const response = await fetch('/api/v1/observations', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(item.observation),
    });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    return { kind: 'answer', status: response.status, body };
  } catch {
    return { kind: 'no-answer' };
  }
}
