import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countByCell, densityLayer, observationGroupLayers } from './map-observations.js';
import { parseMapPoints, selectPoints, timeSteps, uniqueRows, type MapPointRow } from './map-points.js';

const HEADER = 'id,lon,lat,observedAt,category,sourceKind,releasability\n';

const rowArb = fc.record({
  id: fc.uuid(),
  lon: fc.double({ min: 22, max: 41, noNaN: true }).map((v) => Math.round(v * 1e5) / 1e5),
  lat: fc.double({ min: 44, max: 53, noNaN: true }).map((v) => Math.round(v * 1e5) / 1e5),
  time: fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }),
  category: fc.constantFrom('explosion', 'shelling', 'armed-clash', 'mine-or-uxo', 'tracer'),
  sourceKind: fc.constantFrom('patrol', 'fixed-camera', 'radar'),
  releasability: fc.constantFrom('public', 'coalition', 'owner', 'parties'),
});
type Plain = Omit<MapPointRow, 'point'>;
const csvOf = (rows: readonly Plain[]) =>
  HEADER +
  rows
    .map((r) => [r.id, r.lon, r.lat, r.time, r.category, r.sourceKind, r.releasability].join(','))
    .join('\n');
const plain = ({ point: _point, ...r }: MapPointRow): Plain => r;

describe('map points of the operational map', () => {
  it('parses what the server writes back to the same rows (property)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 50 }), (rows) => {
        const parsed = parseMapPoints(`${csvOf(rows)}\n`);
        expect(parsed.map(plain)).toEqual(rows);
        for (const p of parsed) expect(p.point.position).toEqual([p.lon, p.lat]);
      }),
    );
  });

  it('skips malformed lines and reads an empty answer as no points', () => {
    expect(parseMapPoints('')).toEqual([]);
    expect(parseMapPoints(HEADER)).toEqual([]);
    const rows = parseMapPoints(
      `${HEADER}a,1,2,3,explosion,patrol,public\nbad,line\nb,x,2,3,explosion,patrol,public\n`,
    );
    expect(rows.map((r) => r.id)).toEqual(['a']);
  });

  it('selects exactly the rows inside the window and matching each filter (property)', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 60 }),
        fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.constantFrom(undefined, 'explosion', 'tracer'),
        fc.constantFrom(undefined, 'owner', 'public'),
        (rows, from, length, category, releasability) => {
          const parsed = parseMapPoints(csvOf(rows));
          const filter = { from, to: from + length, category, releasability };
          const chosen = selectPoints(parsed, filter);
          const expected = parsed.filter(
            (r) =>
              r.time >= from &&
              r.time < from + length &&
              (category === undefined || r.category === category) &&
              (releasability === undefined || r.releasability === releasability),
          );
          expect(chosen).toEqual(expected);
        },
      ),
    );
  });

  it('cuts a period into steps that cover it without overlap, and caps their number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 60, max: 86_400 }),
        (from, length, step) => {
          const steps = timeSteps(from, from + length, step, 100_000);
          expect(steps[0]).toBe(from);
          for (let i = 1; i < steps.length; i++) expect(steps[i]! - steps[i - 1]!).toBe(step);
          expect(steps.at(-1)! + step).toBeGreaterThanOrEqual(from + length);
        },
      ),
    );
    expect(timeSteps(0, 1e9, 1, 2000)).toHaveLength(2000);
  });

  it('keeps the first of rows sharing an id (a live observation also in the load)', () => {
    const [a, b] = parseMapPoints(`${HEADER}x,1,2,3,explosion,patrol,public\nx,1,2,4,tracer,patrol,public\n`);
    expect(uniqueRows([a!, b!]).map((r) => r.category)).toEqual(['explosion']);
  });

  it('colours observations by category group, one clustered layer per group present', () => {
    const rows = parseMapPoints(
      `${HEADER}a,37,48,1,explosion,patrol,public\nb,37,48,1,shelling,patrol,public\nc,37,48,1,armed-clash,patrol,public\n`,
    );
    const layers = observationGroupLayers(rows, (g) => g);
    expect(layers.map((l) => [l.id, l.points.map((p) => p.id), l.cluster])).toEqual([
      ['observations-fire', ['a', 'b'], true],
      ['observations-ground', ['c'], true],
    ]);
  });

  it('counts every point in exactly one H3 cell and draws each cell as a closed hexagon', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), (rows) => {
        const parsed = parseMapPoints(csvOf(rows));
        const counts = countByCell(parsed, 5);
        expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(parsed.length);
        const layer = densityLayer(parsed, 5, 'density', String);
        expect(layer.cells).toHaveLength(counts.size);
        for (const cell of layer.cells) {
          const ring = cell.rings[0]!;
          expect(ring.length).toBeGreaterThanOrEqual(7); // 6 vertices (5 for pentagons) + closing one
          expect(ring[0]).toEqual(ring.at(-1));
          expect(ring.every(([lon, lat]) => lon > 20 && lon < 43 && lat > 43 && lat < 54)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
