import type { ApprovalState, CommitmentState, Condition } from './commitments.model.js';
import type {
  EngineApproval,
  EngineCommitment,
  EngineEvent,
  ResolveInput,
  WhatIf,
} from './resolve-conditions.types.js';

/**
 * Compiles a resolution problem once into flat, integer-indexed arrays that the three fixpoints
 * (conditions-fixpoint.ts) and the explanation (explain-conditions.ts) share.
 *
 * Every condition tree (with each commitment's implicit approvals) becomes nodes numbered in
 * pre-order, so a node's subtree is the id range `[x, subtreeEnd[x])` and its children sit
 * contiguously in `children`. Leaves that read the set point at a commitment or an
 * *aggregate* (a running count or sum over the set); every other leaf is fixed per mode.
 */

/** Which of the three fixpoints runs: see resolve-conditions.ts. */
export type Mode = 0 | 1 | 2;
/** Pending facts false, what-if assumptions true: the binding set. */
export const ACTUAL: Mode = 0;
/** Pending facts true: what could still become binding. */
export const OPTIMISTIC: Mode = 1;
/** As actual, but positive what-if assumptions false: binding on recorded facts. */
export const FACTUAL: Mode = 2;

/** Node kinds. */
export const ALL = 0;
export const ANY = 1;
/** A `commitment` leaf naming a recorded commitment: true while it is in the set. */
export const NAMED = 2;
/** A `party`, `count` or `total` leaf: true while its aggregate reaches the threshold. */
export const AGGREGATE = 3;
/** Any other leaf: its truth depends only on the mode (`leafMode`). */
export const FIXED = 4;

/** Per leaf and mode: false, true, or read from the set. */
export const F = 0;
export const T = 1;
export const DYNAMIC = 2;

/** Packs a leaf's truth in the actual, optimistic and factual modes into one number. */
export const modes = (actual: number, optimistic: number, factual: number): number =>
  actual | (optimistic << 2) | (factual << 4);
/** A leaf's truth in one mode: F, T or DYNAMIC. */
export const modeOf = (packed: number, mode: Mode): number => (packed >> (2 * mode)) & 3;

/** What an aggregate measures over the set. */
export const MEMBERS = 0;
export const PARTIES = 1;
export const QUANTITY = 2;
export const VALUE = 3;

// Tolerance of the threshold comparison, so that sums of decimals reach round thresholds.
export const EPSILON = 1e-9;

/** Lifecycle states in which a commitment can be binding. */
export const LIVE: ReadonlySet<CommitmentState> = new Set([
  'announced',
  'committed',
  'approved',
  'ready',
  'active',
  'fulfilled',
]);
const HAPPENING: ReadonlySet<CommitmentState> = new Set(['active', 'fulfilled']);

/** Leaf types that read an aggregate. */
type AggregateLeaf = Extract<Condition, { type: 'party' | 'count' | 'total' }>;

/** An aggregate and the filter of the commitments it counts. */
interface AggregateSpec {
  measure: number;
  leaf: AggregateLeaf;
}

function aggregateKey(leaf: AggregateLeaf): string {
  switch (leaf.type) {
    case 'party':
      return `p|${leaf.party}|${leaf.kind ?? ''}`;
    case 'count':
      return `c|${leaf.kind ?? ''}|${leaf.pillar ?? ''}`;
    case 'total':
      return `${leaf.measure}|${leaf.kind ?? ''}|${leaf.unit ?? ''}|${leaf.pillar ?? ''}|${leaf.requirementRef ?? ''}`;
  }
}

function counts(leaf: AggregateLeaf, c: EngineCommitment): boolean {
  switch (leaf.type) {
    case 'party':
      return c.party === leaf.party && (leaf.kind === undefined || c.kind === leaf.kind);
    case 'count':
      return (
        (leaf.kind === undefined || c.kind === leaf.kind) &&
        (leaf.pillar === undefined || c.pillar === leaf.pillar)
      );
    case 'total':
      return (
        (leaf.kind === undefined || c.kind === leaf.kind) &&
        (leaf.unit === undefined || c.unit === leaf.unit) &&
        (leaf.pillar === undefined || c.pillar === leaf.pillar) &&
        (leaf.requirementRef === undefined || c.requirementRef === leaf.requirementRef)
      );
  }
}

/** The compiled problem: indexes over commitments, condition nodes and aggregates. */
export class CompiledProblem {
  readonly n: number;
  readonly commitments: readonly EngineCommitment[];
  readonly byId = new Map<string, number>();
  readonly approvalsById = new Map<string, EngineApproval>();
  readonly events = new Map<string, EngineEvent>();
  /** The what-if options this problem was compiled with. */
  readonly whatIf: WhatIf;
  readonly excluded: ReadonlySet<string>;
  readonly assumedCommitments: ReadonlySet<string>;
  readonly assumedParties: ReadonlySet<string>;
  readonly asOf: string;

  /** Per commitment: 1 when it can be in a set at all (live and not excluded). */
  readonly live: Uint8Array;
  /** Per commitment: 1 when active or fulfilled (its conditions no longer gate it). */
  readonly happening: Uint8Array;
  /** Per commitment: its root node, or -1 when unconditional. */
  readonly root: Int32Array;
  /** Per commitment: index of its party (for distinct-party counts). */
  readonly partyOf: Int32Array;
  readonly partyCount: number;

  /** Per node: the condition it stands for. */
  readonly cond: Condition[] = [];
  /** Per node: ALL, ANY, NAMED, AGGREGATE or FIXED. */
  readonly nodeKind: number[] = [];
  /** Per node: its parent, or -1 for a root. */
  readonly parent: number[] = [];
  /** Per node: the commitment whose tree it belongs to. */
  readonly owner: number[] = [];
  /** Per node: end (exclusive) of its pre-order subtree. */
  readonly subtreeEnd: number[] = [];
  /** Per node: its children are `children[childStart[x] .. childStart[x] + childCount[x])`. */
  readonly childStart: number[] = [];
  readonly childCount: number[] = [];
  readonly children: number[] = [];
  /** Per node: the commitment (NAMED) or aggregate (AGGREGATE) it reads, else -1. */
  readonly target: number[] = [];
  /** Per node: the threshold an AGGREGATE leaf compares with. */
  readonly threshold: number[] = [];
  /** Per node: F, T or DYNAMIC in each mode, packed by `modes` (read with `modeOf`). */
  readonly leafMode: number[] = [];

  /** Per aggregate: MEMBERS, PARTIES, QUANTITY or VALUE. */
  readonly measure: number[] = [];
  /** Per aggregate: its leaves, by threshold from highest to lowest (they fail in that order). */
  readonly readers: number[][] = [];
  /** Per commitment: the aggregates it counts towards. */
  readonly memberOf: number[][];
  /** Per commitment: the NAMED leaves that name it. */
  readonly namedBy: number[][];

  constructor(input: ResolveInput, whatIf: WhatIf) {
    const list = input.commitments;
    const n = list.length;
    this.n = n;
    this.commitments = list;
    for (let i = 0; i < n; i++) this.byId.set(list[i]!.id, i);
    for (const a of input.approvals) this.approvalsById.set(a.id, a);
    for (const e of input.events) this.events.set(e.key, e);
    this.excluded = new Set(whatIf.excludeParties ?? []);
    this.assumedCommitments = new Set(whatIf.assumeCommitments ?? []);
    this.assumedParties = new Set(whatIf.assumeParties ?? []);
    this.asOf = whatIf.asOf ?? new Date().toISOString();
    this.whatIf = whatIf;

    this.live = new Uint8Array(n);
    this.happening = new Uint8Array(n);
    this.partyOf = new Int32Array(n);
    const parties = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const c = list[i]!;
      this.live[i] = LIVE.has(c.state) && !this.excluded.has(c.party) ? 1 : 0;
      this.happening[i] = HAPPENING.has(c.state) ? 1 : 0;
      let p = parties.get(c.party);
      if (p === undefined) parties.set(c.party, (p = parties.size));
      this.partyOf[i] = p;
    }
    this.partyCount = parties.size;

    const implicit = new Map<string, Condition[]>();
    for (const a of input.approvals) {
      if (a.state === 'not-needed') continue;
      const arr = implicit.get(a.commitmentId);
      const leaf: Condition = { type: 'approval', approvalId: a.id };
      if (arr) arr.push(leaf);
      else implicit.set(a.commitmentId, [leaf]);
    }
    this.namedBy = Array.from({ length: n }, () => []);
    this.root = new Int32Array(n);
    const specs: AggregateSpec[] = [];
    const keyIndex = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const c = list[i]!;
      const extra = implicit.get(c.id);
      const tree: Condition | null = extra
        ? { type: 'all', of: c.conditions ? [c.conditions, ...extra] : extra }
        : c.conditions;
      this.root[i] = tree ? this.compile(tree, -1, i, specs, keyIndex) : -1;
    }

    // Membership: test each commitment only against aggregates that can match it — party
    // aggregates are looked up by party, so the cost does not grow with the number of parties.
    const byParty = new Map<string, number[]>();
    const general: number[] = [];
    specs.forEach((s, k) => {
      if (s.leaf.type !== 'party') general.push(k);
      else {
        const arr = byParty.get(s.leaf.party);
        if (arr) arr.push(k);
        else byParty.set(s.leaf.party, [k]);
      }
    });
    this.memberOf = new Array<number[]>(n);
    for (let i = 0; i < n; i++) {
      const c = list[i]!;
      const keys: number[] = [];
      for (const k of byParty.get(c.party) ?? []) if (counts(specs[k]!.leaf, c)) keys.push(k);
      for (const k of general) if (counts(specs[k]!.leaf, c)) keys.push(k);
      this.memberOf[i] = keys;
    }
    for (const r of this.readers) r.sort((a, b) => this.threshold[b]! - this.threshold[a]!);
  }

  /** Outcome of an approval after what-if overrides. */
  approvalState(a: EngineApproval): { state: ApprovalState; assumed: boolean } {
    const forced = this.whatIf.approvals?.[a.id] ?? this.whatIf.approvalsByParty?.[a.party];
    return forced
      ? { state: forced, assumed: forced === 'approved' && a.state !== 'approved' }
      : { state: a.state, assumed: false };
  }

  /** Numbers the node of `cond` and its subtree in pre-order; answers its id. */
  private compile(
    cond: Condition,
    parent: number,
    owner: number,
    specs: AggregateSpec[],
    keyIndex: Map<string, number>,
  ): number {
    const x = this.cond.length;
    this.cond.push(cond);
    this.parent.push(parent);
    this.owner.push(owner);
    this.subtreeEnd.push(x + 1);
    this.childStart.push(0);
    this.childCount.push(0);
    this.target.push(-1);
    this.threshold.push(0);
    if (cond.type === 'all' || cond.type === 'any') {
      this.nodeKind.push(cond.type === 'all' ? ALL : ANY);
      this.leafMode.push(modes(DYNAMIC, DYNAMIC, DYNAMIC));
      // Reserve the children's slots first, so that they sit together after the subtrees.
      const start = this.children.length;
      const len = cond.of.length;
      this.childStart[x] = start;
      this.childCount[x] = len;
      for (let c = 0; c < len; c++) this.children.push(-1);
      for (let c = 0; c < len; c++)
        this.children[start + c] = this.compile(cond.of[c]!, x, owner, specs, keyIndex);
      this.subtreeEnd[x] = this.cond.length;
      return x;
    }
    if (cond.type === 'commitment') {
      const j = this.byId.get(cond.commitmentId);
      if (j !== undefined) {
        this.nodeKind.push(NAMED);
        this.target[x] = j;
        this.namedBy[j]!.push(x);
        this.leafMode.push(modes(DYNAMIC, DYNAMIC, DYNAMIC));
      } else {
        this.nodeKind.push(FIXED);
        if (this.assumedCommitments.has(cond.commitmentId)) this.leafMode.push(modes(T, T, F));
        else this.leafMode.push(modes(F, T, F));
      }
      return x;
    }
    if (cond.type === 'party' || cond.type === 'count' || cond.type === 'total') {
      const key = aggregateKey(cond);
      let k = keyIndex.get(key);
      if (k === undefined) {
        k = specs.length;
        keyIndex.set(key, k);
        const measure =
          cond.type === 'party'
            ? MEMBERS
            : cond.type === 'count'
              ? PARTIES
              : cond.measure === 'quantity'
                ? QUANTITY
                : VALUE;
        specs.push({ measure, leaf: cond });
        this.measure.push(measure);
        this.readers.push([]);
      }
      this.nodeKind.push(AGGREGATE);
      this.target[x] = k;
      this.threshold[x] = cond.type === 'party' ? 1 : cond.atLeast;
      this.readers[k]!.push(x);
      // More offers can always come: participation and thresholds never fail for lack of them.
      if (cond.type === 'party' && this.excluded.has(cond.party)) this.leafMode.push(modes(F, F, F));
      else if (cond.type === 'party' && this.assumedParties.has(cond.party))
        this.leafMode.push(modes(T, T, DYNAMIC));
      else this.leafMode.push(modes(DYNAMIC, T, DYNAMIC));
      return x;
    }
    this.nodeKind.push(FIXED);
    this.leafMode.push(this.fixedModes(cond));
    return x;
  }

  /** Truth of an event, approval or deadline leaf in the actual, optimistic and factual modes. */
  private fixedModes(cond: Extract<Condition, { type: 'event' | 'approval' | 'deadline' }>): number {
    switch (cond.type) {
      case 'event': {
        const assumed = this.whatIf.assumeEvents?.[cond.event];
        if (assumed === false) return modes(F, F, F);
        if (this.events.get(cond.event)?.happened) return modes(T, T, T);
        return assumed === true ? modes(T, T, F) : modes(F, T, F);
      }
      case 'approval': {
        const a = this.approvalsById.get(cond.approvalId);
        if (!a) return modes(F, T, F);
        const { state, assumed } = this.approvalState(a);
        if (state === 'approved' || state === 'not-needed') return assumed ? modes(T, T, F) : modes(T, T, T);
        if (state === 'rejected') return modes(F, F, F);
        return modes(F, T, F);
      }
      case 'deadline':
        return this.asOf <= cond.by ? modes(T, T, T) : modes(F, F, F);
    }
  }
}
