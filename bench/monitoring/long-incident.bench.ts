// A long-running incident: N EXERCISE observations of one sustained exchange of fire (one a
// minute, rotating sources, within 2 km), stored and corroborated 2,000 at a time as NDJSON
// chunks are, into SQLite (WAL, synchronous=FULL) — with the incident's members kept between
// chunks (`MemberCache`) and, in a fresh database, read again from the database at every chunk.
// Run: npx tsx bench/monitoring/long-incident.bench.ts [N]
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openContext } from '../../src/platform/bootstrap.js';
import { loadConfig } from '../../src/platform/config.js';
import { DEFAULT_CORROBORATION } from '../../src/modules/monitoring/corroborate.js';
import { storeAndCorroborate } from '../../src/modules/monitoring/incidents.engine.js';
import { MemberCache } from '../../src/modules/monitoring/incidents.members.js';
import { seededRandom } from '../../src/modules/monitoring/monitoring.exercise.js';
import { MONITORING_MODULES } from '../../src/modules/monitoring/observations.durability-server.js';
import { prepareObservations } from '../../src/modules/monitoring/observations.prepare.js';

const n = Number(process.argv[2] ?? 20_000);
const CHUNK = 2000;
const random = seededRandom(11);
const start = Date.parse('2026-03-01T00:00:00Z');
const inputs = Array.from({ length: n }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  observedAt: new Date(start + i * 60_000).toISOString(),
  location: { type: 'Point', coordinates: [37.75 + random() * 0.02, 48.12 + random() * 0.01] },
  uncertaintyM: 200 + Math.floor(random() * 800),
  source: { kind: 'fixed-camera', id: `EXERCISE-CAM-${i % 9}`, reliability: 'B', credibility: 2 },
  category: 'explosion',
  subtype: 'impact',
  quantity: 1 + Math.floor(random() * 5),
  notes: 'EXERCISE',
  releasability: 'coalition',
}));
const { valid } = prepareObservations(
  { owner: 'GBR', now: start + n * 60_000, exercise: true, zones: null },
  inputs,
);

async function run(cache: MemberCache | undefined): Promise<{ ms: number; incidents: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'guarantor-long-incident-'));
  const ctx = await openContext(
    { ...loadConfig({ ...process.env, GUARANTOR_DATA_DIR: dir }), databaseUrl: join(dir, 'bench.db') },
    MONITORING_MODULES,
    { logger: pino({ level: 'silent' }) },
  );
  const t0 = performance.now();
  for (let i = 0; i < valid.length; i += CHUNK) {
    const rows = valid.slice(i, i + CHUNK).map((v) => ({ ...v.row }));
    const outcome = await ctx.db
      .transaction()
      .execute((trx) => storeAndCorroborate(trx, rows, DEFAULT_CORROBORATION, cache));
    cache?.apply(outcome.members);
  }
  const ms = performance.now() - t0;
  const { count } = await ctx.db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('merged_into', 'is', null)
    .executeTakeFirstOrThrow();
  await ctx.close();
  return { ms, incidents: Number(count) };
}

const kept = await run(new MemberCache());
const read = await run(undefined);
const rate = (ms: number) => Math.round((n / ms) * 1000);
console.log(
  `one sustained incident, ${n} observations in chunks of ${CHUNK}: members kept ${kept.ms.toFixed(0)} ms (${rate(kept.ms)} obs/s, ${kept.incidents} incident); read again at every chunk ${read.ms.toFixed(0)} ms (${rate(read.ms)} obs/s, ${read.incidents} incident); ratio ${(read.ms / kept.ms).toFixed(1)}×; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
