/**
 * Failures that say the database cannot take the work right now, rather than that the work
 * is wrong: the server is unreachable, restarting or out of connections, a connection was
 * cut, or a lock was held past the wait. The HTTP layer answers them 503 with `Retry-After`,
 * so that clients (the field report's outbox, integrators' feeds) send again instead of
 * giving up; writes are idempotent by id or `Idempotency-Key`, so sending again is safe.
 */

/** No connection to the database could be had (wraps the driver's error as `cause`). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`no database connection: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// PostgreSQL SQLSTATEs (Appendix A of its manual) besides class 08, connection exception:
// the server shutting down or starting up, too many connections, and the two transaction
// failures PostgreSQL itself says to retry.
const RETRY_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);
// Node's socket errors on the way to the server.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);
// node-postgres says these in words only, without a code.
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
];

/** True when `error`, or an error it was caused by, says the database is unavailable now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (/^08[0-9A-Z]{3}$/.test(code) || RETRY_SQLSTATES.has(code) || SOCKET_CODES.has(code)) return true;
      // better-sqlite3: another connection holds the write lock past busy_timeout.
      if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
    }
    if (PG_CONNECTION_MESSAGES.some((m) => m.test(e.message))) return true;
  }
  return false;
}
