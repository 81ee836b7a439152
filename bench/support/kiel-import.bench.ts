// Kiel tracker import: parsing a release against csv-parse reading the same bytes (the floor
// under any column mapping), and the whole all-or-nothing import into SQLite (WAL,
// synchronous=FULL) against raw inserts of the same pledge rows into the same table; then the
// re-import of a revised release (updates and withdrawals) and of the same file again.
// Run: npx tsx bench/support/kiel-import.bench.ts [N]   (seed 7; N tracker rows, default 20,000)
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import pino from 'pino';
import { loadConfig } from '../../src/platform/config.js';
import { openContext } from '../../src/platform/bootstrap.js';
import { MODULES } from '../../src/modules/registry.js';
import { readKielFile } from '../../src/modules/support/read-kiel-file.js';

const n = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'guarantor-kiel-'));
const modules = MODULES.filter((m) =>
  ['audit', 'coalition', 'ledger', 'commitments', 'support'].includes(m.name),
);
const open = (name: string) =>
  openContext(
    {
      ...loadConfig({ ...process.env, GUARANTOR_DATA_DIR: dir }),
      databaseUrl: join(dir, `${name}.db`),
      logLevel: 'silent',
    },
    modules,
    { logger: pino({ level: 'silent' }) },
  );

// mulberry32: a small seeded generator, so every run imports the same release.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DONORS = [
  'Germany',
  'France',
  'United Kingdom',
  'Poland',
  'Netherlands',
  'Denmark',
  'Sweden',
  'Norway',
  'Finland',
  'Canada',
  'Italy',
  'Spain',
  'Belgium',
  'Czechia',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Japan',
  'United States',
  'Portugal',
];
const HEADER =
  'ID,donor,aid_type_general,aid_type_specific,measure,announcement_date,month,explanation,reporting_currency,source_reported_value,tot_activity_value_EUR,tot_sub_activity_value_EUR,tot_value_deliv_EUR,item,item_type,item_numb,item_numb_deliv,source';

/** A synthetic EXERCISE release of `n` rows in the tracker's layout; `revise` changes values of every 10th row and drops every 50th. */
function release(revise: boolean): string {
  const next = random(7);
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const donor = DONORS[Math.floor(next() * DONORS.length)]!;
    const month = 1 + Math.floor(next() * 48);
    const day = 1 + Math.floor(next() * 28);
    const date = `${2022 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const military = next() < 0.6;
    let value = Math.round(next() * 5e8);
    const items = military ? Math.ceil(next() * 200) : null;
    if (revise && i % 10 === 0) value += 1000;
    const line = [
      `EX-${i}`,
      donor,
      military ? 'Military' : 'Financial',
      military ? 'Weapons and equipment' : 'Budget support',
      next() < 0.5 ? 'Allocation' : 'Commitment',
      date,
      month,
      `EXERCISE activity ${i}`,
      'EUR',
      value,
      value,
      value,
      Math.round(value * next()),
      military ? `item ${i % 97}` : '.',
      military ? 'Air defence' : '.',
      items ?? '.',
      items === null ? '.' : Math.floor(items * next()),
      'EXERCISE — generated for the benchmark',
    ].join(',');
    // Every random draw is made before a row is dropped, so the other rows stay the same.
    if (!(revise && i % 50 === 0)) lines.push(line);
  }
  return lines.join('\n') + '\n';
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(f: () => unknown): Promise<number> {
  const start = performance.now();
  await f();
  return performance.now() - start;
}

const first = new TextEncoder().encode(release(false));
const revised = new TextEncoder().encode(release(true));
const text = new TextDecoder().decode(first);
console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`release: ${n} rows, ${(first.length / 1e6).toFixed(1)} MB`);

// 1. Parsing: the tracker reader (columns by name, cells checked, identities hashed) against
// csv-parse alone on the same text.
const ours: number[] = [];
const peer: number[] = [];
for (let i = 0; i < 5; i++) {
  ours.push(await time(() => readKielFile(first, 'csv')));
  peer.push(await time(() => parse(text, { relax_column_count: true })));
}
console.log(
  `parse: reader ${median(ours).toFixed(0)} ms, csv-parse ${median(peer).toFixed(0)} ms (median of 5) → ratio ${(median(ours) / median(peer)).toFixed(2)}`,
);

// 2. The whole import (one transaction, audit and ledger leaf) against raw inserts of the
// rows it wrote into the same table of a fresh database.
const importer = { system: 'bench', party: 'GBR' } as const;
const ctx = await open('import');
const fresh = await time(() =>
  ctx.services.supportTracker.importFile(importer, { name: 'release.csv', bytes: first }),
);
const rows = await ctx.db.selectFrom('support_pledges').selectAll().execute();
const raw = await open('raw');
// The import's own row first (untimed): the pledges name it.
await raw.db
  .insertInto('support_tracker_imports')
  .values(await ctx.db.selectFrom('support_tracker_imports').selectAll().execute())
  .execute();
const rawTime = await time(() =>
  raw.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto('support_pledges')
        .values(rows.slice(i, i + 200))
        .execute();
  }),
);
await raw.close();
console.log(
  `import: ${fresh.toFixed(0)} ms for ${rows.length} rows (${((rows.length / fresh) * 1000).toFixed(0)} rows/s), raw inserts ${rawTime.toFixed(0)} ms → ratio ${(fresh / rawTime).toFixed(2)}`,
);

// 3. A revised release: 10 % of rows revised, 2 % gone (withdrawn); back to the first release
// (the withdrawn rows return); then the same file again (recognised by its SHA-256).
const run = async (name: string, bytes: Uint8Array) => {
  const start = performance.now();
  const result = await ctx.services.supportTracker.importFile(importer, { name, bytes });
  return { ms: performance.now() - start, result };
};
for (const [label, name, bytes] of [
  ['revised release', 'revised.csv', revised],
  ['back to the first release', 'first-again.csv', first],
  ['the same file again', 'same.csv', first],
] as const) {
  const { ms, result } = await run(name, bytes);
  console.log(
    result.duplicateOf
      ? `${label}: ${ms.toFixed(1)} ms (the latest import's file: recognised by its SHA-256, nothing read or written)`
      : `${label}: ${ms.toFixed(1)} ms (updated ${result.updated}, inserted ${result.inserted}, unchanged ${result.unchanged}, withdrawn ${result.withdrawn})`,
  );
}
await ctx.close();
console.log(
  `load average at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
