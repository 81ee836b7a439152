import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeSeries, rankByAidType, rankByEur, rankByGdpShare } from './donor-charts.js';
import type { DonorTotals } from './support-api.js';

function donor(
  code: string,
  allocationEur: number,
  commitmentEur: number,
  gdpEur: number | null,
): DonorTotals {
  const totalEur = allocationEur + commitmentEur;
  return {
    donor: code,
    donorName: code,
    commitmentEur,
    allocationEur,
    totalEur,
    deliveredEur: allocationEur / 2,
    pledges: 1,
    byType: { Military: { commitmentEur, allocationEur, deliveredEur: allocationEur / 2 } },
    gdpEur,
    gdpYear: gdpEur === null ? null : 2025,
    gdpSource: gdpEur === null ? null : 'EXERCISE',
    gdpExercise: gdpEur !== null,
    allocationPercentOfGdp: gdpEur === null ? null : (allocationEur / gdpEur) * 100,
    totalPercentOfGdp: gdpEur === null ? null : (totalEur / gdpEur) * 100,
    fairShareEur: gdpEur === null ? null : gdpEur * 0.001,
    fairShareRatio: gdpEur === null ? null : allocationEur / (gdpEur * 0.001),
  };
}

const donors = fc.array(
  fc.record({
    a: fc.integer({ min: 0, max: 1e10 }),
    c: fc.integer({ min: 0, max: 1e10 }),
    gdp: fc.option(fc.integer({ min: 1e9, max: 3e13 }), { nil: null }),
  }),
  { maxLength: 30 },
);

describe('donor charts', () => {
  it('ranks every donor by total, largest first, with its figures in EUR millions', () => {
    fc.assert(
      fc.property(donors, (input) => {
        const list = input.map((d, i) => donor(`D${i}`, d.a, d.c, d.gdp));
        const rows = rankByEur(list);
        expect(rows).toHaveLength(list.length);
        const totals = rows.map((r) => r.values[0]! + r.values[1]!);
        for (let i = 1; i < totals.length; i++)
          expect(totals[i - 1]! + 1e-9).toBeGreaterThanOrEqual(totals[i]!);
        for (const r of rows) {
          const d = list.find((x) => x.donor === r.id)!;
          expect(r.values[0]! * 1e6).toBeCloseTo(d.allocationEur, 0);
          expect(r.values[2]! * 1e6).toBeCloseTo(d.deliveredEur, 0);
        }
      }),
    );
  });

  it('ranks by share of GDP only donors with a GDP figure, with the fair share as a share of the same GDP', () => {
    fc.assert(
      fc.property(donors, (input) => {
        const list = input.map((d, i) => donor(`D${i}`, d.a, d.c, d.gdp));
        const rows = rankByGdpShare(list);
        expect(rows).toHaveLength(list.filter((d) => d.gdpEur !== null).length);
        for (const r of rows) expect(r.marker).toBeCloseTo(0.1, 9);
        const shares = rows.map((r) => r.values[0]!);
        for (let i = 1; i < shares.length; i++) expect(shares[i - 1]!).toBeGreaterThanOrEqual(shares[i]!);
      }),
    );
  });

  it('splits each donor by aid type and leaves absent types empty', () => {
    const rows = rankByAidType([donor('DEU', 2e6, 1e6, null)], ['Financial', 'Military']);
    expect(rows[0]!.values).toEqual([null, 3]);
  });

  it('runs deliveries up month by month beside the running totals', () => {
    const s = cumulativeSeries([
      {
        month: '2026-01',
        commitmentEur: 0,
        allocationEur: 1e6,
        deliveredEur: 1e6,
        cumulativeAllocationEur: 1e6,
        cumulativeTotalEur: 1e6,
      },
      {
        month: '2026-02',
        commitmentEur: 2e6,
        allocationEur: 0,
        deliveredEur: 3e6,
        cumulativeAllocationEur: 1e6,
        cumulativeTotalEur: 3e6,
      },
    ]);
    expect(s).toEqual({
      months: ['2026-01', '2026-02'],
      total: [1, 3],
      allocated: [1, 1],
      delivered: [1, 4],
    });
  });
});
