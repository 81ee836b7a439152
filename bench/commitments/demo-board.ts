/**
 * The EXERCISE demo board without a database: the lines and offers of the force scenario
 * (src/modules/force/force.exercise-*.ts), their commitments resolved by the conditions engine
 * as the loader records them (US backstop waiting for the ceasefire, mutual UK–France
 * conditions, the approvals as tabled). For benchmarks of the optimiser on the demo board.
 */
import type { Condition } from '../../src/modules/commitments/commitments.model.js';
import {
  resolveConditions,
  type EngineApproval,
  type EngineCommitment,
} from '../../src/modules/commitments/resolve-conditions.js';
import type { BoardLine, BoardOffer } from '../../src/modules/force/force-board.js';
import { LINES } from '../../src/modules/force/force.exercise-lines.js';
import { OFFERS } from '../../src/modules/force/force.exercise-offers.js';
import type { EffectiveState } from '../../src/modules/commitments/commitments.model.js';

/** Lines, offers and effective states of the demo board. */
export function demoBoard(): {
  lines: BoardLine[];
  offers: BoardOffer[];
  states: Map<string, EffectiveState>;
} {
  const lines: BoardLine[] = LINES.map((l) => ({ ...l, id: l.ref, decision: null }));
  const offers: BoardOffer[] = OFFERS.map((o) => ({
    id: o.key,
    commitmentId: o.key,
    party: o.party,
    unitName: o.unitName,
    lineId: o.line,
    serves: o.serves
      ? o.serves.map(([lineId, quantity]) => ({ lineId, quantity }))
      : [{ lineId: o.line, quantity: o.quantity }],
    noticeDays: o.noticeDays ?? null,
    readiness: 'registered',
    caveats: o.caveats ?? [],
  }));
  const commitments: EngineCommitment[] = [
    {
      id: 'us-backstop',
      party: 'USA',
      kind: 'intelligence',
      title: 'US backstop',
      state: 'announced',
      quantity: null,
      unit: null,
      valueEur: null,
      pillar: 'force',
      requirementRef: null,
      conditions: { type: 'event', event: 'ceasefire-in-force' },
    },
    ...OFFERS.map((o): EngineCommitment => {
      const named: Condition[] = (o.needs ?? []).map((k) => ({ type: 'commitment', commitmentId: k }));
      const own = o.conditions ? [o.conditions as Condition] : [];
      const all = [...own, ...named];
      return {
        id: o.key,
        party: o.party,
        kind: 'unit',
        title: o.unitName,
        state: o.state ?? 'announced',
        quantity: o.quantity,
        unit: null,
        valueEur: null,
        pillar: 'force',
        requirementRef: o.line,
        conditions: all.length === 0 ? null : all.length === 1 ? all[0]! : { type: 'all', of: all },
      };
    }),
  ];
  const approvals: EngineApproval[] = OFFERS.flatMap((o) =>
    (o.approvals ?? []).map((a, i) => ({
      id: `${o.key}-${i}`,
      commitmentId: o.key,
      party: o.party,
      bodyName: a.bodyName,
      state: a.state,
      decidedAt: null,
    })),
  );
  const resolution = resolveConditions({
    commitments,
    approvals,
    events: [{ key: 'ceasefire-in-force', name: 'Ceasefire in force', happened: false, at: null }],
  });
  return { lines, offers, states: new Map([...resolution].map(([id, r]) => [id, r.state])) };
}
