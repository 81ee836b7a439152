// The operational map's observations at 100,000 points: the compact map-points form
// (`GET /api/v1/observations/map-points`) against the GeoJSON export of the same observations
// (`GET /api/v1/exports/observations.geojson`), measured in one run on the same generated data
// (fixed seed): bytes on the wire, server rendering, browser parsing, and the cost of one step
// of the time slider (filter one day, build the clustered layers) and of the H3 density view.
// Run: npx tsx bench/web/monitoring-map-points.bench.ts
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Observation } from '../../src/modules/monitoring/monitoring.schemas.js';
import { observationFeature } from '../../src/modules/monitoring/exports-format.js';
import { mapPointLine, MAP_POINT_COLUMNS } from '../../src/modules/monitoring/outputs.map-points.js';
import { CATEGORY_NAMES, SOURCE_KINDS } from '../../src/modules/monitoring/taxonomy.js';
import { densityLayer, observationGroupLayers } from '../../src/web/features/monitoring/map-observations.js';
import { parseMapPoints, selectPoints } from '../../src/web/features/monitoring/map-points.js';

const N = Number(process.env.N ?? 100_000);
const DAY = 86_400;
const END = Date.UTC(2026, 2, 31) / 1000;

// mulberry32: a small seeded generator, so every run measures the same observations.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(): Observation[] {
  const r = random(20260331);
  const hex = () =>
    Math.floor(r() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  return Array.from({ length: N }, (_, i) => {
    const observedAt = new Date((END - Math.floor(r() * 30 * DAY)) * 1000).toISOString();
    return {
      id: `${hex()}-${hex().slice(0, 4)}-4${hex().slice(0, 3)}-8${hex().slice(0, 3)}-${hex()}${String(i % 10_000).padStart(4, '0')}`,
      observedAt,
      location: { type: 'Point', coordinates: [36 + r() * 3, 47 + r() * 2.5] },
      source: {
        kind: SOURCE_KINDS[i % SOURCE_KINDS.length]!,
        id: `CAM-${i % 97}`,
        reliability: 'B',
        credibility: 2,
      },
      category: CATEGORY_NAMES[Math.floor(r() * CATEGORY_NAMES.length)]!,
      quantity: 1 + Math.floor(r() * 5),
      notes: 'EXERCISE generated observation for the map benchmark',
      releasability: i % 7 === 0 ? 'owner' : 'coalition',
      owner: 'GBR',
      receivedAt: observedAt,
      incidentId: null,
      tags: {
        zoneVersion: 1,
        zones: [],
        sector: 'Sector EXERCISE',
        side: 'east',
        distanceToLineM: 1200,
        withdrawalViolation: false,
      },
      exercise: true,
    };
  });
}

function time<T>(run: () => T, repeat = 3): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    value = run();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, value };
}

const observations = generate();
const stepFrom = END - 10 * DAY;
const stepTo = stepFrom + DAY;

// Compact form: server lines, browser parse, one slider step, density.
const compactText = time(() => `${MAP_POINT_COLUMNS.join(',')}\n${observations.map(mapPointLine).join('')}`);
const compactParse = time(() => parseMapPoints(compactText.value));
const rows = compactParse.value;
const compactStep = time(
  () => observationGroupLayers(selectPoints(rows, { from: stepFrom, to: stepTo }), String),
  5,
);
const densityCold = time(() => densityLayer(rows, 5, 'density', String), 1);
const densityWarm = time(() => densityLayer(rows, 5, 'density', String), 3);

// Peer: the GeoJSON export, parsed and filtered the same way.
const geoText = time(
  () =>
    `{"type":"FeatureCollection","features":[\n${observations.map((o) => JSON.stringify(observationFeature(o))).join(',\n')}\n]}\n`,
);
type Feature = {
  id: string;
  geometry: { coordinates: number[] };
  properties: { observedAt: string; category: string };
};
const geoParse = time(() => (JSON.parse(geoText.value) as { features: Feature[] }).features);
const features = geoParse.value;
const geoStep = time(() => {
  const from = stepFrom * 1000;
  const to = stepTo * 1000;
  return features
    .filter((f) => {
      const t = Date.parse(f.properties.observedAt);
      return t >= from && t < to;
    })
    .map((f) => ({ id: f.id, position: [f.geometry.coordinates[0], f.geometry.coordinates[1]] as const }));
}, 5);

const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(1);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(
  `observations: ${N}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `bytes           map-points ${mb(compactText.value)} MB  geojson ${mb(geoText.value)} MB  ratio ${ratio(compactText.value.length, geoText.value.length)}`,
);
console.log(
  `server render   map-points ${compactText.ms.toFixed(0)} ms  geojson ${geoText.ms.toFixed(0)} ms  ratio ${ratio(compactText.ms, geoText.ms)}`,
);
console.log(
  `browser parse   map-points ${compactParse.ms.toFixed(0)} ms  geojson ${geoParse.ms.toFixed(0)} ms  ratio ${ratio(compactParse.ms, geoParse.ms)}`,
);
console.log(
  `slider step     map-points ${compactStep.ms.toFixed(1)} ms  geojson ${geoStep.ms.toFixed(1)} ms  ratio ${ratio(compactStep.ms, geoStep.ms)}  (${compactStep.value.reduce((a, l) => a + l.points.length, 0)} points in the day)`,
);
console.log(
  `density res 5   first ${densityCold.ms.toFixed(0)} ms (H3 cell of each point)  then ${densityWarm.ms.toFixed(0)} ms  (${densityWarm.value.cells.length} cells)`,
);
