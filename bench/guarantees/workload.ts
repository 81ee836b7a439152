import type { EngineApproval } from '../../src/modules/commitments/resolve-conditions.js';
import { seededRandom } from '../../src/modules/guarantees/goal.js';
import { RESPONSE_KIND, RESPONSE_TYPES } from '../../src/modules/guarantees/response-types.js';
import type { SimCommitment, SimulationInput } from '../../src/modules/guarantees/simulate.js';

/** 35 party codes of a generated (EXERCISE) coalition. */
export const PARTIES = Array.from({ length: 35 }, (_, i) =>
  i === 0 ? 'USA' : `P${String(i).padStart(2, '0')}`,
);

/**
 * A generated workload: `n` response commitments over 35 parties, about a third conditional
 * (on the US backstop, on a named commitment, or on a count of parties), a quarter waiting for
 * a parliament, from a fixed seed. Nothing here is a fact.
 */
export function simulationWorkload(n: number, seed = 42): SimulationInput {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const commitments: SimCommitment[] = [];
  const approvals: EngineApproval[] = [];
  for (let i = 0; i < n; i++) {
    const party = PARTIES[i % PARTIES.length]!;
    const response = pick(RESPONSE_TYPES);
    const roll = random();
    const conditions: SimCommitment['conditions'] =
      roll < 0.15
        ? { type: 'party', party: 'USA' }
        : roll < 0.25 && i > 0
          ? { type: 'commitment', commitmentId: `c${Math.floor(random() * i)}` }
          : roll < 0.33
            ? { type: 'count', atLeast: 10, kind: RESPONSE_KIND[response] }
            : null;
    const needsApproval = random() < 0.25;
    commitments.push({
      id: `c${i}`,
      party,
      response,
      kind: RESPONSE_KIND[response],
      title: `EXERCISE ${response} ${i}`,
      state: 'committed',
      quantity: 1 + Math.floor(random() * 10),
      unit: null,
      valueEur: null,
      pillar: 'guarantees',
      requirementRef: null,
      conditions,
      timeToEffectHours: pick([6, 24, 48, 72, 168, 336]),
      approvalDays: needsApproval ? pick([2, 5, 10, 21, 45]) : 0,
    });
    if (needsApproval) {
      approvals.push({
        id: `a${i}`,
        commitmentId: `c${i}`,
        party,
        bodyName: 'Parliament',
        state: 'tabled',
        decidedAt: null,
      });
    }
  }
  return {
    confirmedAt: '2026-12-01T00:00:00.000Z',
    commitments,
    approvals,
    events: [],
    requirements: RESPONSE_TYPES.map((response) => ({ response, quantity: n / 3, unit: 'units' })),
  };
}
