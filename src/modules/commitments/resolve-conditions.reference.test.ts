import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommitmentKind, CommitmentState, Condition, EffectiveState } from './commitments.model.js';
import {
  resolveConditions,
  type EngineCommitment,
  type ReasonNode,
  type ResolveInput,
  type WhatIf,
} from './resolve-conditions.js';

/**
 * The straightforward engine, kept as the reference the incremental one must equal: for each
 * mode, repeat full passes over every commitment, re-evaluating each tree and re-summing every
 * aggregate, until the set stops shrinking (the greatest fixpoint, by definition).
 */
type Mode = 'actual' | 'optimistic' | 'factual';
const LIVE = new Set<CommitmentState>(['announced', 'committed', 'approved', 'ready', 'active', 'fulfilled']);
const HAPPENING = new Set<CommitmentState>(['active', 'fulfilled']);

function reference(input: ResolveInput, w: WhatIf) {
  const excluded = new Set(w.excludeParties ?? []);
  const asOf = w.asOf ?? new Date().toISOString();
  const trees = input.commitments.map((c): Condition | null => {
    const extra = input.approvals
      .filter((a) => a.commitmentId === c.id && a.state !== 'not-needed')
      .map((a): Condition => ({ type: 'approval', approvalId: a.id }));
    if (extra.length === 0) return c.conditions;
    return { type: 'all', of: c.conditions ? [c.conditions, ...extra] : extra };
  });
  const truth = (cond: Condition, set: Set<string>, mode: Mode): boolean => {
    const members = input.commitments.filter((c) => set.has(c.id));
    const kindOk = (c: EngineCommitment, kind?: CommitmentKind) => kind === undefined || c.kind === kind;
    switch (cond.type) {
      case 'all':
        return cond.of.every((c) => truth(c, set, mode));
      case 'any':
        return cond.of.some((c) => truth(c, set, mode));
      case 'commitment':
        if (input.commitments.some((c) => c.id === cond.commitmentId)) return set.has(cond.commitmentId);
        if (w.assumeCommitments?.includes(cond.commitmentId)) return mode !== 'factual';
        return mode === 'optimistic';
      case 'party':
        if (excluded.has(cond.party)) return false;
        if (w.assumeParties?.includes(cond.party) && mode !== 'factual') return true;
        return mode === 'optimistic' || members.some((c) => c.party === cond.party && kindOk(c, cond.kind));
      case 'count': {
        const parties = new Set(
          members
            .filter((c) => kindOk(c, cond.kind) && (!cond.pillar || c.pillar === cond.pillar))
            .map((c) => c.party),
        );
        return mode === 'optimistic' || parties.size >= cond.atLeast;
      }
      case 'total': {
        const sum = members
          .filter((c) => kindOk(c, cond.kind) && (!cond.unit || c.unit === cond.unit))
          .filter((c) => !cond.pillar || c.pillar === cond.pillar)
          .filter((c) => !cond.requirementRef || c.requirementRef === cond.requirementRef)
          .reduce((a, c) => a + ((cond.measure === 'quantity' ? c.quantity : c.valueEur) ?? 0), 0);
        return mode === 'optimistic' || sum >= cond.atLeast - 1e-9;
      }
      case 'event': {
        const assumed = w.assumeEvents?.[cond.event];
        if (assumed === false) return false;
        if (input.events.find((e) => e.key === cond.event)?.happened) return true;
        return assumed === true ? mode !== 'factual' : mode === 'optimistic';
      }
      case 'approval': {
        const a = input.approvals.find((x) => x.id === cond.approvalId);
        if (!a) return mode === 'optimistic';
        const forced = w.approvals?.[a.id] ?? w.approvalsByParty?.[a.party];
        const state = forced ?? a.state;
        const assumed = forced === 'approved' && a.state !== 'approved';
        if (state === 'approved' || state === 'not-needed') return !(assumed && mode === 'factual');
        return state === 'rejected' ? false : mode === 'optimistic';
      }
      case 'deadline':
        return asOf <= cond.by;
    }
  };
  const fixpoint = (mode: Mode) => {
    let set = new Set(
      input.commitments.filter((c) => LIVE.has(c.state) && !excluded.has(c.party)).map((c) => c.id),
    );
    for (;;) {
      const next = new Set(
        input.commitments
          .filter(
            (c, i) => set.has(c.id) && (HAPPENING.has(c.state) || !trees[i] || truth(trees[i], set, mode)),
          )
          .map((c) => c.id),
      );
      if (next.size === set.size) return set;
      set = next;
    }
  };
  const [actual, optimistic, factual] = [fixpoint('actual'), fixpoint('optimistic'), fixpoint('factual')];
  const states = new Map<string, EffectiveState>(
    input.commitments.map((c) => [
      c.id,
      factual.has(c.id)
        ? 'firm'
        : actual.has(c.id)
          ? 'conditional-met'
          : optimistic.has(c.id)
            ? 'conditional-pending'
            : 'failed',
    ]),
  );
  /** The status tree of a condition, as the explanation must show it. */
  const statuses = (cond: Condition): unknown => {
    const status = truth(cond, actual, 'actual')
      ? 'met'
      : truth(cond, optimistic, 'optimistic')
        ? 'pending'
        : 'failed';
    return cond.type === 'all' || cond.type === 'any' ? [status, cond.of.map(statuses)] : status;
  };
  const explanations = new Map(input.commitments.map((c, i) => [c.id, trees[i] ? statuses(trees[i]) : null]));
  return { states, explanations };
}

const shape = (n: ReasonNode | null): unknown =>
  n === null ? null : n.children ? [n.status, n.children.map(shape)] : n.status;

// ---- random problems covering every leaf, lifecycle state and what-if ------------------------

const PARTIES = ['GBR', 'FRA', 'DEU', 'USA'];
const KINDS: CommitmentKind[] = ['unit', 'logistics', 'funding'];
const STATES: CommitmentState[] = ['announced', 'committed', 'committed', 'active', 'withdrawn'];

const arbInput = fc.integer({ min: 1, max: 8 }).chain((n) => {
  const ids = Array.from({ length: n + 1 }, (_, i) => `c${i}`); // c{n} is never recorded
  const aps = ['ap0', 'ap1', 'ap2', 'ghost'];
  const leaf: fc.Arbitrary<Condition> = fc.oneof(
    fc.constantFrom(...ids).map((id): Condition => ({ type: 'commitment', commitmentId: id })),
    fc
      .record({
        party: fc.constantFrom(...PARTIES),
        kind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
      })
      .map((r): Condition =>
        r.kind ? { type: 'party', party: r.party, kind: r.kind } : { type: 'party', party: r.party },
      ),
    fc
      .record({ atLeast: fc.integer({ min: 1, max: 4 }), kind: fc.constantFrom(...KINDS) })
      .map((r): Condition => ({ type: 'count', ...r })),
    fc
      .record({
        atLeast: fc.integer({ min: 0, max: 3000 }),
        measure: fc.constantFrom('quantity' as const, 'valueEur' as const),
      })
      .map((r): Condition => ({ type: 'total', unit: 'personnel', ...r })),
    fc
      .constantFrom('ceasefire-in-force', 'renewed-attack')
      .map((event): Condition => ({ type: 'event', event })),
    fc.constantFrom(...aps).map((approvalId): Condition => ({ type: 'approval', approvalId })),
    fc
      .constantFrom('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')
      .map((by): Condition => ({ type: 'deadline', by })),
  );
  const tree: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({
        type: fc.constantFrom('all' as const, 'any' as const),
        of: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
      }),
    ),
  })).node;
  const commitment = (id: string) =>
    fc
      .record({
        party: fc.constantFrom(...PARTIES),
        kind: fc.constantFrom(...KINDS),
        state: fc.constantFrom(...STATES),
        quantity: fc.integer({ min: 0, max: 1500 }),
        valueEur: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
        conditions: fc.option(tree, { nil: null }),
      })
      .map((r): EngineCommitment => ({
        id,
        title: id,
        unit: 'personnel',
        pillar: 'force',
        requirementRef: null,
        ...r,
      }));
  const whatIf: fc.Arbitrary<WhatIf> = fc.record(
    {
      excludeParties: fc.subarray(PARTIES),
      assumeEvents: fc.dictionary(fc.constantFrom('ceasefire-in-force', 'renewed-attack'), fc.boolean()),
      approvals: fc.dictionary(
        fc.constantFrom(...aps),
        fc.constantFrom('approved' as const, 'rejected' as const),
      ),
      approvalsByParty: fc.dictionary(
        fc.constantFrom(...PARTIES),
        fc.constantFrom('approved' as const, 'rejected' as const),
      ),
      assumeCommitments: fc.subarray([`c${n}`, 'c0']),
      assumeParties: fc.subarray(PARTIES),
      asOf: fc.constantFrom('2026-06-01T00:00:00.000Z'),
    },
    { requiredKeys: ['asOf'] },
  );
  return fc.record({
    input: fc.record({
      commitments: fc.tuple(...ids.slice(0, n).map(commitment)),
      approvals: fc.tuple(
        ...aps.slice(0, 3).map((id) =>
          fc
            .record({
              on: fc.constantFrom(...ids.slice(0, n)),
              state: fc.constantFrom(
                'not-needed' as const,
                'not-started' as const,
                'tabled' as const,
                'approved' as const,
                'rejected' as const,
              ),
            })
            .map((a) => ({
              id,
              commitmentId: a.on,
              party: 'GBR',
              bodyName: 'Parliament',
              state: a.state,
              decidedAt: null,
            })),
        ),
      ),
      events: fc
        .boolean()
        .map((happened) => [{ key: 'ceasefire-in-force', name: 'Ceasefire in force', happened, at: null }]),
    }),
    whatIf,
  });
});

describe('resolveConditions equals the straightforward full-pass engine', () => {
  it('gives every commitment the same effective state and the same explanation statuses', () => {
    fc.assert(
      fc.property(arbInput, ({ input, whatIf }) => {
        const fast = resolveConditions(input, whatIf);
        const ref = reference(input, whatIf);
        for (const c of input.commitments) {
          const r = fast.get(c.id)!;
          expect(r.state).toBe(ref.states.get(c.id));
          expect(shape(r.explanation)).toEqual(ref.explanations.get(c.id));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
