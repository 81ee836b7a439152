import { randomUUID } from 'node:crypto';

/** Test factory: a valid observation of the issue-4 contract near Toretsk, with overrides. */
export function anObservation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    observedAt: '2026-03-14T21:40:00Z',
    observedUntil: '2026-03-14T21:55:00Z',
    timePrecision: 'minute',
    location: { type: 'Point', coordinates: [37.85, 48.4] },
    uncertaintyM: 500,
    source: { kind: 'fixed-camera', id: 'CAM-07', reliability: 'B', credibility: 2 },
    category: 'explosion',
    subtype: 'undetermined',
    quantity: 4,
    bearingDeg: 90,
    distanceM: 3000,
    casualties: { civilian: { killed: { low: 0, best: 0, high: 1 } } },
    notes: 'four explosions 3 km east of the camera',
    releasability: 'coalition',
    ...overrides,
  };
}
