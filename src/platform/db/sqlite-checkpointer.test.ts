import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';

describe('write-ahead log checkpoints on a worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guarantor-checkpoint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies committed pages into the database file while the writer goes on, and closes cleanly', async () => {
    const path = join(dir, 'test.db');
    const handle = openDatabase(path);
    await sql`create table blobs (id integer primary key, body text not null)`.execute(handle.db);
    const body = 'x'.repeat(2000);
    // About 4 MB in 2,000 rows: below the writer's own threshold, so only the worker copies it.
    await handle.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 2000; i++) await sql`insert into blobs (body) values (${body})`.execute(trx);
    });
    const deadline = Date.now() + 5000;
    while (statSync(path).size < 3_000_000 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statSync(path).size).toBeGreaterThan(3_000_000);
    const count = await sql<{ n: number }>`select count(*) as n from blobs`.execute(handle.db);
    expect(Number(count.rows[0]!.n)).toBe(2000);
    await handle.close();
    // The worker's connection closed first, so the writer's, the last, removed the log.
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
