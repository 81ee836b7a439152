// `npm run test:e2e`: the browser tier, a real Chromium against a real server (test/e2e).
// CHROMIUM_PATH points at the browser (default /usr/bin/chromium).
import { runVitest } from './run-vitest.mjs';

process.exit(await runVitest('e2e', 'vitest.e2e.config.ts', process.argv.slice(2)));
