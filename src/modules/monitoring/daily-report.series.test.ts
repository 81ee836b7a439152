import { describe, expect, it } from 'vitest';
import type { Observation } from './monitoring.schemas.js';
import { reportDates, ViolationSeriesBuilder } from './daily-report.series.js';

const observation = (observedAt: string, sector: string | null, extra: Partial<Observation> = {}) =>
  ({
    id: observedAt,
    observedAt,
    category: 'shelling',
    quantity: 2,
    exercise: true,
    tags: {
      sector,
      zones: [],
      zoneVersion: 1,
      side: null,
      distanceToLineM: null,
      withdrawalViolation: false,
    },
    ...extra,
  }) as unknown as Observation;

describe('violation series of the daily reports', () => {
  it('lists report dates inclusively across month ends', () => {
    expect(reportDates('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('counts each violation in its report day between cut-offs, with the previous period aligned', () => {
    // 19:30 Kyiv in March (before summer time) is 17:30 UTC.
    const b = new ViolationSeriesBuilder('2026-03-10', '2026-03-11', '19:30', 'Europe/Kyiv');
    expect(b.previousDates).toEqual(['2026-03-08', '2026-03-09']);
    expect([b.from, b.to]).toEqual(['2026-03-07T17:30:00.000Z', '2026-03-11T17:30:00.000Z']);
    b.add(observation('2026-03-09T17:29:59.000Z', 'North')); // report of 9 March
    b.add(observation('2026-03-09T17:30:00.000Z', 'North')); // report of 10 March
    b.add(observation('2026-03-11T10:00:00.000Z', 'South', { quantity: 5 }));
    b.add(observation('2026-03-11T11:00:00.000Z', null));
    b.add(observation('2026-03-11T12:00:00.000Z', 'South', { category: 'freedom-of-movement' }));
    b.add(observation('2026-03-11T17:30:00.000Z', 'South')); // after the range
    expect(b.build()).toMatchObject({
      dates: ['2026-03-10', '2026-03-11'],
      exercise: true,
      regions: [
        { region: 'South', violations: [0, 5], previous: [0, 0] },
        { region: 'North', violations: [2, 0], previous: [0, 2] },
        { region: 'outside any sector', violations: [0, 2], previous: [0, 0] },
      ],
    });
  });
});
