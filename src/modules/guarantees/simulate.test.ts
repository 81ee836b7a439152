import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineApproval } from '../commitments/resolve-conditions.js';
import { compareScenarios, simulate, type SimCommitment, type SimulationInput } from './simulate.js';

const T = '2026-12-01T06:00:00.000Z';

function commitment(
  partial: Partial<SimCommitment> & Pick<SimCommitment, 'id' | 'party' | 'response'>,
): SimCommitment {
  return {
    kind: 'unit',
    title: partial.id,
    state: 'committed',
    quantity: 1,
    unit: null,
    valueEur: null,
    pillar: 'guarantees',
    requirementRef: null,
    conditions: null,
    timeToEffectHours: 0,
    approvalDays: 0,
    ...partial,
  };
}

function approval(id: string, commitmentId: string, party: string): EngineApproval {
  return { id, commitmentId, party, bodyName: 'Parliament', state: 'tabled', decidedAt: null };
}

/** A US backstop that waits ten days for Congress; UK troops conditional on it; France on the UK. */
function backstopCase(): SimulationInput {
  return {
    confirmedAt: T,
    commitments: [
      commitment({
        id: 'usa-ad',
        party: 'USA',
        response: 'air-defence',
        kind: 'equipment',
        quantity: 4,
        timeToEffectHours: 48,
        approvalDays: 10,
      }),
      commitment({
        id: 'gbr-troops',
        party: 'GBR',
        response: 'troops',
        quantity: 5000,
        timeToEffectHours: 72,
        approvalDays: 3,
        conditions: { type: 'party', party: 'USA' },
      }),
      commitment({
        id: 'fra-troops',
        party: 'FRA',
        response: 'troops',
        quantity: 5000,
        timeToEffectHours: 96,
        conditions: { type: 'commitment', commitmentId: 'gbr-troops' },
      }),
      commitment({
        id: 'deu-cons',
        party: 'DEU',
        response: 'consultation',
        kind: 'consultation',
        timeToEffectHours: 12,
      }),
    ],
    approvals: [approval('a-usa', 'usa-ad', 'USA'), approval('a-gbr', 'gbr-troops', 'GBR')],
    events: [],
    requirements: [{ response: 'troops', quantity: 10000, unit: 'troops' }],
  };
}

describe('simulate', () => {
  it('starts each commitment once it is binding and its approvals and time to effect have passed', () => {
    const result = simulate(backstopCase());
    const at = (h: number) => result.milestones.find((m) => m.hours === h)!;
    expect(result.milestones.map((m) => m.hours)).toEqual([24, 72, 168, 720]);
    expect(at(24).inEffect).toEqual(['deu-cons']);
    expect(at(72).inEffect).toEqual(['deu-cons']);
    // Congress has not approved by day 7, so the backstop and everything hanging on it waits.
    expect(at(168).inEffect).toEqual(['deu-cons']);
    expect(at(720).inEffect.sort()).toEqual(['deu-cons', 'fra-troops', 'gbr-troops', 'usa-ad']);
    const troops = at(720).byDomain.find((d) => d.response === 'troops')!;
    expect(troops).toMatchObject({ available: 10000, required: 10000, coverage: 1 });
    const byId = Object.fromEntries(result.commitments.map((c) => [c.id, c]));
    expect(byId['deu-cons']!.effectiveAfterHours).toBe(24);
    // UK and France become binding on day 10 when Congress approves; the US itself needs 48 h more.
    expect(byId['gbr-troops']!.effectiveAfterHours).toBe(240);
    expect(byId['fra-troops']!.effectiveAfterHours).toBe(240);
    expect(byId['usa-ad']!.effectiveAfterHours).toBe(288);
    expect(result.daily).toHaveLength(31);
    expect(result.daily[10]!.available.troops).toBe(10000);
    expect(result.daily[9]!.available.troops).toBeUndefined();
  });

  it('compares with and without the US backstop', () => {
    const cmp = compareScenarios(
      backstopCase(),
      { name: 'with US' },
      { name: 'without US', excludeParties: ['USA'] },
    );
    const last = cmp.milestones.at(-1)!;
    expect(last.onlyInA.sort()).toEqual(['fra-troops', 'gbr-troops', 'usa-ad']);
    expect(last.onlyInB).toEqual([]);
    expect(last.difference).toEqual({ troops: -10000, 'air-defence': -4 });
    expect(cmp.b.commitments.find((c) => c.id === 'gbr-troops')!.stateAtHorizon).toBe('failed');
    expect(cmp.b.milestones.at(-1)!.byDomain.find((d) => d.response === 'troops')!.coverage).toBe(0);
  });

  it('honours a parliament saying no and slower approvals', () => {
    const no = simulate(backstopCase(), { name: 'Commons says no', approvalsByParty: { GBR: 'rejected' } });
    expect(no.milestones.at(-1)!.inEffect.sort()).toEqual(['deu-cons', 'usa-ad']);
    const slow = simulate(backstopCase(), { name: 'slow', approvalDelayFactor: 2 });
    expect(slow.commitments.find((c) => c.id === 'usa-ad')!.effectiveAfterHours).toBe(20 * 24 + 48);
  });

  it('drops an offer whose deadline passes inside the horizon', () => {
    const input = backstopCase();
    input.commitments = [
      commitment({
        id: 'late',
        party: 'ITA',
        response: 'maritime',
        timeToEffectHours: 0,
        conditions: { type: 'deadline', by: '2026-12-05T06:00:00.000Z' },
      }),
    ];
    input.approvals = [];
    const result = simulate(input);
    expect(result.daily[4]!.available.maritime).toBe(1);
    expect(result.daily[5]!.available.maritime).toBeUndefined();
  });

  it('puts an unconditional commitment in effect on the first day its lead time has passed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            hours: fc.integer({ min: 0, max: 900 }),
            days: fc.integer({ min: 0, max: 40 }),
            needsApproval: fc.boolean(),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (specs) => {
          const input: SimulationInput = {
            confirmedAt: T,
            commitments: specs.map((s, i) =>
              commitment({
                id: `c${i}`,
                party: 'EST',
                response: 'weapons',
                timeToEffectHours: s.hours,
                approvalDays: s.days,
              }),
            ),
            approvals: specs.flatMap((s, i) => (s.needsApproval ? [approval(`a${i}`, `c${i}`, 'EST')] : [])),
            events: [],
            requirements: [],
          };
          const result = simulate(input);
          specs.forEach((s, i) => {
            const lead = (s.needsApproval ? s.days * 24 : 0) + s.hours;
            const expected = Math.ceil(lead / 24) * 24;
            expect(result.commitments[i]!.effectiveAfterHours).toBe(expected <= 720 ? expected : null);
          });
          // What is in effect never shrinks without deadlines.
          for (let d = 1; d < result.daily.length; d++) {
            expect(result.daily[d]!.available.weapons ?? 0).toBeGreaterThanOrEqual(
              result.daily[d - 1]!.available.weapons ?? 0,
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
