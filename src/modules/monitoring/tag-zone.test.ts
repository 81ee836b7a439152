import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineM } from './corroborate.js';
import type { ZoneFeature } from './monitoring.schemas.js';
import { validateObservation } from './observations.validate.js';
import { compileZones, distanceToLine, tagPoint } from './tag-zone.js';
import { checkCategory } from './taxonomy.js';
import { checkTransition } from './workflow.js';
import { exerciseZoneSet } from './zones.exercise.js';

// A straight north–south line along 37° E from 48° to 49° N: east is on the left going south.
const line: ZoneFeature = {
  type: 'Feature',
  geometry: {
    type: 'LineString',
    coordinates: [
      [37, 49],
      [37, 48],
    ],
  },
  properties: { kind: 'line-of-contact', name: 'test line', leftSide: 'east', rightSide: 'west' },
};
const zones = compileZones(3, [
  line,
  {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [36.9, 48.4],
          [37.1, 48.4],
          [37.1, 48.6],
          [36.9, 48.6],
          [36.9, 48.4],
        ],
      ],
    },
    properties: { kind: 'disengagement-area', name: 'area A' },
  },
  {
    type: 'Feature',
    geometry: null,
    properties: { kind: 'withdrawal-line', name: 'mlrs', weaponClass: 'mlrs', distanceM: 35_000 },
  },
]);

describe('zone tagging', () => {
  it('measures the distance to the line and tells the side', () => {
    const east = tagPoint(zones, { lon: 37.1, lat: 48.5, category: 'explosion' });
    expect(east.side).toBe('east');
    expect(east.distanceToLineM).toBeCloseTo(haversineM(37, 48.5, 37.1, 48.5), -2);
    expect(east.zones).toEqual(['area A']);
    expect(east.zoneVersion).toBe(3);
    const west = tagPoint(zones, { lon: 36.5, lat: 48.2, category: 'explosion' });
    expect(west).toMatchObject({ side: 'west', zones: [], sector: null });
  });

  it('measures to the end point beyond the end of the line', () => {
    const d = distanceToLine(
      [
        [
          [37, 49],
          [37, 48],
        ],
      ],
      37,
      47.9,
    );
    expect(d!.distanceM).toBeCloseTo(haversineM(37, 48, 37, 47.9), -1);
  });

  it('flags a weapon inside its withdrawal distance, by its location or its assessed origin', () => {
    const at = (lon: number, extra: object = {}) =>
      tagPoint(zones, { lon, lat: 48.5, category: 'weapon-in-violation', weaponClass: 'mlrs', ...extra })
        .withdrawalViolation;
    expect(at(37.3)).toBe(true); // ≈ 22 km
    expect(at(37.6)).toBe(false); // ≈ 44 km
    expect(
      tagPoint(zones, { lon: 37.3, lat: 48.5, category: 'weapon-in-violation', weaponClass: 'tank' })
        .withdrawalViolation,
    ).toBe(false);
    expect(
      tagPoint(zones, {
        lon: 37.01,
        lat: 48.5,
        category: 'explosion',
        weaponClass: 'mlrs',
        origin: [37.6, 48.5],
      }).withdrawalViolation,
    ).toBe(false);
    expect(
      tagPoint(zones, {
        lon: 36.5,
        lat: 48.5,
        category: 'explosion',
        weaponClass: 'mlrs',
        origin: [37.2, 48.5],
      }).withdrawalViolation,
    ).toBe(true);
  });

  it('puts every point on exactly one side, and distances are never negative (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 36, max: 38, noNaN: true }),
        fc.double({ min: 48.01, max: 48.99, noNaN: true }),
        (lon, lat) => {
          const tags = tagPoint(zones, { lon, lat, category: 'explosion' });
          expect(tags.distanceToLineM).toBeGreaterThanOrEqual(0);
          if (Math.abs(lon - 37) > 1e-4) expect(tags.side).toBe(lon > 37 ? 'east' : 'west');
        },
      ),
    );
  });

  it('tags the exercise zone set: sectors, buffer zone and the Minsk II distances', () => {
    const set = exerciseZoneSet();
    const compiled = compileZones(1, set.features);
    expect(compiled.withdrawal.get('artillery-100mm')).toBe(25_000);
    expect(compiled.withdrawal.get('heavy-mlrs-missile')).toBe(70_000);
    const kherson = tagPoint(compiled, { lon: 32.62, lat: 46.64, category: 'shelling' });
    expect(kherson.sector).toBe('EXERCISE sector Dnipro');
    expect(kherson.zones).toContain('EXERCISE buffer zone');
    expect(set.features.every((f) => f.properties.name.startsWith('EXERCISE'))).toBe(true);
  });

  it('answers no tags without zones', () => {
    expect(tagPoint(null, { lon: 37, lat: 48, category: 'explosion' })).toMatchObject({
      zoneVersion: null,
      side: null,
    });
  });
});

describe('taxonomy and validation', () => {
  const valid = {
    id: '0f8c1f7e-6a49-4d2e-9a57-3b1c2d4e5f60',
    observedAt: '2026-03-14T21:40:00Z',
    location: { type: 'Point', coordinates: [37.85, 48.4] },
    source: { kind: 'fixed-camera', id: 'CAM-07', reliability: 'B', credibility: 2 },
    category: 'explosion',
    subtype: 'undetermined',
    releasability: 'coalition',
  };
  const now = Date.parse('2026-03-15T00:00:00Z');
  const pointers = (input: unknown) => {
    const v = validateObservation(input, now);
    return v.ok ? [] : v.errors.map((e) => e.pointer);
  };

  it('accepts the contract example and names the field of each fault', () => {
    expect(validateObservation(valid, now).ok).toBe(true);
    expect(pointers({ ...valid, location: { type: 'Point', coordinates: [181, 48] } })).toEqual([
      '/location/coordinates/0',
    ]);
    expect(pointers({ ...valid, observedAt: '2026-03-15T01:00:00Z' })).toEqual(['/observedAt']);
    expect(pointers({ ...valid, observedUntil: '2026-03-14T21:00:00Z' })).toEqual(['/observedUntil']);
    expect(pointers({ ...valid, category: 'ufo' })).toEqual(['/category']);
    expect(pointers({ ...valid, subtype: 'outgoing-ish' })).toEqual(['/subtype']);
    expect(pointers({ ...valid, source: { ...valid.source, credibility: 7 } })).toContain(
      '/source/credibility',
    );
    expect(pointers({ ...valid, releasability: 'everyone' })).toContain('/releasability');
    expect(pointers({ ...valid, extra: 1 })).toContain('/extra');
    expect(
      pointers({ ...valid, casualties: { civilian: { killed: { low: 3, best: 1, high: 2 } } } }),
    ).toEqual(['/casualties/civilian/killed']);
    expect(pointers({ ...valid, id: 'not-a-uuid' })).toContain('/id');
  });

  it('knows the SMM sub-types and the freedom-of-movement restrictions', () => {
    expect(checkCategory('explosion', 'outgoing')).toBeNull();
    expect(checkCategory('freedom-of-movement', 'uav-fired-upon')).toBeNull();
    expect(checkCategory('tracer', 'x')).toMatchObject({ pointer: '/subtype' });
  });

  it('never crashes on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const v = validateObservation(input, now);
        if (!v.ok) expect(v.errors.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('verification workflow', () => {
  it('allows each step only to its roles and conditions', () => {
    expect(checkTransition('reported', 'triaged', 'verifier', { sourceCount: 1 })).toBeNull();
    expect(checkTransition('reported', 'triaged', 'analyst', { sourceCount: 1 })?.status).toBe(403);
    expect(checkTransition('reported', 'verified', 'verifier', { sourceCount: 3 })?.status).toBe(422);
    expect(checkTransition('triaged', 'corroborated', 'verifier', { sourceCount: 1 })?.detail).toMatch(
      /independent sources/,
    );
    expect(checkTransition('triaged', 'corroborated', 'verifier', { sourceCount: 2 })).toBeNull();
    expect(
      checkTransition('referred', 'attributed', 'coordinator', { sourceCount: 2, attribution: null })?.status,
    ).toBe(422);
    expect(
      checkTransition('referred', 'attributed', 'coordinator', { sourceCount: 2, attribution: 'party X' }),
    ).toBeNull();
    expect(checkTransition('closed', 'triaged', 'coordinator', { sourceCount: 2 })?.detail).toMatch(/final/);
  });
});
