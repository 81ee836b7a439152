import type { ObservationInput } from '../../../../modules/monitoring/monitoring.schemas.js';

/**
 * The field outbox: observations written on a phone wait here, in IndexedDB, until the server
 * has acknowledged them. Pure state logic: no I/O, so every transition is unit-tested.
 */

/** Where an outbox item stands: queued → sending → acknowledged | failed | conflict. */
export type OutboxState = 'queued' | 'sending' | 'acknowledged' | 'failed' | 'conflict';

/** The server's reason for refusing an item (RFC 9457 problem, fields named by pointer). */
export interface OutboxProblem {
  status: number;
  title: string;
  detail?: string;
  errors?: { pointer?: string; detail: string }[];
}

/** One observation in the outbox, keyed by its client UUID (the observation's own id). */
export interface OutboxItem {
  id: string;
  observation: ObservationInput;
  state: OutboxState;
  /** Sending attempts that met no answer (network down, 5xx): drives the back-off. */
  attempts: number;
  /** Epoch ms before which a queued item is not retried. */
  nextAttemptAt: number;
  createdAt: number;
  updatedAt: number;
  problem?: OutboxProblem;
}

/** Back-off of retries: 2 s doubling up to 5 minutes. */
export const BACKOFF_BASE_MS = 2_000;
/** Longest wait between two attempts. */
export const BACKOFF_MAX_MS = 300_000;

/** How long to wait after `attempts` unanswered tries before the next one. */
export function backoffDelay(attempts: number): number {
  if (attempts <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempts - 1, 20));
}

/** A new item for an observation just written: queued and due now. */
export function enqueue(observation: ObservationInput, now: number): OutboxItem {
  return {
    id: observation.id,
    observation,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Items to send now, oldest first. `force` (the network just came back, the page just
 * started) ignores the back-off. An item left `sending` by a closed tab is sent again: the
 * server answers a retry with the same id as a replay, never as a duplicate.
 */
export function dueItems(items: readonly OutboxItem[], now: number, force = false): OutboxItem[] {
  return items
    .filter((i) => i.state === 'queued' || i.state === 'sending')
    .filter((i) => force || i.state === 'sending' || i.nextAttemptAt <= now)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** The item as it is being posted. */
export function markSending(item: OutboxItem, now: number): OutboxItem {
  return { ...item, state: 'sending', updatedAt: now };
}

/** The outcome of one post: the server's status and body, or no answer at all. */
export type SendOutcome = { kind: 'answer'; status: number; body: unknown } | { kind: 'no-answer' };

function problemOf(status: number, body: unknown): OutboxProblem {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(b.errors)
    ? (b.errors as { pointer?: unknown; detail?: unknown }[]).map((e) => ({
        ...(typeof e.pointer === 'string' ? { pointer: e.pointer } : {}),
        detail: typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail ?? ''),
      }))
    : undefined;
  return {
    status,
    title: typeof b.title === 'string' ? b.title : `HTTP ${status}`,
    ...(typeof b.detail === 'string' ? { detail: b.detail } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/**
 * The item after the server's answer: 200/201 (stored or replayed) acknowledged; 409 conflict
 * (the same id was stored with other content); 401/403/408/429 and 5xx or no answer stay
 * queued with back-off (a session may be renewed, a server may recover); any other 4xx failed
 * with the server's problem, since sending the same body again cannot succeed.
 */
export function settle(item: OutboxItem, outcome: SendOutcome, now: number): OutboxItem {
  const base = { ...item, updatedAt: now };
  if (outcome.kind === 'answer') {
    const { status, body } = outcome;
    if (status === 200 || status === 201) {
      const { problem: _dropped, ...rest } = base;
      return { ...rest, state: 'acknowledged' };
    }
    if (status === 409) return { ...base, state: 'conflict', problem: problemOf(status, body) };
    const transient = status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;
    if (!transient) return { ...base, state: 'failed', problem: problemOf(status, body) };
    const attempts = item.attempts + 1;
    return {
      ...base,
      state: 'queued',
      attempts,
      nextAttemptAt: now + backoffDelay(attempts),
      problem: problemOf(status, body),
    };
  }
  const attempts = item.attempts + 1;
  return { ...base, state: 'queued', attempts, nextAttemptAt: now + backoffDelay(attempts) };
}

/** When the next timed attempt is due (epoch ms), or null when nothing waits. */
export function nextWake(items: readonly OutboxItem[]): number | null {
  const waiting = items.filter((i) => i.state === 'queued').map((i) => i.nextAttemptAt);
  return waiting.length === 0 ? null : Math.min(...waiting);
}
