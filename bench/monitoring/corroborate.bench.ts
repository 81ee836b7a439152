// Corroboration of N observations (a month along the exercise line, hotspots) against
// @turf/clusters-dbscan on the same points with the same distance (space only, minPoints 1),
// checking that both give the same partition. Run: npx tsx bench/monitoring/corroborate.bench.ts [N] [turfN]
import { loadavg } from 'node:os';
import clustersDbscan from '@turf/clusters-dbscan';
import { featureCollection, point } from '@turf/helpers';
import { clusterObservations, type CorroborationPoint } from '../../src/modules/monitoring/corroborate.js';
import { generateExerciseObservations } from '../../src/modules/monitoring/monitoring.exercise.js';
import type { Category } from '../../src/modules/monitoring/taxonomy.js';

const n = Number(process.argv[2] ?? 100_000);
const turfN = Number(process.argv[3] ?? 20_000);
const DISTANCE_M = 2000;

// Seeded month of exercise observations, scaled to n events.
const generated = generateExerciseObservations({
  seed: 42,
  end: Date.parse('2026-03-31T00:00:00Z'),
  eventsPerDay: Math.ceil(n / 30 / 1.2),
});
const points: CorroborationPoint[] = generated.slice(0, n).map((o) => ({
  lon: o.input.location.coordinates[0]!,
  lat: o.input.location.coordinates[1]!,
  t: Date.parse(o.input.observedAt),
  category: o.input.category as Category,
  audience: 'coalition',
}));
const spaceOnly: CorroborationPoint[] = points.map((p) => ({ ...p, category: 'explosion' }));

function canonical(labels: readonly number[]): string[] {
  const groups = new Map<number, number[]>();
  labels.forEach((l, i) => {
    const g = groups.get(l);
    if (g) g.push(i);
    else groups.set(l, [i]);
  });
  return [...groups.values()].map((g) => g.join(',')).sort();
}

// Median wall and CPU time of three runs (the first includes compiling the hot loops); CPU
// time says more than the wall clock when other work loads the machine.
const time = <T>(f: () => T, runs = 3): [T, number, number] => {
  const ms: number[] = [];
  const cpu: number[] = [];
  let r: T | undefined;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    r = f();
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return [r!, median(ms), median(cpu)];
};

const [st, stMs, stCpu] = time(() =>
  clusterObservations(points, { distanceM: DISTANCE_M, windowMs: 2 * 3_600_000 }),
);
console.log(
  `space-time corroboration (2 km, 2 h, categories): ${points.length} observations in ${stMs.toFixed(0)} ms (CPU ${stCpu.toFixed(0)} ms) → ${new Set(st).size} incidents`,
);
const [so, soMs, soCpu] = time(() =>
  clusterObservations(spaceOnly, { distanceM: DISTANCE_M, windowMs: Infinity }),
);
console.log(
  `space-only corroboration (2 km): ${spaceOnly.length} observations in ${soMs.toFixed(0)} ms (CPU ${soCpu.toFixed(0)} ms) → ${new Set(so).size} clusters`,
);

// The peer on the first turfN points, once (it is O(n²) on hotspots: about 150 s at 100k).
const subset = spaceOnly.slice(0, turfN);
const [ours, oursMs, oursCpu] = time(() =>
  clusterObservations(subset, { distanceM: DISTANCE_M, windowMs: Infinity }),
);
const fc = featureCollection(subset.map((p) => point([p.lon, p.lat])));
const [turf, turfMs, turfCpu] = time(
  () => clustersDbscan(fc, DISTANCE_M / 1000, { units: 'kilometers', minPoints: 1 }),
  1,
);
const turfLabels = turf.features.map((f) => (f.properties as { cluster?: number }).cluster ?? -1);
const same = JSON.stringify(canonical(ours)) === JSON.stringify(canonical(turfLabels));
console.log(
  `on ${subset.length} points: ours ${oursMs.toFixed(0)} ms, @turf/clusters-dbscan ${turfMs.toFixed(0)} ms, ratio ${(turfMs / oursMs).toFixed(1)}× faster (CPU ${oursCpu.toFixed(0)} vs ${turfCpu.toFixed(0)} ms, ${(turfCpu / oursCpu).toFixed(1)}×); same partition: ${same}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
if (!same) process.exitCode = 1;
