import { describe, expect, it } from 'vitest';
import type { NewNotification } from './deconfliction.schemas.js';
import { checkLeadTime, checkNotification } from './notification-rules.js';

const NOW = Date.UTC(2026, 11, 1, 12);
const H = 3_600_000;

function convoy(over: Partial<NewNotification> = {}): NewNotification {
  return {
    clientId: '00000000-0000-4000-8000-000000000001',
    kind: 'movement',
    category: 'humanitarian-convoy',
    title: 'Convoy',
    geometry: {
      type: 'LineString',
      coordinates: [
        [30.5, 50.4],
        [31, 50],
      ],
    },
    corridorWidthM: 500,
    startsAt: new Date(NOW + 49 * H).toISOString(),
    endsAt: new Date(NOW + 53 * H).toISOString(),
    releasability: 'coalition',
    ...over,
  };
}

describe('notification rules', () => {
  it('accepts 48 h notice, and 24 h only when flagged as emergency', () => {
    expect(checkNotification(convoy())).toEqual([]);
    expect(checkLeadTime(convoy(), NOW)).toBeNull();
    const short = {
      startsAt: new Date(NOW + 30 * H).toISOString(),
      endsAt: new Date(NOW + 40 * H).toISOString(),
    };
    expect(checkLeadTime(convoy(short), NOW)).toEqual(expect.objectContaining({ pointer: '/startsAt' }));
    expect(checkLeadTime(convoy({ ...short, emergency: true }), NOW)).toBeNull();
    const tooShort = {
      startsAt: new Date(NOW + 20 * H).toISOString(),
      endsAt: new Date(NOW + 40 * H).toISOString(),
      emergency: true,
    };
    expect(checkLeadTime(convoy(tooShort), NOW)?.detail).toMatch(/24 h notice even in an emergency/);
  });

  it('exempts standing sites from the lead time but not from geometry rules', () => {
    const site = convoy({
      kind: 'site',
      category: 'medical',
      geometry: { type: 'Point', coordinates: [30.5, 50.4] },
      corridorWidthM: undefined,
      radiusM: 200,
      startsAt: new Date(NOW).toISOString(),
      endsAt: undefined,
    });
    expect(checkNotification(site)).toEqual([]);
    expect(checkLeadTime(site, NOW)).toBeNull();
    expect(checkNotification({ ...site, radiusM: undefined })).toEqual([
      expect.objectContaining({ pointer: '/radiusM' }),
    ]);
  });

  it('names each offending field', () => {
    const bad = convoy({
      category: 'flight',
      corridorWidthM: undefined,
      endsAt: new Date(NOW + 40 * H).toISOString(),
      schedule: [{ place: 'Checkpoint', at: new Date(NOW + 60 * H).toISOString() }],
    });
    expect(
      checkNotification(bad)
        .map((e) => e.pointer)
        .sort(),
    ).toEqual(['/category', '/corridorWidthM', '/endsAt', '/schedule/0/at']);
    const air = convoy({
      kind: 'air',
      category: 'uas',
      geometry: { type: 'Point', coordinates: [30, 50] },
      corridorWidthM: undefined,
      radiusM: 1000,
    });
    expect(checkNotification(air)).toEqual([expect.objectContaining({ pointer: '/altitude' })]);
    const open = convoy({
      kind: 'zone',
      category: 'no-go',
      corridorWidthM: undefined,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [30, 50],
            [31, 50],
            [31, 51],
            [30, 51],
          ],
        ],
      },
    });
    expect(checkNotification(open)).toEqual([
      expect.objectContaining({ pointer: '/geometry/coordinates/0' }),
    ]);
  });
});
