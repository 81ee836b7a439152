import { useCallback, useEffect, useRef, useState } from 'react';
import type { ObservationInput } from '../../../../modules/monitoring/monitoring.schemas.js';
import { dueItems, enqueue, markSending, nextWake, settle, type OutboxItem } from './outbox.js';
import { allItems, deleteItem, postObservation, putItem } from './outbox-store.js';

/** The outbox as the page sees it, and what the page may do with it. */
export interface OutboxHandle {
  items: OutboxItem[];
  /** Writes an observation to IndexedDB (resolves once durable), then tries to send it. */
  save(observation: ObservationInput): Promise<void>;
  /** Sends every queued item now, ignoring the back-off. */
  sendNow(): void;
  /** Forgets an acknowledged, failed or conflicting item. */
  remove(id: string): Promise<void>;
  error: Error | undefined;
}

/**
 * Keeps the outbox moving: sends on start, when the browser comes back `online`, and when the
 * back-off timer of the earliest waiting item runs out. One sending round at a time.
 */
export function useOutbox(): OutboxHandle {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [error, setError] = useState<Error>();
  const running = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const refresh = useCallback(async () => {
    const all = await allItems();
    setItems(all.sort((a, b) => b.createdAt - a.createdAt));
    return all;
  }, []);

  const flush = useCallback(
    async (force: boolean): Promise<void> => {
      if (running.current) {
        again.current ||= force;
        return;
      }
      running.current = true;
      try {
        const all = await refresh();
        for (const item of dueItems(all, Date.now(), force)) {
          const sending = markSending(item, Date.now());
          await putItem(sending);
          await refresh();
          const outcome = await postObservation(sending);
          await putItem(settle(sending, outcome, Date.now()));
          await refresh();
          // With no network, the rest would fail the same way: wait for `online` or the timer.
          if (outcome.kind === 'no-answer') break;
        }
        const wake = nextWake(await refresh());
        clearTimeout(timer.current);
        if (wake !== null) {
          timer.current = setTimeout(() => void flush(false), Math.max(500, wake - Date.now()));
        }
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        running.current = false;
        if (again.current) {
          again.current = false;
          void flush(true);
        }
      }
    },
    [refresh],
  );

  useEffect(() => {
    void flush(true);
    const online = () => void flush(true);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(timer.current);
    };
  }, [flush]);

  const save = useCallback(
    async (observation: ObservationInput) => {
      await putItem(enqueue(observation, Date.now()));
      await refresh();
      if (navigator.onLine) void flush(true);
    },
    [flush, refresh],
  );

  return {
    items,
    save,
    error,
    sendNow: () => void flush(true),
    remove: async (id: string) => {
      await deleteItem(id);
      await refresh();
    },
  };
}
