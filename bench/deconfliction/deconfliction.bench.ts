/**
 * Deconfliction benchmark (issue 10): all-pairs detection on 50,000 generated 4-D
 * activities, one new activity against the prebuilt index, and the PostGIS peer on the same
 * data with the same conflict set. Run: `npx tsx bench/deconfliction/deconfliction.bench.ts`
 * (PostgreSQL with PostGIS at GUARANTOR_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * `--no-postgis` skips the peer).
 */
import { availableParallelism, loadavg } from 'node:os';
import {
  ConflictIndex,
  findConflicts,
  type ConflictPair,
} from '../../src/modules/deconfliction/find-conflicts.js';
import { postgisConflicts } from './postgis.js';
import { workload } from './workload.js';

const N = Number(process.env.N ?? 50_000);
const PROBES = 2_000;
const key = (p: { a: string; b: string }) => `${p.a}|${p.b}`;

const volumes = workload(N, 42);
// Warm-up on a slice, so the JIT has compiled the hot paths before the timed run.
findConflicts(volumes.slice(0, 5_000));

// CPU time is printed beside wall time: on a shared machine wall time includes waiting.
// Three runs, each building its index from the plain volumes; the best and the median are
// printed, since other work on the machine stretches single runs.
const RUNS = 3;
const runs: { wall: number; cpu: number }[] = [];
let pairs: ConflictPair[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  pairs = findConflicts(volumes);
  runs.push({ wall: performance.now() - t0, cpu: process.cpuUsage(cpu0).user / 1000 });
}
const byWall = [...runs].sort((a, b) => a.wall - b.wall);
const allPairsMs = byWall[Math.floor(RUNS / 2)]!.wall;
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);
console.log(
  `all-pairs, ${N} activities: median ${allPairsMs.toFixed(0)} ms wall (best ${byWall[0]!.wall.toFixed(0)}), CPU ${runs
    .map((r) => r.cpu.toFixed(0))
    .join(' / ')} ms, ${pairs.length} conflicting pairs (target < 1000 ms)`,
);

let t = performance.now();
const index = new ConflictIndex(volumes);
const buildMs = performance.now() - t;
const probes = workload(PROBES, 7).map((v) => ({ ...v, id: `probe-${v.id}` }));
let hits = 0;
t = performance.now();
const cpu = process.cpuUsage();
for (const p of probes) hits += index.conflictsOf(p).length;
const perProbeUs = ((performance.now() - t) * 1000) / PROBES;
const perProbeCpuUs = process.cpuUsage(cpu).user / PROBES;
console.log(
  `one new activity against the index: ${perProbeUs.toFixed(1)} µs wall, ${perProbeCpuUs.toFixed(1)} µs CPU mean over ${PROBES} (index built in ${buildMs.toFixed(0)} ms; ${hits} hits; target < 1000 µs)`,
);

if (!process.argv.includes('--no-postgis')) {
  const url = process.env.GUARANTOR_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const peer = await postgisConflicts(url, volumes);
  const ours = new Set(pairs.map(key));
  const theirs = new Set(peer.pairs.map(key));
  const missing = [...ours].filter((k) => !theirs.has(k));
  const extra = [...theirs].filter((k) => !ours.has(k));
  console.log(
    `PostGIS (GiST on box + tstzrange + numrange, && then ST_DWithin): query ${peer.queryMs.toFixed(0)} ms (load ${peer.loadMs.toFixed(0)} ms, index ${peer.indexMs.toFixed(0)} ms), ${peer.pairs.length} pairs`,
  );
  console.log(
    `conflict sets ${missing.length === 0 && extra.length === 0 ? 'EQUAL' : `DIFFER: ${missing.length} only in memory, ${extra.length} only in PostGIS`}`,
  );
  console.log(
    `ratio PostGIS query / in-memory all-pairs (median wall): ${(peer.queryMs / allPairsMs).toFixed(1)}×`,
  );
  if (missing.length > 0 || extra.length > 0) process.exitCode = 1;
}
