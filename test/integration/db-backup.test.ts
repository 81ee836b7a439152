import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../src/cli/db-backup.js';
import { anObservation } from '../../src/modules/monitoring/observations.factory.js';
import { sqliteIntegrityProblems } from '../../src/platform/db/sqlite-backup.js';
import { ProblemError } from '../../src/platform/http/problem.js';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app.js';

/** `guarantor db backup`: a checked copy of a running SQLite database. */
describe('guarantor db backup on SQLite', () => {
  let t: TestApp;
  let monitor: TestUser;
  let dir: string;
  const said: string[] = [];
  const say = (line: string) => said.push(line);

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    monitor = await t.signIn('GBR', 'monitor');
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/observations',
        headers: monitor.headers,
        payload: anObservation({ notes: `EXERCISE backed up ${i}` }),
      });
      expect(res.statusCode).toBe(201);
    }
    await t.ctx.services.ledgerCheckpoints.issue();
    dir = mkdtempSync(join(tmpdir(), 'guarantor-backup-'));
  });
  afterAll(async () => t.close());

  const count = (file: string, table: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('copies the live database, checks it and the ledger in it, and only then puts it in place', async () => {
    const target = join(dir, 'guarantor-backup.db');
    said.length = 0;
    const report = await backupDatabase(t.ctx.config, target, { say });
    expect(report.written).toBe(true);
    expect(report.integrityProblems).toEqual([]);
    expect(report.ledger?.findings).toEqual([]);
    expect(report.ledger?.checkpoint?.rootMatches).toBe(true);
    expect(existsSync(`${target}.partial`)).toBe(false);
    expect(count(target, 'observations')).toBe(3);
    expect(count(target, 'ledger_leaves')).toBe(report.ledger!.treeSize);
    expect(said.at(-1)).toBe(`backup written: ${target}`);

    // The server goes on writing; the backup stays as it was taken.
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: monitor.headers,
      payload: anObservation({ notes: 'EXERCISE after the backup' }),
    });
    expect(count(target, 'observations')).toBe(3);
  });

  it('refuses to replace a file without --force, or to copy the database onto itself', async () => {
    const target = join(dir, 'twice.db');
    await backupDatabase(t.ctx.config, target, { say });
    const size = statSync(target).size;
    const refusal = await backupDatabase(t.ctx.config, target, { say }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProblemError);
    expect((refusal as ProblemError).errors?.[0]).toMatchObject({ field: 'FILE' });
    expect(statSync(target).size).toBe(size);
    expect((await backupDatabase(t.ctx.config, target, { say, force: true })).written).toBe(true);
    await expect(
      backupDatabase(t.ctx.config, t.ctx.config.databaseUrl, { say, force: true }),
    ).rejects.toThrow(/database itself/);
  });

  it('keeps a faithful copy of a database changed behind the application, and names the change', async () => {
    const [row] = await t.ctx.db.selectFrom('observations').select('id').limit(1).execute();
    await sql`update observations set body_json = replace(body_json, 'EXERCISE', 'REWRITTEN') where id = ${row!.id}`.execute(
      t.ctx.db,
    );
    const target = join(dir, 'tampered.db');
    const report = await backupDatabase(t.ctx.config, target, { say });
    expect(report.written).toBe(true);
    expect(report.ledger?.findings.some((f) => f.recordId === row!.id)).toBe(true);
    expect(said.at(-1)).toMatch(/ledger findings/);
  });

  it('finds a damaged copy', () => {
    const damaged = join(dir, 'damaged.db');
    copyFileSync(join(dir, 'guarantor-backup.db'), damaged);
    const fd = openSync(damaged, 'r+');
    try {
      // Overwrite the pages after the first with garbage: the schema survives, the B-trees do not.
      writeSync(fd, Buffer.alloc(64 * 1024, 0x5a), 0, 64 * 1024, 4096);
    } finally {
      closeSync(fd);
    }
    expect(sqliteIntegrityProblems(damaged).length).toBeGreaterThan(0);
    expect(sqliteIntegrityProblems(join(dir, 'guarantor-backup.db'))).toEqual([]);
  });

  it('refuses a PostgreSQL database, pointing at pg_dump', async () => {
    const config = { ...t.ctx.config, databaseUrl: 'postgres://postgres@127.0.0.1:5432/none' };
    await expect(backupDatabase(config, join(dir, 'pg.db'), { say })).rejects.toThrow(/pg_dump/);
  });
});
