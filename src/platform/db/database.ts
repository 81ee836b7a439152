import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { SqliteCheckpointer } from './sqlite-checkpointer.js';
import { SqliteStatements } from './sqlite-statements.js';
import { DatabaseUnavailableError } from './unavailable.js';

/** Which SQL engine a deployment runs on. */
export type Dialect = 'sqlite' | 'postgres';

/** Anything that can run queries: the database itself or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** An open database with the dialect it speaks. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Closes every connection; pending queries finish first. */
  close(): Promise<void>;
}

// int8 (COUNT, bigserial) as a JS number: our counts and sequences stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

/** True when the URL names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the database named by `url`: a `postgres://` URL, or a SQLite file path
 * (`:memory:` for tests). SQLite runs in WAL mode with `synchronous=FULL`, so that an
 * acknowledged write survives a power cut, and with foreign keys on.
 */
export function openDatabase(url: string, options: { poolSize?: number } = {}): DatabaseHandle {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle client whose server connection ends (a restart, a terminated backend) emits
    // 'error'; unhandled, that would crash the process. The pool discards it and reconnects.
    pool.on('error', () => undefined);
    const guarded = new WeakSet<pg.PoolClient>();
    const connecting = {
      async connect() {
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (error) {
          // Said in one type, whatever the driver's reason, so that requests are answered
          // "unavailable, send again" rather than "server failed".
          throw new DatabaseUnavailableError(error);
        }
        // The pool takes its 'error' listener off a client while it is lent out, so a
        // connection cut between two statements of a transaction would emit 'error' with no
        // listener and end the process. The statement that runs on it fails instead, and the
        // pool drops the client when it comes back.
        if (!guarded.has(client)) {
          guarded.add(client);
          client.on('error', () => undefined);
        }
        return client;
      },
      end: () => pool.end(),
    };
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: connecting }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const sqlite = new SQLite(url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  let checkpointer: SqliteCheckpointer | undefined;
  if (url !== ':memory:') {
    // Checkpoints run on a worker; the writer's own threshold (about 80 MB of WAL) only bounds
    // the log should the worker fall behind.
    sqlite.pragma('wal_autocheckpoint = 20000');
    checkpointer = new SqliteCheckpointer(url);
  }
  const statements = new SqliteStatements(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements.forKysely() }) });
  SQLITE_CONNECTIONS.set(db.getExecutor().adapter, statements);
  return {
    db,
    dialect: 'sqlite',
    async close() {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

// The SQLite connection behind each Kysely instance, keyed by its adapter: an object that a
// Kysely instance shares with every transaction it opens.
const SQLITE_CONNECTIONS = new WeakMap<object, SqliteStatements>();

/**
 * The prepared statements of the SQLite connection that runs a transaction, for hot paths
 * that bind many rows to one statement; undefined on PostgreSQL. Only a transaction may use
 * it: while its callback runs, Kysely's driver holds the single connection for it alone, so
 * statements run there belong to that transaction.
 */
export function sqliteStatementsOf(trx: Executor): SqliteStatements | undefined {
  if (!trx.isTransaction) throw new Error('sqliteStatementsOf: only inside a transaction');
  return SQLITE_CONNECTIONS.get(trx.getExecutor().adapter);
}

/** The dialect behind a Kysely instance (migrations receive only the instance). */
export function dialectOf(db: Kysely<unknown>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
