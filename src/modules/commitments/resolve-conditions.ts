import type {
  ApprovalState,
  CommitmentKind,
  CommitmentState,
  Condition,
  EffectiveState,
  Pillar,
} from './commitments.model.js';

/**
 * The conditions engine: pure, no database, safe to run in the browser (the what-if toggles of
 * the force board run it client-side).
 *
 * Semantics (assurance contracts, domain/commitments.md): conditions are positive (no
 * negation), so the set of binding commitments is the **greatest fixpoint** — start from every
 * live commitment, drop each one whose conditions are not met by the others still in the set,
 * repeat until nothing changes. Mutually conditional commitments ("UK deploys if France
 * deploys" and the reverse) therefore stay in the set and become binding together.
 *
 * Three fixpoints give the four effective states:
 * - *actual* (pending facts false, what-if assumptions true) → the binding set B;
 * - *optimistic* (pending facts true) → the set P that could still become binding;
 * - *factual* (as actual, but positive what-if assumptions false) → F ⊆ B.
 * `firm` = F; `conditional-met` = B \ F (met only thanks to an assumption);
 * `conditional-pending` = P \ B; `failed` = everything else. A commitment that is `active` or
 * `fulfilled` is happening: its conditions no longer gate it.
 */

/** A commitment as the engine sees it. */
export interface EngineCommitment {
  id: string;
  party: string;
  kind: CommitmentKind;
  title: string;
  state: CommitmentState;
  quantity: number | null;
  unit: string | null;
  valueEur: number | null;
  pillar: Pillar | null;
  requirementRef: string | null;
  conditions: Condition | null;
}

/** A domestic approval; every approval of a commitment not `not-needed` is an implicit condition. */
export interface EngineApproval {
  id: string;
  commitmentId: string;
  party: string;
  /** Name of the body, e.g. "Bundestag", "House of Commons". */
  bodyName: string;
  state: ApprovalState;
  decidedAt: string | null;
}

/** A recorded event that conditions can wait for. */
export interface EngineEvent {
  key: string;
  name: string;
  happened: boolean;
  at: string | null;
}

/** What-if options: exclude parties, assume events, force approval outcomes, assume a backstop. */
export interface WhatIf {
  /** Parties whose commitments are taken out (and whose participation is false). */
  excludeParties?: string[];
  /** Events assumed to have happened (`true`) or never to happen (`false`). */
  assumeEvents?: Record<string, boolean>;
  /** Outcomes forced per approval id. */
  approvals?: Record<string, 'approved' | 'rejected'>;
  /** Outcomes forced for every approval of a party ("parliament says no"). */
  approvalsByParty?: Record<string, 'approved' | 'rejected'>;
  /** Commitments assumed binding (e.g. a backstop not yet recorded or not visible). */
  assumeCommitments?: string[];
  /** Parties assumed to participate ("the backstop is given"). */
  assumeParties?: string[];
  /** Time at which deadlines are judged (ISO 8601 UTC); default now. */
  asOf?: string;
}

/** Status of one node of an explanation. */
export type ReasonStatus = 'met' | 'pending' | 'failed';

/** One node of the readable explanation of a commitment's conditions. */
export interface ReasonNode {
  status: ReasonStatus;
  /** Plain-language sentence, e.g. `Bundestag approval is tabled`. */
  text: string;
  /** The commitment a `commitment` leaf refers to, so that a reader can follow the chain. */
  commitmentId?: string;
  children?: ReasonNode[];
}

/** The resolved state of one commitment. */
export interface CommitmentResolution {
  id: string;
  state: EffectiveState;
  /** True when firm or conditional-met. */
  binding: boolean;
  /** The chain of reasons, from this commitment down to the root cause. */
  reasons: string[];
  /** The condition tree (with implicit approvals) evaluated, or null when unconditional. */
  explanation: ReasonNode | null;
}

/** Everything the engine needs. */
export interface ResolveInput {
  commitments: readonly EngineCommitment[];
  approvals: readonly EngineApproval[];
  events: readonly EngineEvent[];
}

type Mode = 'actual' | 'optimistic' | 'factual';
const LIVE: ReadonlySet<CommitmentState> = new Set([
  'announced',
  'committed',
  'approved',
  'ready',
  'active',
  'fulfilled',
]);
const HAPPENING: ReadonlySet<CommitmentState> = new Set(['active', 'fulfilled']);

/** Aggregate over members of the set matching a filter: parties with members, quantity, value. */
interface Aggregate {
  match: (c: EngineCommitment) => boolean;
  perParty: Map<string, number>;
  quantity: number;
  value: number;
}

function aggregateKey(leaf: Condition): string | null {
  switch (leaf.type) {
    case 'party':
      return `p|${leaf.party}|${leaf.kind ?? ''}`;
    case 'count':
      return `c|${leaf.kind ?? ''}|${leaf.pillar ?? ''}`;
    case 'total':
      return `t|${leaf.kind ?? ''}|${leaf.unit ?? ''}|${leaf.pillar ?? ''}|${leaf.requirementRef ?? ''}`;
    case 'all':
    case 'any':
    case 'commitment':
    case 'event':
    case 'approval':
    case 'deadline':
      return null;
  }
}

function aggregateMatcher(leaf: Condition): (c: EngineCommitment) => boolean {
  switch (leaf.type) {
    case 'party':
      return (c) => c.party === leaf.party && (leaf.kind === undefined || c.kind === leaf.kind);
    case 'count':
      return (c) =>
        (leaf.kind === undefined || c.kind === leaf.kind) &&
        (leaf.pillar === undefined || c.pillar === leaf.pillar);
    case 'total':
      return (c) =>
        (leaf.kind === undefined || c.kind === leaf.kind) &&
        (leaf.unit === undefined || c.unit === leaf.unit) &&
        (leaf.pillar === undefined || c.pillar === leaf.pillar) &&
        (leaf.requirementRef === undefined || c.requirementRef === leaf.requirementRef);
    case 'all':
    case 'any':
    case 'commitment':
    case 'event':
    case 'approval':
    case 'deadline':
      return () => false;
  }
}

function leavesOf(condition: Condition | null, out: Condition[] = []): Condition[] {
  if (!condition) return out;
  if (condition.type === 'all' || condition.type === 'any') for (const c of condition.of) leavesOf(c, out);
  else out.push(condition);
  return out;
}

/** Pre-computed indexes shared by the three fixpoints. */
class Problem {
  readonly byId = new Map<string, number>();
  readonly trees: (Condition | null)[];
  readonly approvalsById = new Map<string, EngineApproval>();
  readonly events = new Map<string, EngineEvent>();
  readonly aggregateKeys: string[] = [];
  readonly matchers: ((c: EngineCommitment) => boolean)[] = [];
  readonly keyIndex = new Map<string, number>();
  /** Aggregate index of each aggregate leaf, so that evaluation never rebuilds key strings. */
  readonly leafKey = new Map<Condition, number>();
  /** Whether an aggregate is a sum (any removal changes it) rather than a count of parties. */
  readonly isSum: boolean[] = [];
  /** For each commitment, the aggregates it counts towards. */
  readonly memberOf: number[][];
  /** For each aggregate, the commitments whose conditions read it. */
  readonly readers: number[][] = [];
  /** For each commitment, the commitments whose conditions name it. */
  readonly namedBy: number[][];
  readonly excluded: Set<string>;
  readonly asOf: string;

  constructor(
    readonly input: ResolveInput,
    readonly whatIf: WhatIf,
  ) {
    const list = input.commitments;
    list.forEach((c, i) => this.byId.set(c.id, i));
    for (const a of input.approvals) this.approvalsById.set(a.id, a);
    for (const e of input.events) this.events.set(e.key, e);
    this.excluded = new Set(whatIf.excludeParties ?? []);
    this.asOf = whatIf.asOf ?? new Date().toISOString();
    const implicit = new Map<string, Condition[]>();
    for (const a of input.approvals) {
      if (a.state === 'not-needed') continue;
      const arr = implicit.get(a.commitmentId) ?? [];
      arr.push({ type: 'approval', approvalId: a.id });
      implicit.set(a.commitmentId, arr);
    }
    this.trees = list.map((c) => {
      const extra = implicit.get(c.id) ?? [];
      if (extra.length === 0) return c.conditions;
      return { type: 'all', of: c.conditions ? [c.conditions, ...extra] : extra };
    });
    this.namedBy = list.map(() => []);
    const readerSets: Set<number>[] = [];
    this.trees.forEach((tree, i) => {
      for (const leaf of leavesOf(tree)) {
        if (leaf.type === 'commitment') {
          const j = this.byId.get(leaf.commitmentId);
          if (j !== undefined) this.namedBy[j]!.push(i);
          continue;
        }
        const key = aggregateKey(leaf);
        if (key === null) continue;
        let k = this.keyIndex.get(key);
        if (k === undefined) {
          k = this.aggregateKeys.length;
          this.keyIndex.set(key, k);
          this.aggregateKeys.push(key);
          this.matchers.push(aggregateMatcher(leaf));
          this.isSum.push(leaf.type === 'total');
          readerSets.push(new Set());
        }
        this.leafKey.set(leaf, k);
        readerSets[k]!.add(i);
      }
    });
    for (const s of readerSets) this.readers.push([...s]);
    this.memberOf = list.map((c) => {
      const keys: number[] = [];
      this.matchers.forEach((m, k) => {
        if (m(c)) keys.push(k);
      });
      return keys;
    });
  }

  /** Outcome of an approval after what-if overrides. */
  approvalState(a: EngineApproval): { state: ApprovalState; assumed: boolean } {
    const forced = this.whatIf.approvals?.[a.id] ?? this.whatIf.approvalsByParty?.[a.party];
    return forced
      ? { state: forced, assumed: forced === 'approved' && a.state !== 'approved' }
      : { state: a.state, assumed: false };
  }

  /** Whether the commitment can be in any set at all. */
  live(i: number): boolean {
    const c = this.input.commitments[i]!;
    return LIVE.has(c.state) && !this.excluded.has(c.party);
  }
}

/** One greatest-fixpoint run, with incremental aggregates and a worklist. */
class Fixpoint {
  readonly inSet: boolean[];
  readonly aggregates: Aggregate[];

  constructor(
    private readonly p: Problem,
    private readonly mode: Mode,
  ) {
    const n = p.input.commitments.length;
    this.inSet = Array.from({ length: n }, (_, i) => p.live(i));
    this.aggregates = p.matchers.map((match) => ({ match, perParty: new Map(), quantity: 0, value: 0 }));
    for (let i = 0; i < n; i++) if (this.inSet[i]) this.count(i, +1);
    const queue: number[] = [];
    const queued = new Uint8Array(n);
    for (let i = 0; i < n; i++)
      if (this.inSet[i]) {
        queue.push(i);
        queued[i] = 1;
      }
    while (queue.length > 0) {
      const i = queue.pop()!;
      queued[i] = 0;
      if (!this.inSet[i] || this.holds(i)) continue;
      this.inSet[i] = false;
      const changed = this.count(i, -1);
      const wake = (j: number) => {
        if (this.inSet[j] && !queued[j]) {
          queued[j] = 1;
          queue.push(j);
        }
      };
      for (const j of p.namedBy[i]!) wake(j);
      for (const k of changed) for (const j of p.readers[k]!) wake(j);
    }
  }

  /** Adds or removes a member; answers the aggregates whose readers may now read differently. */
  private count(i: number, delta: 1 | -1): number[] {
    const c = this.p.input.commitments[i]!;
    const changed: number[] = [];
    for (const k of this.p.memberOf[i]!) {
      const a = this.aggregates[k]!;
      const n = (a.perParty.get(c.party) ?? 0) + delta;
      if (n <= 0) a.perParty.delete(c.party);
      else a.perParty.set(c.party, n);
      a.quantity += delta * (c.quantity ?? 0);
      a.value += delta * (c.valueEur ?? 0);
      // Party counts change only when a party's last member leaves; sums change every time.
      if (this.p.isSum[k] || n <= 0) changed.push(k);
    }
    return changed;
  }

  private holds(i: number): boolean {
    const c = this.p.input.commitments[i]!;
    if (HAPPENING.has(c.state)) return true;
    const tree = this.p.trees[i];
    return tree ? this.truth(tree) : true;
  }

  /** Two-valued truth of a condition against the current set, in this run's mode. */
  truth(cond: Condition): boolean {
    const { p, mode } = this;
    switch (cond.type) {
      case 'all':
        return cond.of.every((c) => this.truth(c));
      case 'any':
        return cond.of.some((c) => this.truth(c));
      case 'commitment': {
        const j = p.byId.get(cond.commitmentId);
        if (j !== undefined) return this.inSet[j]!;
        if (p.whatIf.assumeCommitments?.includes(cond.commitmentId)) return mode !== 'factual';
        return mode === 'optimistic';
      }
      case 'party': {
        if (p.excluded.has(cond.party)) return false;
        if (p.whatIf.assumeParties?.includes(cond.party) && mode !== 'factual') return true;
        // More offers can always come: participation and thresholds never fail for lack of them.
        return mode === 'optimistic' || this.aggregate(cond).perParty.size > 0;
      }
      case 'count':
        return mode === 'optimistic' || this.aggregate(cond).perParty.size >= cond.atLeast;
      case 'total': {
        if (mode === 'optimistic') return true;
        const a = this.aggregate(cond);
        return (cond.measure === 'quantity' ? a.quantity : a.value) >= cond.atLeast - 1e-9;
      }
      case 'event': {
        const assumed = p.whatIf.assumeEvents?.[cond.event];
        const e = p.events.get(cond.event);
        if (assumed === false) return false;
        if (e?.happened) return true;
        if (assumed === true) return mode !== 'factual';
        return mode === 'optimistic';
      }
      case 'approval': {
        const a = p.approvalsById.get(cond.approvalId);
        if (!a) return mode === 'optimistic';
        const { state, assumed } = p.approvalState(a);
        if (state === 'approved' || state === 'not-needed') return !(assumed && mode === 'factual');
        if (state === 'rejected') return false;
        return mode === 'optimistic';
      }
      case 'deadline':
        return p.asOf <= cond.by;
    }
  }

  aggregate(leaf: Condition): Aggregate {
    return this.aggregates[this.p.leafKey.get(leaf)!]!;
  }
}

/**
 * Resolves every commitment's effective state with reasons.
 *
 * @example
 * const out = resolveConditions({ commitments, approvals, events }, { excludeParties: ['USA'] });
 * out.get('c-uk')?.state; // 'conditional-pending'
 */
export function resolveConditions(
  input: ResolveInput,
  whatIf: WhatIf = {},
): Map<string, CommitmentResolution> {
  const p = new Problem(input, whatIf);
  const actual = new Fixpoint(p, 'actual');
  const optimistic = new Fixpoint(p, 'optimistic');
  const factual = new Fixpoint(p, 'factual');
  const explainer = new Explainer(p, actual, optimistic);
  const states: EffectiveState[] = input.commitments.map((_, i) =>
    factual.inSet[i]
      ? 'firm'
      : actual.inSet[i]
        ? 'conditional-met'
        : optimistic.inSet[i]
          ? 'conditional-pending'
          : 'failed',
  );
  const out = new Map<string, CommitmentResolution>();
  input.commitments.forEach((c, i) => {
    const state = states[i]!;
    out.set(c.id, {
      id: c.id,
      state,
      binding: state === 'firm' || state === 'conditional-met',
      reasons: explainer.chain(i, states),
      explanation: p.trees[i] ? explainer.node(p.trees[i]) : null,
    });
  });
  return out;
}

// One formatter for the whole run: toLocaleString builds a new one per call (measured 100× slower).
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const fmtNumber = (n: number) => NUMBER.format(n);

/** Builds the readable explanations from the actual and optimistic fixpoints. */
class Explainer {
  constructor(
    private readonly p: Problem,
    private readonly actual: Fixpoint,
    private readonly optimistic: Fixpoint,
  ) {}

  private status(cond: Condition): ReasonStatus {
    if (this.actual.truth(cond)) return 'met';
    return this.optimistic.truth(cond) ? 'pending' : 'failed';
  }

  private name(i: number): string {
    const c = this.p.input.commitments[i]!;
    return `"${c.title}" (${c.party})`;
  }

  /** The explanation tree of a condition. */
  node(cond: Condition): ReasonNode {
    const status = this.status(cond);
    if (cond.type === 'all' || cond.type === 'any') {
      const children = cond.of.map((c) => this.node(c));
      const met = children.filter((c) => c.status === 'met').length;
      const text =
        cond.type === 'all'
          ? `all of ${children.length} conditions (${met} met)`
          : `any of ${children.length} conditions (${met} met)`;
      return { status, text, children };
    }
    return { status, text: this.leafText(cond, status), ...this.leafRef(cond) };
  }

  private leafRef(cond: Condition): { commitmentId?: string } {
    return cond.type === 'commitment' ? { commitmentId: cond.commitmentId } : {};
  }

  private leafText(cond: Condition, status: ReasonStatus): string {
    const p = this.p;
    switch (cond.type) {
      case 'all':
      case 'any':
        return '';
      case 'commitment': {
        const j = p.byId.get(cond.commitmentId);
        if (j === undefined) {
          if (p.whatIf.assumeCommitments?.includes(cond.commitmentId))
            return `commitment ${cond.commitmentId} is assumed binding (what-if)`;
          return `commitment ${cond.commitmentId} is not recorded or not releasable to you`;
        }
        const c = p.input.commitments[j]!;
        const word =
          status === 'met' ? 'is binding' : status === 'pending' ? 'is still pending' : 'has failed';
        if (p.excluded.has(c.party)) return `${this.name(j)} is excluded with ${c.party} (what-if)`;
        return `${this.name(j)} ${word}`;
      }
      case 'party': {
        const what = cond.kind ? `a ${cond.kind} commitment` : 'a commitment';
        if (p.excluded.has(cond.party)) return `${cond.party} participates — excluded (what-if)`;
        if (p.whatIf.assumeParties?.includes(cond.party) && status === 'met')
          return `${cond.party} participates — assumed (what-if)`;
        return `${cond.party} participates with ${what}: ${status === 'met' ? 'yes' : status === 'pending' ? 'not yet' : 'no'}`;
      }
      case 'count': {
        const have = this.actual.aggregate(cond).perParty.size;
        const scope = [cond.kind, cond.pillar].filter(Boolean).join(', ') || 'any kind';
        return `at least ${cond.atLeast} parties commit (${scope}): ${have} binding`;
      }
      case 'total': {
        const a = this.actual.aggregate(cond);
        const have = cond.measure === 'quantity' ? a.quantity : a.value;
        const unit = cond.measure === 'valueEur' ? 'EUR' : (cond.unit ?? 'units');
        const scope = [cond.kind, cond.requirementRef, cond.pillar].filter(Boolean).join(', ');
        return `total ${scope ? `(${scope}) ` : ''}reaches ${fmtNumber(cond.atLeast)} ${unit}: ${fmtNumber(have)} binding`;
      }
      case 'event': {
        const e = p.events.get(cond.event);
        const label = e?.name ?? cond.event;
        const assumed = p.whatIf.assumeEvents?.[cond.event];
        if (e?.happened) return `${label} has happened${e.at ? ` (${e.at.slice(0, 10)})` : ''}`;
        if (assumed === true) return `${label} — assumed to have happened (what-if)`;
        if (assumed === false) return `${label} — assumed never to happen (what-if)`;
        return `${label} has not happened yet`;
      }
      case 'approval': {
        const a = p.approvalsById.get(cond.approvalId);
        if (!a) return `approval ${cond.approvalId} is not recorded or not releasable to you`;
        const { state } = p.approvalState(a);
        const forced = state !== a.state ? ' (what-if)' : '';
        const when = state === a.state && a.decidedAt ? ` on ${a.decidedAt.slice(0, 10)}` : '';
        return `${a.bodyName} (${a.party}) approval ${state === 'not-started' ? 'not started' : `is ${state}`}${when}${forced}`;
      }
      case 'deadline':
        return p.asOf <= cond.by
          ? `the offer stands until ${cond.by.slice(0, 10)}`
          : `the deadline ${cond.by.slice(0, 10)} has passed`;
    }
  }

  /** The chain of reasons for commitment i, following the first blocking dependency. */
  chain(start: number, states: readonly EffectiveState[]): string[] {
    const out: string[] = [];
    const seen = new Set<number>();
    let i: number | undefined = start;
    while (i !== undefined && !seen.has(i) && out.length < 20) {
      seen.add(i);
      const [line, next] = this.step(i, states, seen);
      out.push(line);
      i = next;
    }
    return out;
  }

  private step(
    i: number,
    states: readonly EffectiveState[],
    seen: ReadonlySet<number>,
  ): [string, number | undefined] {
    const p = this.p;
    const c = p.input.commitments[i]!;
    const state = states[i]!;
    const who = this.name(i);
    if (!LIVE.has(c.state)) return [`${who} failed: it is ${c.state}`, undefined];
    if (p.excluded.has(c.party)) return [`${who} failed: ${c.party} is excluded (what-if)`, undefined];
    if (HAPPENING.has(c.state)) return [`${who} is firm: it is ${c.state}`, undefined];
    const tree = p.trees[i];
    if (!tree) return [`${who} is firm: it has no conditions`, undefined];
    if (state === 'firm' || state === 'conditional-met') {
      const how = state === 'firm' ? 'is firm' : 'is met only under what-if assumptions';
      return [`${who} ${how}: ${this.summary(tree, 'met')}`, undefined];
    }
    const wanted: ReasonStatus = state === 'failed' ? 'failed' : 'pending';
    // Follow a dependency not yet on the chain, so that a cycle leads on to its root cause.
    const blockers = this.blockers(tree, wanted);
    const blocker =
      blockers.find((b) => b.type !== 'commitment' || !seen.has(p.byId.get(b.commitmentId) ?? -1)) ??
      blockers[0];
    const word = state === 'failed' ? 'failed' : 'is pending';
    if (!blocker) return [`${who} ${word}`, undefined];
    const text = this.leafText(blocker, wanted);
    const next = blocker.type === 'commitment' ? p.byId.get(blocker.commitmentId) : undefined;
    return [`${who} ${word}: ${text}`, next];
  }

  private summary(tree: Condition, status: ReasonStatus): string {
    const leaves = leavesOf(tree).filter((l) => this.status(l) === status);
    return leaves.map((l) => this.leafText(l, status)).join('; ');
  }

  /** The leaves with the given status that give the tree that status, in order. */
  private blockers(cond: Condition, wanted: ReasonStatus, out: Condition[] = []): Condition[] {
    if (cond.type === 'all' || cond.type === 'any') {
      for (const c of cond.of) if (this.status(c) === wanted) this.blockers(c, wanted, out);
    } else if (this.status(cond) === wanted) out.push(cond);
    return out;
  }
}

/** Counts of each effective state, for summaries and the board. */
export function countStates(resolutions: Iterable<CommitmentResolution>): Record<EffectiveState, number> {
  const out: Record<EffectiveState, number> = {
    firm: 0,
    'conditional-met': 0,
    'conditional-pending': 0,
    failed: 0,
  };
  for (const r of resolutions) out[r.state]++;
  return out;
}
