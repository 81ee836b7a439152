import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anObservation } from '../../src/modules/monitoring/observations.factory.js';
import { testDialects } from '../support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app.js';

/**
 * While the database cannot take a request, the server answers 503 with Retry-After and an
 * RFC 9457 problem (not a 500), stores nothing, and takes the same request once the database
 * is back: a monitor's outbox sends it again and it is stored once.
 */
describe.each(testDialects())('a database that cannot take the request, on %s', (dialect) => {
  let t: TestApp;
  let monitor: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    monitor = await t.signIn('GBR', 'monitor');
  });
  afterAll(async () => t.close());

  const post = (observation: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: monitor.headers,
      payload: observation,
    });
  const stored = async (id: unknown) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/observations/${String(id)}`,
        headers: monitor.headers,
      })
    ).statusCode;
  const expectUnavailable = (res: Awaited<ReturnType<typeof post>>) => {
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json()).toMatchObject({ type: '/problems/database-unavailable', status: 503 });
  };

  it('answers 503 with Retry-After while the database is unavailable, then stores the retried write once', async () => {
    const observation = anObservation({ notes: 'EXERCISE sent while the database was unavailable' });
    const restore = dialect === 'sqlite' ? holdSqliteWriteLock(t) : await refusePostgresConnections(t);
    try {
      expectUnavailable(await post(observation));
      // A batch whose first chunk cannot be stored is answered the same, before any line.
      const batch = await t.app.inject({
        method: 'POST',
        url: '/api/v1/observations',
        headers: { ...monitor.headers, 'content-type': 'application/x-ndjson' },
        payload: `${JSON.stringify(anObservation())}\n${JSON.stringify(observation)}\n`,
      });
      expectUnavailable(batch);
      if (dialect === 'postgres') {
        const read = await t.app.inject({ method: 'GET', url: '/api/v1/parties', headers: monitor.headers });
        expect(read.statusCode).toBe(503);
      } else {
        // Readers are not held up by a writer in WAL mode: only the write waited and gave up.
        expect(await stored(observation.id)).toBe(404);
      }
    } finally {
      await restore();
    }
    expect(await stored(observation.id)).toBe(404);
    const again = await post(observation);
    expect(again.statusCode).toBe(201);
    expect((await post(observation)).json()).toMatchObject({ status: 'replayed' });
    expect(await stored(observation.id)).toBe(200);
  });
});

/** Another connection takes SQLite's write lock and keeps it; returns its release. */
function holdSqliteWriteLock(t: TestApp): () => Promise<void> {
  const other = new Database(t.ctx.config.databaseUrl);
  other.exec('BEGIN IMMEDIATE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
    return Promise.resolve();
  };
}

/**
 * Ends every session of the scratch database and refuses new ones (as during a restart or
 * a failover); returns what lets them in again.
 */
async function refusePostgresConnections(t: TestApp): Promise<() => Promise<void>> {
  const url = new URL(t.ctx.config.databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  return async () => {
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await admin.end();
  };
}
