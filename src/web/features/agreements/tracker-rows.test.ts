import { describe, expect, it } from 'vitest';
import type { Fulfilment, FulfilmentYear } from './agreements-api.js';
import { splitTracker } from './tracker-rows.js';

const year = (y: number, pledges: string[] = []): FulfilmentYear => ({
  year: y,
  promisedEur: null,
  promisedOther: ['0.25% of GDP'],
  committedEur: 0,
  allocatedEur: 0,
  deliveredEur: 0,
  allocatedShare: null,
  deliveredShare: null,
  pledgeIds: pledges,
});
const agreement = (id: string, years: FulfilmentYear[]): Fulfilment => ({
  agreementId: id,
  partner: 'LVA',
  partnerName: id,
  title: id,
  years,
  total: { promisedEur: null, committedEur: 0, allocatedEur: 0, deliveredEur: 0, pledges: 0 },
});

describe('splitTracker', () => {
  it('keeps past years and later years with pledges, and sets apart agreements with nothing to show', () => {
    const { shown, empty } = splitTracker(
      [
        agreement('a', [year(2024), year(2026), year(2027), year(2028, ['p1']), year(2029)]),
        agreement('b', []),
        agreement('c', [year(2030)]),
      ],
      2026,
    );
    expect(shown.map((f) => [f.agreementId, f.years.map((y) => y.year)])).toEqual([
      ['a', [2024, 2026, 2028]],
    ]);
    expect(empty.map((f) => f.agreementId)).toEqual(['b', 'c']);
    // The totals are the agreement's, over its whole term.
    expect(shown[0]!.total).toEqual(agreement('a', []).total);
  });
});
