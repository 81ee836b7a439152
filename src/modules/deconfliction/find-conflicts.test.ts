import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandsOverlap } from './altitude.js';
import { METRES_PER_DEGREE } from './footprint-geometry.js';
import {
  ConflictIndex,
  findConflicts,
  findConflictsBruteForce,
  type ConflictPair,
} from './find-conflicts.js';
import type { Footprint, Volume4D } from './volume.js';

const H = 3_600_000;
const T0 = Date.UTC(2026, 11, 1);

function volume(over: Partial<Volume4D> & Pick<Volume4D, 'id' | 'party'>): Volume4D {
  return {
    role: 'activity',
    footprint: { type: 'circle', center: [31, 48.5], radiusM: 1_000 },
    altitude: { lowerM: 0, upperM: 1_000, datum: 'AMSL' },
    start: T0,
    end: T0 + 2 * H,
    lateralBufferM: 0,
    verticalBufferM: 0,
    ...over,
  };
}

/** A square of `sideM` metres with its west edge at longitude `west`, around 48.5° N. */
function square(west: number, sideM: number): Footprint {
  const dLat = sideM / METRES_PER_DEGREE;
  const dLon = sideM / (METRES_PER_DEGREE * Math.cos((48.5 * Math.PI) / 180));
  return {
    type: 'polygon',
    rings: [
      [
        [west, 48.5],
        [west + dLon, 48.5],
        [west + dLon, 48.5 + dLat],
        [west, 48.5 + dLat],
        [west, 48.5],
      ],
    ],
  };
}

function key(pairs: ConflictPair[]): string[] {
  return pairs.map((p) => `${p.a}|${p.b}`).sort();
}

describe('the conflict rule', () => {
  it('does not flag back-to-back time windows (half-open [start, end))', () => {
    const a = volume({ id: 'a', party: 'GBR', start: T0, end: T0 + H });
    const b = volume({ id: 'b', party: 'FRA', start: T0 + H, end: T0 + 2 * H });
    expect(findConflicts([a, b])).toEqual([]);
    expect(findConflicts([a, { ...b, start: T0 + H - 1 }])).toEqual([{ a: 'a', b: 'b' }]);
  });

  it('flags footprints that touch once the lateral buffer is applied, and not without it', () => {
    // Two squares of 1 km, 200 m apart on the ground.
    const west = 31;
    const gapDeg = 200 / (METRES_PER_DEGREE * Math.cos((48.5 * Math.PI) / 180));
    const oneKmDeg = 1_000 / (METRES_PER_DEGREE * Math.cos((48.5 * Math.PI) / 180));
    const a = volume({ id: 'a', party: 'GBR', footprint: square(west, 1_000) });
    const b = volume({ id: 'b', party: 'FRA', footprint: square(west + oneKmDeg + gapDeg, 1_000) });
    expect(findConflicts([a, b])).toEqual([]);
    expect(findConflicts([a, { ...b, lateralBufferM: 250 }])).toEqual([{ a: 'a', b: 'b' }]);
    expect(findConflicts([{ ...a, lateralBufferM: 150 }, b])).toEqual([]);
    // Footprints sharing an edge touch: they conflict with no buffer at all.
    const touching = volume({ id: 't', party: 'FRA', footprint: square(west + oneKmDeg, 1_000) });
    expect(findConflicts([a, touching])).toEqual([{ a: 'a', b: 't' }]);
  });

  it('does not flag a different altitude band, and flags it within the vertical buffer', () => {
    const a = volume({ id: 'a', party: 'GBR', altitude: { lowerM: 0, upperM: 1_000, datum: 'AMSL' } });
    const b = volume({ id: 'b', party: 'FRA', altitude: { lowerM: 1_500, upperM: 3_000, datum: 'AMSL' } });
    expect(findConflicts([a, b])).toEqual([]);
    expect(findConflicts([a, { ...b, verticalBufferM: 600 }])).toEqual([{ a: 'a', b: 'b' }]);
    // Adjacent bands [0, 1000) and [1000, 3000) do not overlap without a buffer.
    expect(findConflicts([a, { ...b, altitude: { ...b.altitude, lowerM: 1_000 } }])).toEqual([]);
  });

  it('compares bands of different datums conservatively', () => {
    expect(
      bandsOverlap(
        { lowerM: 0, upperM: 150, datum: 'AGL' },
        { lowerM: 1_500, upperM: 3_000, datum: 'AMSL' },
        0,
      ),
    ).toBe(true);
    expect(
      bandsOverlap(
        { lowerM: 0, upperM: 150, datum: 'AGL' },
        { lowerM: 6_000, upperM: 9_000, datum: 'AMSL' },
        0,
      ),
    ).toBe(false);
  });

  it('does not flag activities of the same party, nor two sites, but flags a zone for everyone', () => {
    const a = volume({ id: 'a', party: 'GBR' });
    const b = volume({ id: 'b', party: 'GBR' });
    expect(findConflicts([a, b])).toEqual([]);
    const s1 = volume({ id: 's1', party: 'UKR', role: 'site' });
    const s2 = volume({ id: 's2', party: 'FRA', role: 'site' });
    expect(findConflicts([s1, s2])).toEqual([]);
    const zone = volume({ id: 'z', party: 'GBR', role: 'zone', end: Infinity });
    expect(key(findConflicts([a, zone]))).toEqual(['a|z']);
    expect(key(findConflicts([s1, a]))).toEqual(['a|s1']);
  });

  it('measures corridors from the route: a flight crossing a convoy corridor conflicts', () => {
    const convoy = volume({
      id: 'convoy',
      party: 'UKR',
      footprint: {
        type: 'corridor',
        path: [
          [30, 48],
          [32, 48],
        ],
        widthM: 2_000,
      },
    });
    const near = volume({
      id: 'near',
      party: 'USA',
      footprint: { type: 'circle', center: [31, 48 + 1_500 / METRES_PER_DEGREE], radiusM: 600 },
    });
    const far = volume({
      id: 'far',
      party: 'USA',
      footprint: { type: 'circle', center: [31, 48 + 1_700 / METRES_PER_DEGREE], radiusM: 600 },
    });
    expect(key(findConflicts([convoy, near, far]))).toEqual(['convoy|near']);
  });

  it('treats a polygon hole as outside', () => {
    const ring = (w: number, s: number, e: number, n: number) => [
      [w, s] as const,
      [e, s] as const,
      [e, n] as const,
      [w, n] as const,
    ];
    const donut = volume({
      id: 'donut',
      party: 'GBR',
      footprint: { type: 'polygon', rings: [ring(30, 48, 32, 50), ring(30.5, 48.5, 31.5, 49.5)] },
    });
    const inHole = volume({
      id: 'hole',
      party: 'FRA',
      footprint: { type: 'circle', center: [31, 49], radiusM: 100 },
    });
    const onRing = volume({
      id: 'ring',
      party: 'FRA',
      footprint: { type: 'circle', center: [30.2, 49], radiusM: 100 },
    });
    expect(key(findConflicts([donut, inHole, onRing]))).toEqual(['donut|ring']);
  });

  it('answers one new activity against the index like the all-pairs run', () => {
    const set = [
      volume({ id: 'a', party: 'GBR' }),
      volume({ id: 'b', party: 'FRA', start: T0 + 3 * H, end: T0 + 4 * H }),
    ];
    const index = new ConflictIndex(set);
    expect(
      index
        .conflictsOf(volume({ id: 'n', party: 'UKR', start: T0 + H, end: T0 + 3 * H + 1 }))
        .map((v) => v.id),
    ).toEqual(expect.arrayContaining(['a', 'b']));
    expect(index.conflictsOf(volume({ id: 'n', party: 'UKR', start: T0 + 2 * H, end: T0 + 3 * H }))).toEqual(
      [],
    );
  });
});

const positionArb = fc.tuple(
  fc.double({ min: 30, max: 30.6, noNaN: true }),
  fc.double({ min: 48, max: 48.4, noNaN: true }),
);
const footprintArb: fc.Arbitrary<Footprint> = fc.oneof(
  fc.record({
    type: fc.constant('circle' as const),
    center: positionArb,
    radiusM: fc.integer({ min: 0, max: 8_000 }),
  }),
  fc.record({
    type: fc.constant('corridor' as const),
    path: fc.array(positionArb, { minLength: 2, maxLength: 5 }),
    widthM: fc.integer({ min: 0, max: 5_000 }),
  }),
  fc
    .tuple(
      positionArb,
      fc.double({ min: 0.001, max: 0.2, noNaN: true }),
      fc.double({ min: 0.001, max: 0.2, noNaN: true }),
    )
    .map(([[w, s], dw, dh]): Footprint => ({
      type: 'polygon',
      rings: [
        [
          [w, s],
          [w + dw, s],
          [w + dw / 2, s + dh],
        ],
      ],
    })),
);
const volumeArb = (id: number) =>
  fc
    .record({
      party: fc.constantFrom('GBR', 'FRA', 'UKR', 'USA'),
      role: fc.constantFrom<Volume4D['role']>('activity', 'activity', 'activity', 'site', 'zone'),
      footprint: footprintArb,
      lower: fc.integer({ min: 0, max: 5_000 }),
      thick: fc.integer({ min: 0, max: 3_000 }),
      datum: fc.constantFrom<'AMSL' | 'AGL' | 'W84'>('AMSL', 'AMSL', 'AGL', 'W84'),
      startH: fc.integer({ min: 0, max: 72 }),
      lengthH: fc.integer({ min: 0, max: 24 }),
      standing: fc.boolean(),
      lateral: fc.integer({ min: 0, max: 3_000 }),
      vertical: fc.integer({ min: 0, max: 300 }),
    })
    .map((r): Volume4D => ({
      id: `v${id}`,
      party: r.party,
      role: r.role,
      footprint: r.footprint,
      altitude: { lowerM: r.lower, upperM: r.lower + r.thick, datum: r.datum },
      start: T0 + r.startH * H,
      end: r.role !== 'activity' && r.standing ? Infinity : T0 + (r.startH + r.lengthH) * H,
      lateralBufferM: r.lateral,
      verticalBufferM: r.vertical,
    }));

describe('the indexed detector', () => {
  it('finds exactly the pairs the brute-force all-pairs reference finds', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 60 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => volumeArb(i)))),
        (volumes) => {
          expect(key(findConflicts(volumes))).toEqual(key(findConflictsBruteForce(volumes)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers a single check like the brute-force reference', () => {
    fc.assert(
      fc.property(
        fc.tuple(...Array.from({ length: 30 }, (_, i) => volumeArb(i))),
        volumeArb(99),
        (set, probe) => {
          const viaIndex = new ConflictIndex(set)
            .conflictsOf(probe)
            .map((v) => v.id)
            .sort();
          const brute = findConflictsBruteForce([...set, probe])
            .filter((p) => p.a === probe.id || p.b === probe.id)
            .map((p) => (p.a === probe.id ? p.b : p.a))
            .sort();
          expect(viaIndex).toEqual(brute);
        },
      ),
      { numRuns: 100 },
    );
  });
});
