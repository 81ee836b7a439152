import pg from 'pg';

/** URL of the PostgreSQL server for the integration tier (each test file makes its own database). */
export const DEFAULT_TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Probes PostgreSQL once for the whole run and tells the test files through
 * GUARANTOR_TEST_PG (the URL, or "skip"). Says plainly when the PostgreSQL tier is skipped;
 * with GUARANTOR_REQUIRE_PG=1 (as in .ci/run) an unreachable server fails the run instead.
 */
export default async function setup(): Promise<void> {
  const url = process.env.GUARANTOR_TEST_PG_URL ?? DEFAULT_TEST_PG_URL;
  if (process.env.GUARANTOR_TEST_DIALECTS === 'sqlite') {
    process.env.GUARANTOR_TEST_PG = 'skip';
    console.log('\n[guarantor] PostgreSQL tier SKIPPED: GUARANTOR_TEST_DIALECTS=sqlite\n');
    return;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.GUARANTOR_TEST_PG = url;
    console.log(
      `\n[guarantor] integration tests run on SQLite and on PostgreSQL at ${url.replace(/\/\/[^@]*@/, '//')}\n`,
    );
  } catch (error) {
    if (process.env.GUARANTOR_REQUIRE_PG === '1') {
      throw new Error(
        `PostgreSQL at ${url} is required (GUARANTOR_REQUIRE_PG=1) but did not answer: ${String(error)}`,
      );
    }
    process.env.GUARANTOR_TEST_PG = 'skip';
    console.log(
      `\n[guarantor] PostgreSQL tier SKIPPED: no server at ${url} (set GUARANTOR_TEST_PG_URL); SQLite tier only\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
