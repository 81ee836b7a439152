import { defineConfig } from 'vitest/config';

// Unit and integration tiers. Integration tests run on SQLite always and on PostgreSQL when
// GUARANTOR_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) answers.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/integration/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    globalSetup: ['./test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
