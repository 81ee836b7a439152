import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignIncidents,
  clusterObservations,
  haversineM,
  linked,
  type CorroborationOptions,
  type CorroborationPoint,
} from './corroborate.js';
import { summarizeIncident, type SummaryObservation } from './incidents.summary.js';
import { CATEGORY_NAMES, type Category } from './taxonomy.js';

/** Brute-force reference: connected components of `linked` by breadth-first search, O(n²). */
function referencePartition(points: readonly CorroborationPoint[], options: CorroborationOptions): number[] {
  const label = new Array<number>(points.length).fill(-1);
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    if (label[i] !== -1) continue;
    label[i] = next;
    const queue = [i];
    while (queue.length > 0) {
      const a = queue.pop()!;
      for (let b = 0; b < points.length; b++) {
        if (label[b] === -1 && linked(points[a]!, points[b]!, options)) {
          label[b] = next;
          queue.push(b);
        }
      }
    }
    next++;
  }
  return label;
}

/** The partition as a set of sorted member lists, independent of label numbering. */
function canonical(labels: readonly number[]): string[] {
  const groups = new Map<number, number[]>();
  labels.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), i]));
  return [...groups.values()].map((g) => g.join(',')).sort();
}

const pointArb = fc.record({
  lon: fc.double({ min: 37.0, max: 37.3, noNaN: true }),
  lat: fc.double({ min: 48.0, max: 48.2, noNaN: true }),
  t: fc.integer({ min: 0, max: 12 * 3_600_000 }),
  category: fc.constantFrom<Category>(
    'explosion',
    'shelling',
    'tracer',
    'freedom-of-movement',
    'mine-uxo',
    'civilian-harm',
  ),
  audience: fc.constantFrom('coalition', 'public', 'owner:GBR'),
});

describe('corroboration', () => {
  it('measures haversine distances in metres (one degree of latitude ≈ 111.2 km)', () => {
    expect(haversineM(37, 48, 37, 49)).toBeCloseTo(111_195, -1);
    expect(haversineM(37.85, 48.4, 37.85, 48.4)).toBe(0);
  });

  it('equals the brute-force partition on random points (property)', () => {
    fc.assert(
      fc.property(
        fc.array(pointArb, { maxLength: 120 }),
        fc.constantFrom(500, 2000, 5000),
        fc.constantFrom(30 * 60_000, 2 * 3_600_000, Infinity),
        (points, distanceM, windowMs) => {
          const options = { distanceM, windowMs };
          expect(canonical(clusterObservations(points, options))).toEqual(
            canonical(referencePartition(points, options)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('equals the brute-force partition on dense hotspots, cell edges and extreme settings (property)', () => {
    // Few centres, jitter of a few cell sides, repeated points, a grid-aligned lattice and
    // high latitudes: where the grid's whole-cell shortcut and its reach could go wrong.
    const hotspotArb = fc
      .record({
        lon: fc.double({ min: -10, max: 40, noNaN: true }),
        lat: fc.constantFrom(0, 48.1, 66.5, 84.9),
        spread: fc.constantFrom(0, 0.001, 0.02, 0.05),
      })
      .chain(({ lon, lat, spread }) =>
        fc.array(
          fc.record({
            lon: fc.double({ min: lon - spread, max: lon + spread, noNaN: true }),
            lat: fc.double({ min: lat - spread, max: lat + spread, noNaN: true }),
            t: fc.integer({ min: 0, max: 6 * 3_600_000 }),
            category: fc.constantFrom<Category>('explosion', 'air-drone-strike', 'armed-clash', 'mine-uxo'),
            audience: fc.constantFrom('coalition', 'owner:GBR'),
          }),
          { maxLength: 80 },
        ),
      );
    fc.assert(
      fc.property(
        fc.array(hotspotArb, { minLength: 1, maxLength: 3 }).map((groups) => groups.flat()),
        fc.constantFrom(0, 1, 300, 2000, 60_000),
        fc.constantFrom(0, 60_000, 2 * 3_600_000, Infinity),
        (points, distanceM, windowMs) => {
          const options = { distanceM, windowMs };
          expect(canonical(clusterObservations(points, options))).toEqual(
            canonical(referencePartition(points, options)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same partition incrementally, whatever the arrival order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(pointArb, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (points, batch) => {
          const options = { distanceM: 2000, windowMs: 2 * 3_600_000 };
          const incidentOf = new Array<string>(points.length);
          let nextId = 0;
          for (let start = 0; start < points.length; start += batch) {
            const stored = points.slice(0, start).map((p, i) => ({ ...p, incidentId: incidentOf[i]! }));
            const fresh = points.slice(start, start + batch);
            for (const group of assignIncidents(stored, fresh, options)) {
              const target = group.incidentIds[0] ?? `i${nextId++}`;
              for (const f of group.fresh) incidentOf[start + f] = target;
              // Merged incidents move to the survivor, as the engine does in the database.
              for (const gone of group.incidentIds.slice(1)) {
                for (let k = 0; k < start; k++) if (incidentOf[k] === gone) incidentOf[k] = target;
              }
            }
          }
          const ids = [...new Set(incidentOf)];
          const labels = incidentOf.map((id) => ids.indexOf(id));
          expect(canonical(labels)).toEqual(canonical(referencePartition(points, options)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('links compatible categories only, and never across audiences', () => {
    const base: CorroborationPoint = {
      lon: 37.85,
      lat: 48.4,
      t: 0,
      category: 'explosion',
      audience: 'coalition',
    };
    const options = { distanceM: 2000, windowMs: 3_600_000 };
    expect(linked(base, { ...base, category: 'civilian-harm' }, options)).toBe(true);
    expect(linked(base, { ...base, category: 'freedom-of-movement' }, options)).toBe(false);
    expect(linked(base, { ...base, audience: 'owner:GBR' }, options)).toBe(false);
    expect(linked(base, { ...base, t: 3_600_001 }, options)).toBe(false);
    expect(linked(base, { ...base, lat: 48.4 + 2001 / 111_195 }, options)).toBe(false);
    expect(linked(base, { ...base, lat: 48.4 + 1999 / 111_195 }, options)).toBe(true);
    for (const a of CATEGORY_NAMES) {
      for (const b of CATEGORY_NAMES) {
        expect(linked({ ...base, category: a }, { ...base, category: b }, options)).toBe(
          linked({ ...base, category: b }, { ...base, category: a }, options),
        );
      }
    }
  });
});

describe('incident summary', () => {
  const obs = (over: Partial<SummaryObservation>): SummaryObservation => ({
    lon: 37.85,
    lat: 48.4,
    uncertaintyM: 500,
    observedAt: '2026-03-14T21:40:00.000Z',
    observedUntil: null,
    category: 'explosion',
    sourceKind: 'fixed-camera',
    sourceId: 'CAM-07',
    reliability: 'B',
    credibility: 2,
    quantity: 4,
    civilianKilled: 0,
    civilianInjured: 0,
    militaryKilled: 0,
    withdrawalViolation: false,
    sector: null,
    zones: [],
    ...over,
  });

  it('counts a source once however often it reports, so it never corroborates itself', () => {
    const one = summarizeIncident([obs({}), obs({ observedAt: '2026-03-14T21:45:00.000Z', quantity: 9 })]);
    expect(one.sourceCount).toBe(1);
    expect(one.confidence).toBeCloseTo(0.6, 3);
    const two = summarizeIncident([
      obs({}),
      obs({ sourceKind: 'patrol', sourceId: 'PTL-1', reliability: 'A', credibility: 1 }),
    ]);
    expect(two.sourceCount).toBe(2);
    expect(two.confidence).toBeGreaterThan(one.confidence);
    expect(one.quantity).toBe(9);
  });

  it('gives the span, centroid, uncertainty and severity', () => {
    const s = summarizeIncident([
      obs({ lon: 37.8, uncertaintyM: 100 }),
      obs({
        lon: 37.9,
        uncertaintyM: 100,
        observedAt: '2026-03-14T22:00:00.000Z',
        observedUntil: '2026-03-14T22:30:00.000Z',
        sourceId: 'CAM-08',
      }),
    ]);
    expect(s.startedAt).toBe('2026-03-14T21:40:00.000Z');
    expect(s.endedAt).toBe('2026-03-14T22:30:00.000Z');
    expect(s.lon).toBeCloseTo(37.85, 6);
    expect(s.uncertaintyM).toBeGreaterThan(haversineM(37.85, 48.4, 37.9, 48.4));
    expect(s.severity).toBe(2);
    expect(summarizeIncident([obs({ civilianKilled: 1 })]).severity).toBe(4);
    expect(summarizeIncident([obs({ quantity: 80 })]).severity).toBe(3);
    expect(summarizeIncident([obs({ category: 'tracer', withdrawalViolation: true })]).severity).toBe(3);
  });
});
