import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Dialect } from '../../src/platform/db/database.js';

/** The dialects the integration tier runs on in this run (PostgreSQL when reachable). */
export function testDialects(): Dialect[] {
  const pgUrl = process.env.GUARANTOR_TEST_PG;
  return pgUrl && pgUrl !== 'skip' ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh, empty database of the dialect, and how to drop it. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates a database no other test uses: a SQLite file in a new temporary folder, or a new
 * PostgreSQL database on the test server (dropped with FORCE afterwards).
 */
export async function createScratchDatabase(dialect: Dialect): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'guarantor-test-'));
    return {
      url: join(dir, 'test.db'),
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const admin = process.env.GUARANTOR_TEST_PG;
  if (!admin || admin === 'skip') throw new Error('PostgreSQL tier is not available');
  const name = `guarantor_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
