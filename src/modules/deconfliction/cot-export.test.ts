import CoT from '@tak-ps/node-cot';
import { describe, expect, it } from 'vitest';
import type { Notification } from './deconfliction.schemas.js';
import { notificationToCot } from './cot-export.js';

const base: Notification = {
  id: '7b0c2f7e-1d1e-4a37-9a39-0d5f4c1e2a10',
  clientId: 'c',
  party: 'GBR',
  kind: 'air',
  category: 'uas',
  title: 'Survey flight',
  description: '',
  geometry: { type: 'Point', coordinates: [30.5, 50.45] },
  radiusM: 2_000,
  corridorWidthM: null,
  altitude: { lowerM: 300, upperM: 1_200, datum: 'AMSL' },
  startsAt: '2026-12-03T08:00:00.000Z',
  endsAt: '2026-12-03T12:00:00.000Z',
  schedule: [],
  lateralBufferM: 1_000,
  verticalBufferM: 150,
  emergency: false,
  status: 'relayed',
  releasability: 'coalition',
  addressees: [],
  receipts: [],
  submittedBy: 'x',
  submittedAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  exercise: true,
};

describe('CoT export', () => {
  it('writes a circle as a u-d-c-c drawing that node-cot reads back with its centre and window', () => {
    const xml = notificationToCot(base, Date.parse('2026-12-01T09:00:00Z'));
    const back = new CoT(xml);
    expect(back.raw.event._attributes).toMatchObject({ uid: base.id, type: 'u-d-c-c', stale: base.endsAt });
    expect(Number(back.raw.event.point._attributes.lat)).toBeCloseTo(50.45);
    expect(xml).toContain('major="2000"');
    expect(xml).toContain('EXERCISE');
  });

  it('writes a route as a u-d-f polyline with one link per vertex', () => {
    const xml = notificationToCot({
      ...base,
      kind: 'movement',
      geometry: {
        type: 'LineString',
        coordinates: [
          [30, 50],
          [30.5, 50.2],
          [31, 50.1],
        ],
      },
      radiusM: null,
      corridorWidthM: 500,
    });
    expect(new CoT(xml).raw.event._attributes.type).toBe('u-d-f');
    expect(xml.match(/<link point=/g)).toHaveLength(3);
    expect(xml).toContain('corridor 500 m wide');
  });
});
