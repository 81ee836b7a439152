/**
 * What the browser downloads for the sign-in page and for the overview, gzipped, from the
 * Vite manifest of `dist/web` (run `npx vite build` first), against the budget of issue 3:
 * 250 KB of JavaScript for sign-in + overview, with the map and charts loaded only where used.
 *
 *   npx vite build && npx tsx bench/web/bundle-size.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const ROOT = 'dist/web';
const BUDGET_KB = 250;
const manifestPath = join(ROOT, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  // `npm run bench` on a fresh clone: build first, as the command in BENCHMARKS.md does.
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(manifestPath)) {
    console.error(`no ${manifestPath}: npx vite build failed`);
    process.exit(1);
  }
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;

/** Chunks loaded by static imports from `keys` (what the browser fetches before running them). */
function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length / 1024;
}

function jsKb(keys: Set<string>): number {
  let total = 0;
  for (const key of keys) total += gzipKb(manifest[key]!.file);
  return total;
}

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entry) throw new Error('manifest has no entry');
const signIn = closure([entry]);
const overview = closure([entry, 'features/overview/overview-page.tsx']);
const map = closure(['components/map/map-view.tsx']);
for (const key of overview) map.delete(key);
const basemap = Object.values(manifest).find((c) => c.file.includes('countries-'));

const rows: [string, number][] = [
  ['sign-in page (JS)', jsKb(signIn)],
  ['sign-in + overview (JS)', jsKb(overview)],
  ['map page extra (JS, lazy)', jsKb(map)],
  ['map basemap (Natural Earth 1:50m, lazy)', basemap ? gzipKb(basemap.file) : 0],
];
console.log('gzipped sizes (KB) against the budget of 250 KB for sign-in + overview');
for (const [name, kb] of rows) {
  console.log(
    `${name.padEnd(42)} ${kb.toFixed(1).padStart(8)} KB   ratio to budget ${(kb / BUDGET_KB).toFixed(2)}`,
  );
}
const within = jsKb(overview) <= BUDGET_KB;
console.log(within ? 'within budget' : 'OVER BUDGET');
process.exitCode = within ? 0 : 1;
