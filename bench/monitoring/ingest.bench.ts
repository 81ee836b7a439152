// NDJSON ingest over HTTP, durable when acknowledged (SQLite WAL, synchronous=FULL; or a
// PostgreSQL commit), against raw inserts of the same rows into the same database, into a copy
// of the observations table with the same indexes.
// Run: npx tsx bench/monitoring/ingest.bench.ts [N] [postgres://… (an empty database)]
// BENCH_CPU_PROFILE=/tmp/prof also writes the server's CPU profile.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { loadConfig } from '../../src/platform/config.js';
import { openContext } from '../../src/platform/bootstrap.js';
import { MONITORING_MODULES } from '../../src/modules/monitoring/observations.durability-server.js';
import { generateExerciseObservations } from '../../src/modules/monitoring/monitoring.exercise.js';
import { observationRow } from '../../src/modules/monitoring/observations.present.js';
import { contentHash } from '../../src/modules/monitoring/observations.validate.js';
import { NO_ZONE_TAGS } from '../../src/modules/monitoring/tag-zone.js';

const n = Number(process.argv[2] ?? 20_000);
const BATCH = 5000;
const dir = mkdtempSync(join(tmpdir(), 'guarantor-ingest-'));
const databaseUrl = process.argv[3] ?? join(dir, 'bench.db');
const open = () =>
  openContext(
    { ...loadConfig({ ...process.env, GUARANTOR_DATA_DIR: dir }), databaseUrl, logLevel: 'silent' },
    MONITORING_MODULES,
    {
      logger: pino({ level: 'silent' }),
    },
  );

const setup = await open();
const system = { system: 'bench' } as const;
await setup.services.parties.create(system, {
  code: 'GBR',
  name: 'United Kingdom',
  kind: 'state',
  coalitionRole: 'member',
  parliamentApproval: null,
});
await setup.services.parties.create(system, {
  code: 'FRA',
  name: 'France',
  kind: 'state',
  coalitionRole: 'member',
  parliamentApproval: null,
});
await setup.services.accounts.createUser(system, { username: 'feed', party: 'GBR', role: 'integration' });
const { token } = await setup.services.accounts.createToken(system, 'feed', 'bench');
await setup.close();

// A seeded month of exercise observations (hotspots along the line), n of them.
const observations = generateExerciseObservations({
  seed: 9,
  end: Date.parse('2026-03-31T00:00:00Z'),
  eventsPerDay: Math.ceil(n / 30 / 1.2),
})
  .slice(0, n)
  .map((o) => o.input);

const child = spawn(
  process.execPath,
  [
    // BENCH_CPU_PROFILE=DIR writes the server's V8 CPU profile there (open it in DevTools).
    ...(process.env.BENCH_CPU_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
      : []),
    '--import',
    'tsx',
    'src/modules/monitoring/observations.durability-server.ts',
  ],
  {
    env: { ...process.env, DATABASE_URL: databaseUrl, GUARANTOR_DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const port = await new Promise<number>((resolve) => {
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    const m = /LISTENING (\d+)/.exec(out);
    if (m) resolve(Number(m[1]));
  });
});

// CPU seconds (user + system) the server process has used, from /proc (Linux): under a
// loaded machine a steadier measure of the work per observation than the wall clock.
const cpuOf = (pid: number | undefined): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
};
const cpu0 = cpuOf(child.pid);
const t0 = performance.now();
let stored = 0;
for (let i = 0; i < observations.length; i += BATCH) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/observations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    body: observations
      .slice(i, i + BATCH)
      .map((o) => JSON.stringify(o))
      .join('\n'),
  });
  stored += (await res.text()).split('\n').filter((l) => l.includes('"stored"')).length;
}
const httpMs = performance.now() - t0;
const serverCpuS = cpuOf(child.pid) - cpu0;
child.kill('SIGTERM');

// The peer: the same rows inserted raw (no validation, tagging, corroboration, audit or ledger).
const ctx = await open();
if (ctx.dialect === 'postgres') {
  await sql`create table observations_raw (like observations including all)`.execute(ctx.db);
} else {
  // The same table and indexes under other names (index names start with the table's).
  const ddl = await sql<{
    sql: string;
  }>`select sql from sqlite_master where tbl_name = 'observations' and sql is not null`.execute(ctx.db);
  for (const d of ddl.rows) await sql.raw(d.sql.replace(/observations/g, 'observations_raw')).execute(ctx.db);
}
const rows = observations.map((o) =>
  observationRow(o, 'GBR', NO_ZONE_TAGS, contentHash('GBR', o), new Date().toISOString(), true),
);
const rawCpu0 = process.cpuUsage();
const t1 = performance.now();
for (let i = 0; i < rows.length; i += BATCH) {
  await ctx.db.transaction().execute(async (trx) => {
    const chunk = rows.slice(i, i + BATCH);
    for (let k = 0; k < chunk.length; k += 400) {
      await trx
        .insertInto('observations_raw' as 'observations')
        .values(chunk.slice(k, k + 400))
        .execute();
    }
  });
}
const rawMs = performance.now() - t1;
const rawCpu = process.cpuUsage(rawCpu0);
const rawCpuS = (rawCpu.user + rawCpu.system) / 1e6;
await ctx.close();
const rate = (ms: number) => Math.round((n / ms) * 1000);
console.log(
  `${ctx.dialect}: ${n} observations, NDJSON over HTTP in batches of ${BATCH} (validated, tagged, corroborated, audited, ledger leaves, durable): ${httpMs.toFixed(0)} ms = ${rate(httpMs)} obs/s (${stored} stored); server CPU ${serverCpuS.toFixed(2)} s = ${((serverCpuS / n) * 1e6).toFixed(0)} µs/obs`,
);
console.log(
  `raw inserts of the same rows into a same-indexed table (batches of ${BATCH}): ${rawMs.toFixed(0)} ms = ${rate(rawMs)} obs/s; CPU ${((rawCpuS / n) * 1e6).toFixed(0)} µs/row; ratio ingest / raw ${(httpMs / rawMs).toFixed(1)}× in time, ${(serverCpuS / rawCpuS).toFixed(1)}× in CPU; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
