// Bounding-box + time-window queries on N observations (default 1,000,000): p50/p95/p99 of a
// page of 100, through the repository with the releasability filter, as the API runs them.
// Run: npx tsx bench/monitoring/query.bench.ts [N] [postgres://…]
import { mkdtempSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { latLngToCell } from 'h3-js';
import { loadConfig } from '../../src/platform/config.js';
import { openContext } from '../../src/platform/bootstrap.js';
import type { Viewer } from '../../src/platform/access/viewer.js';
import { MONITORING_MODULES } from '../../src/modules/monitoring/observations.durability-server.js';
import { cellOf, observationsRepository } from '../../src/modules/monitoring/observations.repository.js';
import { seededRandom } from '../../src/modules/monitoring/monitoring.exercise.js';
import { EXERCISE_LINE } from '../../src/modules/monitoring/zones.exercise.js';
import type { ObservationTable } from '../../src/modules/monitoring/monitoring.tables.js';

const n = Number(process.argv[2] ?? 1_000_000);
const url = process.argv[3] ?? join(mkdtempSync(join(tmpdir(), 'guarantor-bench-')), 'bench.db');
const DAY = 86_400_000;
const start = Date.parse('2026-03-01T00:00:00Z');
const random = seededRandom(1);

const dir = mkdtempSync(join(tmpdir(), 'guarantor-bench-data-'));
const ctx = await openContext(
  { ...loadConfig({ ...process.env, GUARANTOR_DATA_DIR: dir }), databaseUrl: url, logLevel: 'silent' },
  MONITORING_MODULES,
  {
    logger: pino({ level: 'silent' }),
  },
);

function along(): [number, number] {
  const x = random() * (EXERCISE_LINE.length - 1);
  const a = EXERCISE_LINE[Math.floor(x)]!;
  const b = EXERCISE_LINE[Math.min(EXERCISE_LINE.length - 1, Math.floor(x) + 1)]!;
  const f = x - Math.floor(x);
  return [
    a[0]! + f * (b[0]! - a[0]!) + (random() - 0.5) * 0.2,
    a[1]! + f * (b[1]! - a[1]!) + (random() - 0.5) * 0.15,
  ];
}

const row = (i: number): ObservationTable => {
  const [lon, lat] = along();
  const observedAt = new Date(start + random() * 30 * DAY).toISOString();
  const r = random();
  return {
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    content_hash: 'bench',
    body_json: '{}',
    observed_at: observedAt,
    observed_until: null,
    lon,
    lat,
    uncertainty_m: 500,
    cell: cellOf(lon, lat),
    h3: latLngToCell(lat, lon, 8),
    source_kind: 'fixed-camera',
    source_id: `CAM-${i % 40}`,
    reliability: 'B',
    credibility: 2,
    category: 'explosion',
    subtype: null,
    quantity: 1,
    weapon_class: null,
    violation: 1,
    zone_version: null,
    zones: '',
    sector: null,
    side: null,
    distance_to_line_m: null,
    withdrawal_violation: 0,
    incident_id: `inc-${i}`,
    exercise: 1,
    received_at: observedAt,
    owner_party: ['GBR', 'FRA', 'DEU'][i % 3]!,
    releasability: r < 0.9 ? 'coalition' : r < 0.95 ? 'owner' : 'parties',
    releasable_to: r < 0.95 ? '' : ',FRA,GBR,',
  };
};

// Bulk load straight into the table, not through the HTTP path: on PostgreSQL one
// `json_populate_recordset` statement per 10,000 rows, on SQLite multi-row inserts of 900
// rows in transactions of 100,000 with `synchronous = OFF` (a fixture, not a durable write).
const existing = await ctx.db
  .selectFrom('observations')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
if (Number(existing.n) < n) {
  const t0 = performance.now();
  if (ctx.dialect === 'sqlite') await sql`pragma synchronous = OFF`.execute(ctx.db);
  const step = ctx.dialect === 'postgres' ? 10_000 : 100_000;
  for (let i = Number(existing.n); i < n; i += step) {
    const rows = Array.from({ length: Math.min(step, n - i) }, (_, k) => row(i + k));
    if (ctx.dialect === 'postgres') {
      await sql`insert into observations select * from json_populate_recordset(null::observations, ${JSON.stringify(rows)})`.execute(
        ctx.db,
      );
      continue;
    }
    await ctx.db.transaction().execute(async (trx) => {
      for (let k = 0; k < rows.length; k += 900)
        await trx
          .insertInto('observations')
          .values(rows.slice(k, k + 900))
          .execute();
    });
  }
  if (ctx.dialect === 'sqlite') await sql`pragma synchronous = FULL`.execute(ctx.db);
  await sql.raw(ctx.dialect === 'postgres' ? 'vacuum analyze observations' : 'analyze').execute(ctx.db);
  const s = (performance.now() - t0) / 1000;
  console.log(
    `loaded ${n - Number(existing.n)} observations on ${ctx.dialect} in ${s.toFixed(1)} s (${Math.round((n - Number(existing.n)) / s)} rows/s)`,
  );
}

const viewer: Viewer = { userId: '', username: 'bench', party: 'GBR', role: 'analyst', inCoalition: true };
const timings: number[] = [];
// CPU of this process per query: on SQLite the whole query runs here, so this is its cost
// without the waiting that other work on the machine adds to the wall clock.
const cpu: number[] = [];
let rows = 0;
for (let q = 0; q < 300; q++) {
  const [lon, lat] = along();
  const from = start + random() * 23 * DAY;
  const span = random() < 0.5 ? DAY : 7 * DAY;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const page = await observationsRepository.page(
    ctx.db,
    viewer,
    {
      bbox: [lon - 0.1, lat - 0.075, lon + 0.1, lat + 0.075],
      from: new Date(from).toISOString(),
      to: new Date(from + span).toISOString(),
    },
    undefined,
    101,
  );
  timings.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  rows += page.length;
}
timings.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const at = (v: number[], p: number) =>
  v[Math.min(v.length - 1, Math.floor((p / 100) * v.length))]!.toFixed(1);
const pct = (p: number) => at(timings, p);
console.log(
  `${ctx.dialect}, ${n} observations, 300 queries (≈15×17 km box, 1 or 7 days, page of 100, releasability-filtered): p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms (CPU here p50 ${at(cpu, 50)} ms, p95 ${at(cpu, 95)} ms); ${(rows / 300).toFixed(0)} rows/query; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await ctx.close();
