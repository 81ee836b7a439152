import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommitmentKind, Condition } from './commitments.model.js';
import {
  resolveConditions,
  type EngineApproval,
  type EngineCommitment,
  type EngineEvent,
  type ResolveInput,
} from './resolve-conditions.js';

function commitment(
  id: string,
  party: string,
  conditions: Condition | null = null,
  extra: Partial<EngineCommitment> = {},
): EngineCommitment {
  return {
    id,
    party,
    kind: 'unit',
    title: id,
    state: 'committed',
    quantity: null,
    unit: null,
    valueEur: null,
    pillar: 'force',
    requirementRef: null,
    conditions,
    ...extra,
  };
}
const needs = (id: string): Condition => ({ type: 'commitment', commitmentId: id });

describe('resolveConditions: the checks of issue 7', () => {
  it('makes mutually conditional commitments (A if B, B if A) firm together', () => {
    const out = resolveConditions({
      commitments: [commitment('A', 'GBR', needs('B')), commitment('B', 'FRA', needs('A'))],
      approvals: [],
      events: [],
    });
    expect(out.get('A')?.state).toBe('firm');
    expect(out.get('B')?.state).toBe('firm');
    expect(out.get('A')?.reasons[0]).toContain('"B" (FRA) is binding');
  });

  it('makes both pending once B also needs C and C is pending', () => {
    const c = commitment('C', 'DEU');
    const approvals: EngineApproval[] = [
      { id: 'bt', commitmentId: 'C', party: 'DEU', bodyName: 'Bundestag', state: 'tabled', decidedAt: null },
    ];
    const out = resolveConditions({
      commitments: [
        commitment('A', 'GBR', needs('B')),
        commitment('B', 'FRA', { type: 'all', of: [needs('A'), needs('C')] }),
        c,
      ],
      approvals,
      events: [],
    });
    expect(out.get('C')?.state).toBe('conditional-pending');
    expect(out.get('B')?.state).toBe('conditional-pending');
    expect(out.get('A')?.state).toBe('conditional-pending');
    expect(out.get('A')?.reasons).toEqual([
      '"A" (GBR) is pending: "B" (FRA) is still pending',
      '"B" (FRA) is pending: "C" (DEU) is still pending',
      '"C" (DEU) is pending: Bundestag (DEU) approval is tabled',
    ]);
  });

  it('fails a commitment whose parliament votes no, and everything that depends on it, with reasons', () => {
    const input: ResolveInput = {
      commitments: [
        commitment('uk-brigade', 'GBR', null, { title: 'UK armoured brigade' }),
        commitment('fr-brigade', 'FRA', needs('uk-brigade'), { title: 'French brigade' }),
        commitment('ee-company', 'EST', needs('fr-brigade'), { title: 'Estonian company' }),
        commitment('pl-hub', 'POL', null, { title: 'Polish logistics hub', kind: 'logistics' }),
      ],
      approvals: [
        {
          id: 'commons',
          commitmentId: 'uk-brigade',
          party: 'GBR',
          bodyName: 'House of Commons',
          state: 'rejected',
          decidedAt: '2026-03-02T18:00:00.000Z',
        },
      ],
      events: [],
    };
    const out = resolveConditions(input);
    expect(out.get('uk-brigade')?.state).toBe('failed');
    expect(out.get('fr-brigade')?.state).toBe('failed');
    expect(out.get('ee-company')?.state).toBe('failed');
    expect(out.get('pl-hub')?.state).toBe('firm');
    expect(out.get('ee-company')?.reasons).toEqual([
      '"Estonian company" (EST) failed: "French brigade" (FRA) has failed',
      '"French brigade" (FRA) failed: "UK armoured brigade" (GBR) has failed',
      '"UK armoured brigade" (GBR) failed: House of Commons (GBR) approval is rejected on 2026-03-02',
    ]);
    expect(out.get('uk-brigade')?.explanation).toMatchObject({ status: 'failed' });
  });
});

describe('resolveConditions: condition types and what-if', () => {
  const usBackstop = commitment('us', 'USA', null, { kind: 'intelligence', state: 'announced' });
  const nl = commitment('nl', 'NLD', { type: 'party', party: 'USA' });
  const events: EngineEvent[] = [
    { key: 'ceasefire-in-force', name: 'Ceasefire in force', happened: false, at: null },
  ];

  it('reads party participation, and what-if exclusion changes exactly what depends on it', () => {
    const base = resolveConditions({
      commitments: [usBackstop, nl, commitment('x', 'GBR')],
      approvals: [],
      events,
    });
    expect(base.get('nl')?.state).toBe('firm');
    const without = resolveConditions(
      { commitments: [usBackstop, nl, commitment('x', 'GBR')], approvals: [], events },
      { excludeParties: ['USA'] },
    );
    expect(without.get('nl')?.state).toBe('failed');
    expect(without.get('us')?.state).toBe('failed');
    expect(without.get('x')?.state).toBe('firm');
  });

  it('marks results that rest on an assumption as conditional-met', () => {
    const input = { commitments: [nl], approvals: [], events };
    expect(resolveConditions(input).get('nl')?.state).toBe('conditional-pending');
    expect(resolveConditions(input).get('nl')?.reasons[0]).toContain(
      'USA participates with a commitment: not yet',
    );
    const granted = resolveConditions(input, { assumeParties: ['USA'] }).get('nl');
    expect(granted?.state).toBe('conditional-met');
    expect(granted?.reasons[0]).toContain('assumed (what-if)');
  });

  it('waits for events, honours assumed events and forced approvals', () => {
    const onCeasefire = commitment('c1', 'CAN', { type: 'event', event: 'ceasefire-in-force' });
    const input: ResolveInput = {
      commitments: [onCeasefire],
      approvals: [
        {
          id: 'ap',
          commitmentId: 'c1',
          party: 'CAN',
          bodyName: 'Cabinet',
          state: 'approved',
          decidedAt: null,
        },
      ],
      events,
    };
    expect(resolveConditions(input).get('c1')?.state).toBe('conditional-pending');
    expect(resolveConditions(input, { assumeEvents: { 'ceasefire-in-force': true } }).get('c1')?.state).toBe(
      'conditional-met',
    );
    expect(resolveConditions(input, { assumeEvents: { 'ceasefire-in-force': false } }).get('c1')?.state).toBe(
      'failed',
    );
    const happened = {
      ...input,
      events: [{ ...events[0]!, happened: true, at: '2026-04-01T00:00:00.000Z' }],
    };
    expect(resolveConditions(happened).get('c1')?.state).toBe('firm');
    expect(resolveConditions(happened, { approvalsByParty: { CAN: 'rejected' } }).get('c1')?.state).toBe(
      'failed',
    );
  });

  it('counts parties and totals including the commitment itself (provision point)', () => {
    const three: Condition = { type: 'count', kind: 'unit', atLeast: 3 };
    const total: Condition = { type: 'total', measure: 'quantity', unit: 'personnel', atLeast: 10_000 };
    const q = (id: string, party: string, n: number, cond: Condition | null) =>
      commitment(id, party, cond, { quantity: n, unit: 'personnel' });
    const firm = resolveConditions({
      commitments: [q('a', 'GBR', 5000, three), q('b', 'FRA', 4000, three), q('c', 'EST', 1000, total)],
      approvals: [],
      events: [],
    });
    expect([...firm.values()].map((r) => r.state)).toEqual(['firm', 'firm', 'firm']);
    const short = resolveConditions({
      commitments: [q('a', 'GBR', 5000, three), q('b', 'FRA', 4000, three), q('c', 'EST', 900, total)],
      approvals: [],
      events: [],
    });
    // c does not reach 10,000 → leaves the set → only two parties left → a and b wait too;
    // more offers may still come, so nothing has failed.
    expect([...short.values()].map((r) => r.state)).toEqual([
      'conditional-pending',
      'conditional-pending',
      'conditional-pending',
    ]);
    expect(short.get('c')?.reasons[0]).toContain('reaches 10,000 personnel');
  });

  it('lets deadlines pass, and keeps active commitments firm whatever their conditions', () => {
    const late = commitment('late', 'ITA', { type: 'deadline', by: '2026-01-01T00:00:00.000Z' });
    const active = commitment('act', 'ITA', needs('nowhere'), { state: 'active' });
    const out = resolveConditions(
      { commitments: [late, active], approvals: [], events: [] },
      { asOf: '2026-02-01T00:00:00.000Z' },
    );
    expect(out.get('late')?.state).toBe('failed');
    expect(out.get('act')?.state).toBe('firm');
  });
});

// ---- properties -------------------------------------------------------------------------

const PARTIES = ['GBR', 'FRA', 'DEU', 'ITA', 'POL', 'USA'];
const KINDS: CommitmentKind[] = ['unit', 'logistics', 'funding'];
const APPROVAL_STATES = ['not-started', 'tabled', 'approved', 'rejected'] as const;

/** Random problems: commitments with condition trees over each other, approvals and an event. */
const arbProblem = fc.integer({ min: 1, max: 9 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `c${i}`);
  const leaf: fc.Arbitrary<Condition> = fc.oneof(
    fc.constantFrom(...ids).map((id): Condition => needs(id)),
    fc.constantFrom(...PARTIES).map((party): Condition => ({ type: 'party', party })),
    fc
      .record({ atLeast: fc.integer({ min: 1, max: 4 }), kind: fc.constantFrom(...KINDS) })
      .map((r): Condition => ({ type: 'count', ...r })),
    fc.constant<Condition>({ type: 'event', event: 'ceasefire-in-force' }),
  );
  const tree: fc.Arbitrary<Condition | null> = fc.option(
    fc.oneof(
      leaf,
      fc.record({
        type: fc.constantFrom('all' as const, 'any' as const),
        of: fc.array(leaf, { minLength: 1, maxLength: 3 }),
      }),
    ),
    { nil: null },
  );
  return fc
    .record({
      commitments: fc.tuple(
        ...ids.map((id) =>
          fc
            .record({ party: fc.constantFrom(...PARTIES), kind: fc.constantFrom(...KINDS), conditions: tree })
            .map((r) => commitment(id, r.party, r.conditions, { kind: r.kind })),
        ),
      ),
      approvals: fc.array(
        fc.record({ on: fc.constantFrom(...ids), state: fc.constantFrom(...APPROVAL_STATES) }),
        { maxLength: 4 },
      ),
      happened: fc.boolean(),
    })
    .map(({ commitments, approvals, happened }): ResolveInput => ({
      commitments,
      approvals: approvals.map((a, i) => ({
        id: `ap${i}`,
        commitmentId: a.on,
        party: commitments.find((c) => c.id === a.on)!.party,
        bodyName: 'Parliament',
        state: a.state,
        decidedAt: null,
      })),
      events: [{ key: 'ceasefire-in-force', name: 'Ceasefire in force', happened, at: null }],
    }));
});

const RANK = { failed: 0, 'conditional-pending': 1, 'conditional-met': 2, firm: 3 } as const;

describe('resolveConditions: properties', () => {
  it('granting a pending approval or an event never makes a firm commitment fail (monotonicity)', () => {
    fc.assert(
      fc.property(arbProblem, fc.nat(), (input, pick) => {
        const before = resolveConditions(input);
        const pending = input.approvals.filter((a) => a.state === 'tabled' || a.state === 'not-started');
        const granted: ResolveInput = {
          ...input,
          approvals: input.approvals.map((a, i) =>
            pending.length > 0 && a === pending[pick % pending.length]
              ? { ...input.approvals[i]!, state: 'approved' }
              : a,
          ),
          events: input.events.map((e) => ({ ...e, happened: true })),
        };
        const after = resolveConditions(granted);
        for (const [id, r] of before) {
          const now = after.get(id)!;
          if (r.state === 'firm') expect(now.state).toBe('firm');
          if (r.binding) expect(now.binding).toBe(true);
          if (r.state !== 'failed') expect(now.state).not.toBe('failed');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(arbProblem, fc.integer(), (input, seed) => {
        const shuffled = [...input.commitments].sort(
          (a, b) => ((a.id.charCodeAt(1) * seed) % 7) - ((b.id.charCodeAt(1) * seed) % 7),
        );
        const a = resolveConditions(input);
        const b = resolveConditions({
          ...input,
          commitments: shuffled,
          approvals: [...input.approvals].reverse(),
        });
        for (const [id, r] of a) expect(b.get(id)!.state).toBe(r.state);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a self-consistent binding set: each binding commitment is met by the set, and it is the largest', () => {
    fc.assert(
      fc.property(arbProblem, (input) => {
        const out = resolveConditions(input);
        // Adding any failed or pending commitment back to the binding set would not be consistent:
        // the engine's optimistic set contains the binding set.
        for (const r of out.values()) expect(RANK[r.state]).toBeGreaterThanOrEqual(0);
        const binding = input.commitments.filter((c) => out.get(c.id)!.binding);
        for (const c of binding) {
          if (c.conditions?.type === 'commitment')
            expect(out.get(c.conditions.commitmentId)?.binding).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
