import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConditions, type EngineApproval } from '../commitments/resolve-conditions.js';
import { seededRandom } from './goal.js';
import { RESPONSE_KIND, RESPONSE_TYPES } from './response-types.js';
import { ATTACK_EVENT, simulate, type SimCommitment, type SimulationInput } from './simulate.js';

const T = '2026-12-01T00:00:00.000Z';
const DAY = 86_400_000;

/** A small random coalition: conditions on parties, commitments, counts and deadlines; parliaments. */
function workload(seed: number, n: number): SimulationInput {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const parties = ['USA', 'GBR', 'FRA', 'DEU', 'POL'];
  const commitments: SimCommitment[] = [];
  const approvals: EngineApproval[] = [];
  for (let i = 0; i < n; i++) {
    const party = pick(parties);
    const response = pick(RESPONSE_TYPES);
    const roll = random();
    const deadline = {
      type: 'deadline' as const,
      by: new Date(Date.parse(T) + random() * 12 * DAY).toISOString(),
    };
    const conditions: SimCommitment['conditions'] =
      roll < 0.2
        ? { type: 'party', party: pick(parties) }
        : roll < 0.35 && i > 0
          ? { type: 'commitment', commitmentId: `c${Math.floor(random() * i)}` }
          : roll < 0.45
            ? { type: 'count', atLeast: 2, kind: RESPONSE_KIND[response] }
            : roll < 0.6
              ? { type: 'any', of: [deadline, { type: 'event', event: ATTACK_EVENT }] }
              : roll < 0.7
                ? deadline
                : null;
    const needsApproval = random() < 0.4;
    commitments.push({
      id: `c${i}`,
      party,
      response,
      kind: RESPONSE_KIND[response],
      title: `EXERCISE ${i}`,
      state: 'committed',
      quantity: 1 + Math.floor(random() * 5),
      unit: null,
      valueEur: null,
      pillar: 'guarantees',
      requirementRef: null,
      conditions,
      timeToEffectHours: pick([0, 6, 24, 50, 72, 168]),
      approvalDays: needsApproval ? pick([0.5, 1, 3, 7, 12]) : 0,
    });
    if (needsApproval)
      approvals.push({
        id: `a${i}`,
        commitmentId: `c${i}`,
        party,
        bodyName: 'Parliament',
        state: 'tabled',
        decidedAt: null,
      });
  }
  return { confirmedAt: T, commitments, approvals, events: [], requirements: [], horizonDays: 14 };
}

/** The definition, day by day: resolve on every day, in effect when binding and its lead time has passed. */
function naiveDaily(input: SimulationInput, factor: number): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  for (let day = 0; day <= input.horizonDays!; day++) {
    const granted: Record<string, 'approved'> = {};
    for (const c of input.commitments)
      if (Math.ceil(c.approvalDays * factor) <= day)
        for (const a of input.approvals) if (a.commitmentId === c.id) granted[a.id] = 'approved';
    const resolution = resolveConditions(input, {
      assumeEvents: { [ATTACK_EVENT]: true },
      approvals: granted,
      asOf: new Date(Date.parse(T) + day * DAY).toISOString(),
    });
    const available: Record<string, number> = {};
    for (const c of input.commitments) {
      const pending = input.approvals.some((a) => a.commitmentId === c.id);
      const lead = (pending ? c.approvalDays * factor : 0) * 24 + c.timeToEffectHours;
      if (resolution.get(c.id)!.binding && lead <= day * 24)
        available[c.response] = (available[c.response] ?? 0) + (c.quantity ?? 1);
    }
    out.push(available);
  }
  return out;
}

describe('simulate by segments', () => {
  it('gives the capability of resolving on every day, deadlines and slower parliaments included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(1, 2), (seed, factor) => {
        const input = workload(seed, 25);
        const result = simulate(input, { name: 'x', approvalDelayFactor: factor });
        expect(result.daily.map((d) => d.available)).toEqual(naiveDaily(input, factor));
      }),
      { numRuns: 60 },
    );
  });
});
