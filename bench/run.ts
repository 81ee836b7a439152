// `npm run bench [-- <area> …]`: runs every bench/<area>/*.bench.ts one after another (they
// compete for the same two cores, so never in parallel) and stops at the first failure.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const wanted = process.argv.slice(2);
const areas = readdirSync('bench').filter(
  (d) => statSync(join('bench', d)).isDirectory() && (wanted.length === 0 || wanted.includes(d)),
);
for (const area of areas.sort()) {
  for (const file of readdirSync(join('bench', area))
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    const path = join('bench', area, file);
    console.log(`\n=== ${path}`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', path], { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(`${path} failed with exit code ${run.status}`);
      process.exit(run.status ?? 1);
    }
  }
}
