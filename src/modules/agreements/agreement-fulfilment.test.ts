import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  clauseAmountEur,
  daysBetween,
  fulfilmentByYear,
  type PledgeFigures,
} from './agreement-fulfilment.js';
import type { Clause } from './agreements.schemas.js';

const clause = (c: Partial<Clause>): Clause => ({
  id: 'c',
  agreementId: 'a',
  type: 'annual-support',
  title: 't',
  text: null,
  yearFrom: 2024,
  yearTo: 2024,
  amount: null,
  currency: null,
  eurPerUnit: null,
  conversionSource: null,
  amountEur: null,
  percentOfGdp: null,
  consultationHours: null,
  commitmentId: null,
  source: null,
  exercise: false,
  ...c,
});

describe('agreement fulfilment', () => {
  it('sets promised against committed, allocated and delivered per year', () => {
    const years = fulfilmentByYear(
      [
        clause({ amount: 7.1e9, currency: 'EUR' }),
        clause({ id: 'gbp', amount: 2.5e9, currency: 'GBP', yearFrom: 2025, yearTo: 2025 }),
        clause({ id: 'gdp', percentOfGdp: 0.25, yearFrom: 2025, yearTo: 2026 }),
        clause({ id: 'consult', type: 'consultations-24h', yearFrom: null, yearTo: null }),
      ],
      [
        { id: 'p1', month: '2024-03', measure: 'allocation', valueEur: 5e9, deliveredValueEur: 3e9 },
        { id: 'p2', month: '2024-11', measure: 'commitment', valueEur: 1e9, deliveredValueEur: null },
        { id: 'p3', month: '2025-01', measure: 'allocation', valueEur: 2e9, deliveredValueEur: 0 },
        { id: 'p4', month: null, measure: 'allocation', valueEur: 9e9, deliveredValueEur: 0 },
      ],
    );
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(years[0]).toMatchObject({
      promisedEur: 7.1e9,
      allocatedEur: 5e9,
      committedEur: 1e9,
      deliveredEur: 3e9,
      pledgeIds: ['p1', 'p2'],
    });
    expect(years[0]!.allocatedShare).toBeCloseTo(5 / 7.1);
    // A pound promise is not turned into euros without a sourced rate.
    expect(years[1]).toMatchObject({
      promisedEur: null,
      promisedOther: ['2,500,000,000 GBP', '0.25% of GDP'],
      allocatedShare: null,
    });
    expect(years[2]).toMatchObject({ promisedOther: ['0.25% of GDP'], allocatedEur: 0 });
  });

  it('converts other currencies only with a sourced rate', () => {
    expect(clauseAmountEur({ amount: 100, currency: 'GBP', eurPerUnit: null })).toBeNull();
    expect(clauseAmountEur({ amount: 100, currency: 'GBP', eurPerUnit: 1.17 })).toBeCloseTo(117);
    expect(clauseAmountEur({ amount: 100, currency: 'EUR', eurPerUnit: null })).toBe(100);
  });

  it('adds up from the pledges: every dated pledge counts once, in its year', () => {
    const pledge = fc.record({
      id: fc.uuid(),
      month: fc.option(
        fc
          .tuple(fc.integer({ min: 2022, max: 2034 }), fc.integer({ min: 1, max: 12 }))
          .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
        { nil: null },
      ),
      measure: fc.constantFrom('commitment' as const, 'allocation' as const),
      valueEur: fc.option(fc.integer({ min: 0, max: 1e10 }), { nil: null }),
      deliveredValueEur: fc.option(fc.integer({ min: 0, max: 1e10 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(pledge, { maxLength: 60 }), (pledges: PledgeFigures[]) => {
        const years = fulfilmentByYear([], pledges);
        const dated = pledges.filter((p) => p.month !== null);
        const sum = (f: (p: PledgeFigures) => number) => dated.reduce((s, p) => s + f(p), 0);
        expect(years.reduce((s, y) => s + y.allocatedEur, 0)).toBe(
          sum((p) => (p.measure === 'allocation' ? (p.valueEur ?? 0) : 0)),
        );
        expect(years.reduce((s, y) => s + y.committedEur, 0)).toBe(
          sum((p) => (p.measure === 'commitment' ? (p.valueEur ?? 0) : 0)),
        );
        expect(years.reduce((s, y) => s + y.deliveredEur, 0)).toBe(sum((p) => p.deliveredValueEur ?? 0));
        expect(years.flatMap((y) => y.pledgeIds).sort()).toEqual(dated.map((p) => p.id).sort());
      }),
    );
  });

  it('counts years and days in UTC', () => {
    expect(addYears('2024-01-12', 10)).toBe('2034-01-12');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(daysBetween('2026-01-01', '2026-03-01T10:00:00.000Z')).toBe(59);
  });
});
