// `npm test`: unit and integration tiers, on SQLite and (when reachable) PostgreSQL.
// GUARANTOR_TEST_PG_URL points at the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres).
import { runVitest } from './run-vitest.mjs';

process.exit(await runVitest('tests', 'vitest.config.ts', process.argv.slice(2)));
