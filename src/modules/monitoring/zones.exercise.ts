import { EARTH_RADIUS_M } from './corroborate.js';
import type { ZoneFeature, ZoneSetInput } from './monitoring.schemas.js';

const M_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_M;

/**
 * The approximate line of contact of the exercise scenario (domain/monitoring.md, "Exercise
 * geometry"), north to south-west, `[lon, lat]`. Approximate by design and labelled EXERCISE.
 */
export const EXERCISE_LINE_VERTICES: readonly (readonly [number, number, string])[] = [
  [36.94, 50.29, 'Vovchansk'],
  [37.7, 49.85, 'Dvorichna'],
  [37.61, 49.71, 'Kupiansk'],
  [37.81, 48.99, 'Lyman'],
  [38.1, 48.87, 'Siversk'],
  [37.84, 48.59, 'Chasiv Yar'],
  [37.85, 48.4, 'Toretsk'],
  [37.18, 48.28, 'Pokrovsk'],
  [37.28, 47.98, 'Kurakhove'],
  [37.25, 47.78, 'Vuhledar'],
  [36.84, 47.84, 'Velyka Novosilka'],
  [36.26, 47.66, 'Huliaipole'],
  [35.78, 47.57, 'Orikhiv'],
  [35.4, 47.5, 'Kamianske'],
  [34.39, 47.57, 'Nikopol'],
  [33.37, 46.76, 'Nova Kakhovka'],
  [32.62, 46.64, 'Kherson'],
  [31.55, 46.55, 'Kinburn spit'],
];

/** Chaikin corner cutting: smooths the line while keeping its ends. */
function smooth(points: readonly (readonly number[])[], rounds: number): number[][] {
  let line = points.map((p) => [p[0]!, p[1]!]);
  for (let r = 0; r < rounds; r++) {
    const next: number[][] = [line[0]!];
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i]!;
      const b = line[i + 1]!;
      next.push([0.75 * a[0]! + 0.25 * b[0]!, 0.75 * a[1]! + 0.25 * b[1]!]);
      next.push([0.25 * a[0]! + 0.75 * b[0]!, 0.25 * a[1]! + 0.75 * b[1]!]);
    }
    next.push(line[line.length - 1]!);
    line = next;
  }
  return line.map(([x, y]) => [Math.round(x! * 1e5) / 1e5, Math.round(y! * 1e5) / 1e5]);
}

/** The smoothed exercise line of contact, `[lon, lat]` vertices. */
export const EXERCISE_LINE: number[][] = smooth(
  EXERCISE_LINE_VERTICES.map((v) => [v[0], v[1]]),
  2,
);

/** The line offset sideways by `offsetM` metres (positive to the left of its direction). */
function offsetLine(line: readonly number[][], offsetM: number): number[][] {
  return line.map((p, i) => {
    const a = line[Math.max(0, i - 1)]!;
    const b = line[Math.min(line.length - 1, i + 1)]!;
    const kx = Math.cos((p[1]! * Math.PI) / 180) * M_PER_DEG;
    const dx = (b[0]! - a[0]!) * kx;
    const dy = (b[1]! - a[1]!) * M_PER_DEG;
    const len = Math.hypot(dx, dy) || 1;
    // Left normal of (dx, dy) is (−dy, dx).
    return [p[0]! + ((-dy / len) * offsetM) / kx, p[1]! + ((dx / len) * offsetM) / M_PER_DEG];
  });
}

function band(line: readonly number[][], halfWidthM: number): number[][][] {
  const left = offsetLine(line, halfWidthM);
  const right = offsetLine(line, -halfWidthM).reverse();
  const ring = [...left, ...right];
  ring.push(ring[0]!);
  return [ring];
}

function square(lon: number, lat: number, halfM: number): number[][][] {
  const dx = halfM / (Math.cos((lat * Math.PI) / 180) * M_PER_DEG);
  const dy = halfM / M_PER_DEG;
  return [
    [
      [lon - dx, lat - dy],
      [lon + dx, lat - dy],
      [lon + dx, lat + dy],
      [lon - dx, lat + dy],
      [lon - dx, lat - dy],
    ],
  ];
}

function box(x0: number, y0: number, x1: number, y1: number): number[][][] {
  return [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ];
}

const NOTE = 'EXERCISE geometry: approximate, generated for the exercise scenario; not an agreed line';
const MINSK =
  'Minsk II (12 February 2015) withdrawal distances, measured from the line (domain/monitoring.md)';

/**
 * The exercise zone set: the line of contact, a 4 km buffer zone either side, three
 * disengagement areas, withdrawal lines per weapon class and four sectors, all labelled EXERCISE.
 * Withdrawal distances for artillery ≥ 100 mm, MLRS and heavy MLRS/missiles are half the Minsk
 * II security-zone widths (50, 70 and 140 km); mortar, tank and air-defence values are EXERCISE
 * assumptions.
 */
export function exerciseZoneSet(): ZoneSetInput {
  const withdrawal = (
    weaponClass: NonNullable<ZoneFeature['properties']['weaponClass']>,
    distanceM: number,
    source: string,
  ): ZoneFeature => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: offsetLine(EXERCISE_LINE, -distanceM) },
    properties: {
      kind: 'withdrawal-line',
      name: `EXERCISE withdrawal line ${weaponClass}`,
      weaponClass,
      distanceM,
      source,
    },
  });
  const vertex = (name: string) => EXERCISE_LINE_VERTICES.find((v) => v[2] === name)!;
  const features: ZoneFeature[] = [
    {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: EXERCISE_LINE },
      properties: {
        kind: 'line-of-contact',
        name: 'EXERCISE line of contact',
        leftSide: 'east',
        rightSide: 'west',
        source: NOTE,
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: band(EXERCISE_LINE, 4000) },
      properties: { kind: 'buffer-zone', name: 'EXERCISE buffer zone', source: NOTE },
    },
    ...(['Toretsk', 'Huliaipole', 'Kupiansk'] as const).map((name): ZoneFeature => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square(vertex(name)[0], vertex(name)[1], 6000) },
      properties: { kind: 'disengagement-area', name: `EXERCISE disengagement area ${name}`, source: NOTE },
    })),
    withdrawal('artillery-100mm', 25_000, MINSK),
    withdrawal('mlrs', 35_000, MINSK),
    withdrawal('heavy-mlrs-missile', 70_000, MINSK),
    withdrawal('mortar', 15_000, 'EXERCISE assumption'),
    withdrawal('tank', 15_000, 'EXERCISE assumption'),
    withdrawal('air-defence', 10_000, 'EXERCISE assumption'),
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: box(35.2, 49.2, 39.6, 51.2) },
      properties: { kind: 'sector', name: 'EXERCISE sector North' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: box(35.2, 47.9, 39.6, 49.2) },
      properties: { kind: 'sector', name: 'EXERCISE sector Donetsk' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: box(35.2, 46.3, 39.6, 47.9) },
      properties: { kind: 'sector', name: 'EXERCISE sector South' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: box(30.5, 45.8, 35.2, 48.6) },
      properties: { kind: 'sector', name: 'EXERCISE sector Dnipro' },
    },
  ];
  return { type: 'FeatureCollection', features, releasability: 'coalition', note: NOTE };
}
