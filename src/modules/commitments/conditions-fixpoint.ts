import {
  ALL,
  DYNAMIC,
  EPSILON,
  MEMBERS,
  NAMED,
  PARTIES,
  QUANTITY,
  T,
  VALUE,
  modeOf,
  type CompiledProblem,
  type Mode,
} from './compile-conditions.js';

/**
 * One greatest-fixpoint run over a compiled problem (compile-conditions.ts).
 *
 * Conditions are positive, so as commitments leave the set every leaf can only turn from true
 * to false. The run therefore keeps, instead of re-evaluating trees:
 * - per node, whether it is true and how many of its children are true, so a leaf turning
 *   false walks up only as far as it changes something;
 * - per aggregate (party participation, distinct parties, quantity and value totals), a running
 *   value, and its reading leaves sorted by threshold with a cursor: a removal fails exactly
 *   the leaves whose threshold the value drops below;
 * - a stack of commitments whose tree turned false, removed one at a time.
 * Each node and each reader is touched a bounded number of times: O(size of all trees +
 * memberships + readers × log readers) per run, with no allocation in the loop.
 */
export class Fixpoint {
  /** Per commitment: 1 when in this run's set at the end. */
  readonly inSet: Uint8Array;
  /** Per node: 1 when true against the final set. */
  readonly nodeTrue: Uint8Array;
  /** Per aggregate: its value over the final set (members, distinct parties, or a sum). */
  readonly aggValue: Float64Array;

  private readonly trueCount: Int32Array;
  private readonly cursor: Int32Array;
  /** Per aggregate measuring distinct parties: members per party, at `partySlot[k] + party`. */
  private readonly partyMembers: Int32Array;
  private readonly partySlot: Int32Array;
  private readonly stack: Int32Array;
  private top = 0;

  constructor(
    private readonly p: CompiledProblem,
    private readonly mode: Mode,
  ) {
    const n = p.n;
    const nodes = p.cond.length;
    const aggs = p.measure.length;
    this.inSet = new Uint8Array(n);
    this.nodeTrue = new Uint8Array(nodes);
    this.trueCount = new Int32Array(nodes);
    this.aggValue = new Float64Array(aggs);
    this.cursor = new Int32Array(aggs);
    this.partySlot = new Int32Array(aggs);
    let slots = 0;
    for (let k = 0; k < aggs; k++)
      if (p.measure[k] === PARTIES) {
        this.partySlot[k] = slots;
        slots += p.partyCount;
      }
    this.partyMembers = new Int32Array(slots);
    this.stack = new Int32Array(n);

    for (let i = 0; i < n; i++)
      if (p.live[i]) {
        this.inSet[i] = 1;
        this.count(i, 1);
      }
    this.initialiseNodes();
    for (let k = 0; k < aggs; k++) {
      const readers = p.readers[k]!;
      const value = this.aggValue[k]!;
      let at = 0;
      while (at < readers.length && value < p.threshold[readers[at]!]! - EPSILON) at++;
      this.cursor[k] = at;
    }
    for (let i = 0; i < n; i++) {
      const r = p.root[i]!;
      if (this.inSet[i] && r >= 0 && !this.nodeTrue[r] && !p.happening[i]) this.stack[this.top++] = i;
    }
    while (this.top > 0) this.remove(this.stack[--this.top]!);
  }

  /** Leaves from the initial set, then internal nodes bottom-up (children have larger ids). */
  private initialiseNodes(): void {
    const { p, mode } = this;
    const nodes = p.cond.length;
    for (let x = nodes - 1; x >= 0; x--) {
      const kind = p.nodeKind[x]!;
      if (kind <= 1) {
        const start = p.childStart[x]!;
        const len = p.childCount[x]!;
        let trues = 0;
        for (let c = start; c < start + len; c++) trues += this.nodeTrue[p.children[c]!]!;
        this.trueCount[x] = trues;
        this.nodeTrue[x] = (kind === ALL ? trues === len : trues > 0) ? 1 : 0;
        continue;
      }
      const fixed = modeOf(p.leafMode[x]!, mode);
      if (fixed !== DYNAMIC) this.nodeTrue[x] = fixed === T ? 1 : 0;
      else if (kind === NAMED) this.nodeTrue[x] = this.inSet[p.target[x]!]!;
      else this.nodeTrue[x] = this.aggValue[p.target[x]!]! >= p.threshold[x]! - EPSILON ? 1 : 0;
    }
  }

  /** Adds (+1) or removes (-1) commitment i from every aggregate it counts towards. */
  private count(i: number, delta: 1 | -1): void {
    const p = this.p;
    const c = p.commitments[i]!;
    const keys = p.memberOf[i]!;
    for (let m = 0; m < keys.length; m++) {
      const k = keys[m]!;
      switch (p.measure[k]!) {
        case MEMBERS:
          this.aggValue[k]! += delta;
          break;
        case PARTIES: {
          const slot = this.partySlot[k]! + p.partyOf[i]!;
          const before = this.partyMembers[slot]!;
          this.partyMembers[slot] = before + delta;
          // A party counts once, however many commitments it has.
          if (delta > 0 ? before === 0 : before === 1) this.aggValue[k]! += delta;
          break;
        }
        case QUANTITY:
          this.aggValue[k]! += delta * (c.quantity ?? 0);
          break;
        case VALUE:
          this.aggValue[k]! += delta * (c.valueEur ?? 0);
          break;
      }
    }
  }

  /** Takes commitment i out of the set and fails every leaf that read it. */
  private remove(i: number): void {
    const p = this.p;
    if (!this.inSet[i]) return;
    this.inSet[i] = 0;
    const named = p.namedBy[i]!;
    for (let m = 0; m < named.length; m++) {
      const x = named[m]!;
      if (this.nodeTrue[x]) this.falsify(x);
    }
    this.count(i, -1);
    const keys = p.memberOf[i]!;
    for (let m = 0; m < keys.length; m++) {
      const k = keys[m]!;
      const readers = p.readers[k]!;
      const value = this.aggValue[k]!;
      let at = this.cursor[k]!;
      while (at < readers.length && value < p.threshold[readers[at]!]! - EPSILON) {
        const x = readers[at++]!;
        if (this.nodeTrue[x] && modeOf(p.leafMode[x]!, this.mode) === DYNAMIC) this.falsify(x);
      }
      this.cursor[k] = at;
    }
  }

  /** Node x turns false: update its ancestors; a root turning false queues its commitment. */
  private falsify(x: number): void {
    const p = this.p;
    this.nodeTrue[x] = 0;
    for (;;) {
      const up = p.parent[x]!;
      if (up < 0) {
        const owner = p.owner[x]!;
        if (this.inSet[owner] && !p.happening[owner]) this.stack[this.top++] = owner;
        return;
      }
      this.trueCount[up]!--;
      if (!this.nodeTrue[up]) return;
      // An `all` fails with its first false child, an `any` with its last true one.
      if (p.nodeKind[up] === ALL || this.trueCount[up] === 0) {
        this.nodeTrue[up] = 0;
        x = up;
      } else return;
    }
  }
}
