import { sql, type Insertable, type Kysely } from 'kysely';
import { dialectOf, sqliteStatementsOf, type Executor } from './database.js';
import type { Database } from './schema.js';

// PostgreSQL: rows per statement, sent as one JSON parameter.
const PG_CHUNK = 5000;

/**
 * Inserts many rows of one table in the caller's transaction, by the fastest path of each
 * engine: on SQLite one cached prepared single-row INSERT run per row (no SQL text to build,
 * parse or plan per batch; measured faster than multi-row VALUES), on PostgreSQL one
 * `json_populate_recordset` statement per 5,000 rows (measured 2.3× faster than multi-row
 * VALUES there), optionally as an upsert (`Upsert`). `trx` must be a transaction. Every row must have the columns of the first, with values that are strings,
 * numbers or null.
 */
export async function insertRows<T extends keyof Database>(
  trx: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  upsert?: Upsert<T>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const onConflict = upsert ? conflictClause(columns, upsert) : '';
  const statements = sqliteStatementsOf(trx);
  if (statements) {
    const insert = statements.prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})${onConflict}`,
    );
    const values: unknown[] = new Array(columns.length);
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      for (let c = 0; c < columns.length; c++) values[c] = record[columns[c]!] ?? null;
      insert.run(values);
    }
    return;
  }
  if (dialectOf(trx as unknown as Kysely<unknown>) !== 'postgres')
    throw new Error('insertRows: no SQLite connection is registered for this transaction');
  const list = sql.join(columns.map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += PG_CHUNK) {
    await sql`insert into ${sql.table(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows.slice(i, i + PG_CHUNK))})${sql.raw(onConflict)}`.execute(
      trx,
    );
  }
}

/**
 * With `insertRows`, turns the insert into an upsert: a row whose `key` exists already
 * updates the stored one, every column but `key` and `keep` taking the new value.
 */
export interface Upsert<T extends keyof Database> {
  key: keyof Database[T] & string;
  keep?: readonly (keyof Database[T] & string)[];
}

function conflictClause(
  columns: readonly string[],
  upsert: { key: string; keep?: readonly string[] },
): string {
  const keep = new Set([upsert.key, ...(upsert.keep ?? [])]);
  const set = columns.filter((c) => !keep.has(c)).map((c) => `"${c}" = excluded."${c}"`);
  return ` on conflict ("${upsert.key}") do ${set.length ? `update set ${set.join(', ')}` : 'nothing'}`;
}
