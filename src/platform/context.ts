import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { DatabaseHandle, Dialect, Executor } from './db/database.js';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import type { EventBus } from './events/bus.js';

/**
 * The services of every module, by module name. Each module adds its own entry by module
 * augmentation in its `<module>.service.ts`, and other modules reach it only through here:
 *
 * ```ts
 * declare module '../../platform/context.js' {
 *   interface Services { coalition: CoalitionService }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Services {}

/** One entry to append to the verifiable ledger in the caller's transaction. */
export interface LedgerEntry {
  /** Record kind, e.g. `observation`, `incident.transition`, `commitment`. */
  kind: string;
  /** Identifier of the record within its kind. */
  recordId: string;
  /** The record as stored; the ledger hashes its RFC 8785 canonical JSON. */
  content: unknown;
}

/** Everything a service needs from the platform. Built once per process. */
export interface AppContext {
  config: Config;
  db: Kysely<Database>;
  dialect: Dialect;
  log: Logger;
  bus: EventBus;
  services: Services;
  /** Closes the bus and the database. */
  close(): Promise<void>;
}

/** The database handle of a context, for code that opens its own transactions. */
export type { DatabaseHandle, Executor };
