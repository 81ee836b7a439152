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
 * VALUES there). `trx` must be a transaction. Every row must have the columns of the first, with values that are strings,
 * numbers or null.
 */
export async function insertRows<T extends keyof Database>(
  trx: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const statements = sqliteStatementsOf(trx);
  if (statements) {
    const insert = statements.prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
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
    await sql`insert into ${sql.table(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows.slice(i, i + PG_CHUNK))})`.execute(
      trx,
    );
  }
}
