import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratchDatabase,
  testDialects,
  type ScratchDatabase,
} from '../../../test/support/databases.js';
import { openDatabase, sqliteStatementsOf, type DatabaseHandle } from './database.js';
import { insertRows } from './insert-rows.js';
import { SqliteStatements } from './sqlite-statements.js';
import SQLite from 'better-sqlite3';

describe('SqliteStatements', () => {
  it('prepares each SQL text once and drops the least recently used beyond its capacity', () => {
    const connection = new SQLite(':memory:');
    let prepared = 0;
    const prepare = connection.prepare.bind(connection);
    connection.prepare = (text: string) => {
      prepared++;
      return prepare(text);
    };
    const statements = new SqliteStatements(connection, 2);
    const a = statements.prepare('select 1');
    expect(statements.prepare('select 1')).toBe(a);
    statements.prepare('select 2');
    statements.prepare('select 1'); // most recent now; "select 2" is the oldest
    statements.prepare('select 3'); // evicts "select 2"
    expect(statements.prepare('select 1')).toBe(a);
    expect(prepared).toBe(3);
    statements.prepare('select 2');
    expect(prepared).toBe(4);
    statements.close();
  });
});

describe.each(testDialects())('insertRows on %s', (dialect) => {
  let scratch: ScratchDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect);
    handle = openDatabase(scratch.url);
    await sql`create table bulk_rows (id text primary key, n integer, x double precision, note text)`.execute(
      handle.db,
    );
  });
  afterAll(async () => {
    await handle.close();
    await scratch.drop();
  });

  const table = 'bulk_rows' as 'ledger_nodes';
  const rows = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `r${from + i}`,
      n: from + i,
      x: (from + i) / 4,
      note: i % 3 === 0 ? null : `it's "row" ${from + i} ✓`,
    }));

  it('stores every row with its values, nulls and quotes as given, in one transaction', async () => {
    await handle.db.transaction().execute((trx) => insertRows(trx, table, rows(0, 6001) as never));
    const stored = await sql<{
      id: string;
      n: number;
      x: number;
      note: string | null;
    }>`select id, n, x, note from bulk_rows order by n`.execute(handle.db);
    expect(stored.rows).toHaveLength(6001);
    expect(stored.rows.map((r) => ({ ...r, n: Number(r.n), x: Number(r.x) }))).toEqual(rows(0, 6001));
  });

  it('rolls back with the transaction: a failing row leaves nothing of the batch', async () => {
    const batch = [...rows(10_000, 5), ...rows(0, 1)]; // the last one repeats a stored id
    await expect(
      handle.db.transaction().execute((trx) => insertRows(trx, table, batch as never)),
    ).rejects.toThrow();
    const count = await sql<{ n: number }>`select count(*) as n from bulk_rows`.execute(handle.db);
    expect(Number(count.rows[0]!.n)).toBe(6001);
  });

  it('upserts: rows whose key exists update every column but the kept ones, new rows are added', async () => {
    const changed = [
      { id: 'r1', n: 1001, x: 0.5, note: 'changed' },
      { id: 'new', n: 9999, x: 1.5, note: 'added' },
    ];
    await handle.db
      .transaction()
      .execute((trx) =>
        insertRows(trx, table, changed as never, { key: 'id' as never, keep: ['n' as never] }),
      );
    const got = await sql<{
      id: string;
      n: number;
      x: number;
      note: string;
    }>`select id, n, x, note from bulk_rows where id in ('r1', 'new') order by id`.execute(handle.db);
    expect(got.rows.map((r) => ({ ...r, n: Number(r.n), x: Number(r.x) }))).toEqual([
      { id: 'new', n: 9999, x: 1.5, note: 'added' },
      { id: 'r1', n: 1, x: 0.5, note: 'changed' },
    ]);
  });

  it('refuses to hand out the SQLite connection outside a transaction', () => {
    expect(() => sqliteStatementsOf(handle.db)).toThrow(/only inside a transaction/);
  });
});
