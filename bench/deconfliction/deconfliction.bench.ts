/**
 * Deconfliction benchmark (issue 10): all-pairs detection on 50,000 generated 4-D
 * activities, one new activity against the prebuilt index, and the PostGIS peer on the same
 * data with the same conflict set. Run: `npx tsx bench/deconfliction/deconfliction.bench.ts`
 * (PostgreSQL with PostGIS at GUARANTOR_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * `--no-postgis` skips the peer).
 */
import { ConflictIndex, findConflicts } from '../../src/modules/deconfliction/find-conflicts.js';
import { postgisConflicts } from './postgis.js';
import { workload } from './workload.js';

const N = Number(process.env.N ?? 50_000);
const PROBES = 2_000;
const key = (p: { a: string; b: string }) => `${p.a}|${p.b}`;

const volumes = workload(N, 42);
// Warm-up on a slice, so the JIT has compiled the hot paths before the timed run.
findConflicts(volumes.slice(0, 5_000));

// CPU time is printed beside wall time: on a shared machine wall time includes waiting.
let t = performance.now();
let cpu = process.cpuUsage();
const pairs = findConflicts(volumes);
const allPairsMs = performance.now() - t;
const allPairsCpuMs = process.cpuUsage(cpu).user / 1000;
console.log(
  `all-pairs, ${N} activities: ${allPairsMs.toFixed(0)} ms wall, ${allPairsCpuMs.toFixed(0)} ms CPU, ${pairs.length} conflicting pairs (target < 1000 ms)`,
);

t = performance.now();
const index = new ConflictIndex(volumes);
const buildMs = performance.now() - t;
const probes = workload(PROBES, 7).map((v) => ({ ...v, id: `probe-${v.id}` }));
let hits = 0;
t = performance.now();
cpu = process.cpuUsage();
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
  console.log(`ratio PostGIS query / in-memory all-pairs (wall): ${(peer.queryMs / allPairsMs).toFixed(1)}×`);
  if (missing.length > 0 || extra.length > 0) process.exitCode = 1;
}
