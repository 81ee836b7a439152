import type { AlertEventTable } from './outputs.tables.js';

/**
 * Positions in the alert stream, for `Last-Event-ID` (WHATWG HTML §9.2, Server-Sent Events).
 * A position names one stored alert as `<at>|<id>`: its firing time by the database's clock
 * (UTC, ISO 8601 with milliseconds, the form `isoTime` writes) and its UUID. Alerts are ordered by `at`, then `id`,
 * a total order both SQLite and PostgreSQL sort alike, since both columns have one fixed
 * format. Clients treat positions as opaque.
 */

/** At most this many alerts are replayed on a reconnection: the newest, oldest first. */
export const REPLAY_MAX_EVENTS = 500;
/** Alerts older than this (ms) are not replayed; the alerts page lists them. */
export const REPLAY_MAX_AGE_MS = 24 * 3_600_000;

/** A position in the alert stream: the alert at `at` with `id` and every alert before it. */
export interface AlertCursor {
  /** UTC, ISO 8601 with milliseconds. */
  at: string;
  id: string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CURSOR = new RegExp(`^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)\\|(${UUID})$`);
const BARE_ID = new RegExp(`^${UUID}$`);

/** The position of a stored alert. */
export const cursorOf = (row: Pick<AlertEventTable, 'at' | 'id'>): AlertCursor => ({
  at: row.at,
  id: row.id,
});

/** The text of a position, as sent on the `id:` line. */
export const formatCursor = (c: AlertCursor): string => `${c.at}|${c.id}`;

/**
 * Reads a position sent back as `Last-Event-ID`: a cursor, or a bare alert id (the form the
 * stream sent before positions, resolved by the caller), or `null` if it is neither.
 *
 * @example parseCursor('2026-05-01T10:00:00.000Z|7e57da7a-0000-4000-8000-000000000001')
 */
export function parseCursor(text: string): { cursor: AlertCursor } | { alertId: string } | null {
  const m = CURSOR.exec(text);
  if (m) {
    const at = m[1]!;
    // A real instant, written the one way isoTime writes it (no 25:00, no 31 February).
    if (Number.isNaN(Date.parse(at)) || new Date(at).toISOString() !== at) return null;
    return { cursor: { at, id: m[2]! } };
  }
  return BARE_ID.test(text) ? { alertId: text } : null;
}

/** Orders positions: negative if `a` comes before `b`, 0 if they are the same alert. */
export function compareCursors(a: AlertCursor, b: AlertCursor): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

/** The later of two positions (`a` when `b` is null). */
export const laterCursor = (a: AlertCursor, b: AlertCursor | null): AlertCursor =>
  b && compareCursors(b, a) > 0 ? b : a;
