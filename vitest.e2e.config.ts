import { defineConfig } from 'vitest/config';

// Browser tier: each file starts its own server on a scratch database and drives Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
