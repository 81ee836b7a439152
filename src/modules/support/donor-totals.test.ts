import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { donorTotals, fairShares, type PledgeSum } from './donor-totals.js';

const sum = (p: Partial<PledgeSum>): PledgeSum => ({
  donorParty: 'DEU',
  donorName: 'Germany',
  aidTypeGeneral: 'Military',
  measure: 'allocation',
  valueEur: 0,
  deliveredEur: 0,
  pledges: 1,
  ...p,
});

describe('donor totals', () => {
  it('adds measures and types per donor and ranks by allocations', () => {
    const lines = donorTotals(
      [
        sum({ valueEur: 100, deliveredEur: 40 }),
        sum({ measure: 'commitment', valueEur: 50 }),
        sum({ aidTypeGeneral: 'Financial', valueEur: 10 }),
        sum({ donorParty: 'GBR', donorName: 'United Kingdom', valueEur: 300 }),
        sum({ donorParty: null, donorName: 'Narnia', valueEur: 5 }),
      ],
      [{ party: 'DEU', year: 2023, gdpEur: 1000, source: 'EXERCISE', exercise: true }],
      { totalEur: 40 },
    );
    expect(lines.map((l) => l.donorName)).toEqual(['United Kingdom', 'Germany', 'Narnia']);
    const deu = lines[1]!;
    expect(deu).toMatchObject({
      allocationEur: 110,
      commitmentEur: 50,
      totalEur: 160,
      deliveredEur: 40,
      pledges: 3,
      allocationPercentOfGdp: 11,
      totalPercentOfGdp: 16,
      gdpExercise: true,
      fairShareEur: 40,
    });
    expect(deu.byType.Military).toEqual({ commitmentEur: 50, allocationEur: 100, deliveredEur: 40 });
    expect(deu.fairShareRatio).toBeCloseTo(110 / 40);
    // No GDP figure: no percentage and no fair share, never a guess.
    expect(lines[0]).toMatchObject({ gdpEur: null, allocationPercentOfGdp: null, fairShareEur: null });
  });

  it('splits a total exactly by GDP share among parties with a figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 1, max: 1e13, noNaN: true }), { nil: null }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        (gdps, total) => {
          const parties = gdps.map((g, i) => ({ party: `P${i}`, gdpEur: g }));
          const shares = fairShares(total, parties);
          const known = parties.filter((p) => p.gdpEur !== null);
          expect(shares.size).toBe(known.length);
          if (known.length > 0) {
            const allocated = [...shares.values()].reduce((a, b) => a + b, 0);
            expect(Math.abs(allocated - total)).toBeLessThan(total * 1e-9);
          }
          for (const [a, b] of [[known[0], known[1]]] as const) {
            if (a && b)
              expect(shares.get(a.party)! / a.gdpEur!).toBeCloseTo(shares.get(b.party)! / b.gdpEur!, 6);
          }
        },
      ),
    );
  });

  it('keeps every euro: the donor totals add up to the sums given', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            donor: fc.constantFrom('DEU', 'GBR', 'FRA', null),
            measure: fc.constantFrom('allocation', 'commitment'),
            value: fc.integer({ min: -1e6, max: 1e9 }),
          }),
        ),
        (rows) => {
          const lines = donorTotals(
            rows.map((r) =>
              sum({
                donorParty: r.donor,
                donorName: r.donor ?? 'Other',
                measure: r.measure,
                valueEur: r.value,
              }),
            ),
            [],
          );
          const total = rows.reduce((s, r) => s + r.value, 0);
          expect(lines.reduce((s, l) => s + l.totalEur, 0)).toBe(total);
          expect(lines.reduce((s, l) => s + l.allocationEur + l.commitmentEur, 0)).toBe(total);
        },
      ),
    );
  });
});
