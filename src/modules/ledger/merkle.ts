import { createHash, hash as oneShotHash } from 'node:crypto';

/**
 * RFC 9162 §2 Merkle tree hashing over SHA-256, and the shapes of the tree that stored
 * levels and proofs are built from. Pure: no I/O. Sizes and indexes are JS numbers up to
 * 2^53, so bit arithmetic is done with division rather than 32-bit operators.
 */

/** Length in bytes of every hash in the tree (SHA-256). */
export const HASH_SIZE = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** MTH({}) = SHA-256 of the empty string: the root of the empty tree. */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/** RFC 9162 §2.1.1: leaf hash = SHA-256(0x00 ‖ data). */
export function hashLeaf(data: Uint8Array): Buffer {
  // One-shot crypto.hash (Node ≥ 20.12) skips the Hash object: about twice createHash's rate
  // on inputs this small, which keeps appends above half the raw createHash rate.
  return oneShotHash('sha256', Buffer.concat([LEAF_PREFIX, data]), 'buffer');
}

/** RFC 9162 §2.1.1: interior node hash = SHA-256(0x01 ‖ left ‖ right). */
export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  return oneShotHash('sha256', Buffer.concat([NODE_PREFIX, left, right]), 'buffer');
}

/**
 * A complete subtree of the log: `level` 0 is a leaf; the node at (level, index) covers the
 * leaves `[index · 2^level, (index + 1) · 2^level)`. Only complete subtrees are stored.
 */
export interface NodeId {
  level: number;
  index: number;
}

/**
 * Interior levels the log stores: every fourth (4, 8, 12…). A node of a level between is
 * recomputed from its at most 2^3 descendants at the stored level below (or the leaves):
 * appends write one node row per 15 leaves instead of one per leaf, and a proof reads at most
 * eight hashes where it read one.
 */
export const STORED_LEVEL_STRIDE = 4;

/** True when nodes of `level` are stored (the leaves, level 0, always are). */
export function isStoredLevel(level: number): boolean {
  return level % STORED_LEVEL_STRIDE === 0;
}

/** Consecutive nodes `[start, end)` of one level. */
export interface NodeRange {
  level: number;
  start: number;
  end: number;
}

/** The stored nodes a node is computed from: itself when its level is stored, else its descendants at the stored level below. */
export function storedBase(id: NodeId): NodeRange {
  const drop = id.level % STORED_LEVEL_STRIDE;
  const width = 2 ** drop;
  return { level: id.level - drop, start: id.index * width, end: (id.index + 1) * width };
}

/** Stable text key of a node, for maps. */
export function nodeKey(id: NodeId): string {
  return `${id.level}:${id.index}`;
}

/** The largest power of two strictly smaller than n (n ≥ 2): RFC 9162's split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The complete subtrees that make up the leaf range `[start, end)`, left to right, taking the
 * largest aligned subtree first. For the ranges that occur in RFC 9162 trees (a start aligned
 * to the range's highest power of two) their right fold (`foldRange`) is MTH of the range.
 */
export function rangeNodes(start: number, end: number): NodeId[] {
  const nodes: NodeId[] = [];
  let at = start;
  while (at < end) {
    let level = 0;
    let width = 1;
    while (at % (width * 2) === 0 && at + width * 2 <= end) {
      width *= 2;
      level += 1;
    }
    nodes.push({ level, index: at / width });
    at += width;
  }
  return nodes;
}

/** MTH of a range from its complete subtrees, left to right (right fold of `hashChildren`). */
export function foldRange(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 0) return EMPTY_ROOT;
  let acc = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(hashes[i]!, acc);
  return acc;
}

/** The nodes whose fold is the root of a tree of `size` leaves (its right edge, "frontier"). */
export function rootNodes(size: number): NodeId[] {
  return rangeNodes(0, size);
}

/** A proof to assemble: each element is a leaf range whose MTH is one proof hash. */
export type ProofPlan = NodeId[][];

/** RFC 9162 §2.1.3.1 PATH(m, D[n]) as ranges: the audit path of leaf `index` in a tree of `size`. */
export function planInclusion(index: number, size: number): ProofPlan {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    throw new RangeError(`leaf index ${index} is not in a tree of ${size} leaves`);
  }
  const plan: ProofPlan = [];
  let lo = 0;
  let hi = size;
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (index < lo + k) {
      plan.push(rangeNodes(lo + k, hi));
      hi = lo + k;
    } else {
      plan.push(rangeNodes(lo, lo + k));
      lo += k;
    }
  }
  return plan.reverse();
}

/**
 * RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true) as ranges: proves the first
 * `from` leaves unchanged in the tree of `to`. Empty when from = to; from must be ≥ 1.
 */
export function planConsistency(from: number, to: number): ProofPlan {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 1 || from > to) {
    throw new RangeError(`no consistency proof from ${from} to ${to} leaves`);
  }
  const plan: ProofPlan = [];
  let lo = 0;
  let hi = to;
  let m = from;
  let complete = true;
  while (m !== hi - lo) {
    const k = splitPoint(hi - lo);
    if (m <= k) {
      plan.push(rangeNodes(lo + k, hi));
      hi = lo + k;
    } else {
      plan.push(rangeNodes(lo, lo + k));
      lo += k;
      m -= k;
      complete = false;
    }
  }
  if (!complete) plan.push(rangeNodes(lo, hi));
  return plan.reverse();
}

/** Every distinct node a plan reads (O(log n) of them: the ranges share the right edge). */
export function planNodes(plan: ProofPlan): NodeId[] {
  const seen = new Map<string, NodeId>();
  for (const range of plan) for (const id of range) seen.set(nodeKey(id), id);
  return [...seen.values()];
}

/** Turns a plan into proof hashes, given the hash of each node it names. */
export function assembleProof(plan: ProofPlan, hashOf: (id: NodeId) => Buffer): Buffer[] {
  return plan.map((range) => foldRange(range.map(hashOf)));
}

/**
 * The right edge of a growing tree (a compact range from leaf 0): the complete subtrees
 * whose fold is the root, largest first. Appending a leaf merges equal-sized neighbours and
 * reports each new complete node, so the stored levels grow with O(1) amortised hashing.
 */
export class CompactRange {
  private readonly stack: { id: NodeId; hash: Buffer }[];
  private leaves: number;

  /** Starts from a tree of `size` leaves given the hashes of `rootNodes(size)`, in order. */
  constructor(size = 0, frontier: readonly Buffer[] = []) {
    const ids = rootNodes(size);
    if (ids.length !== frontier.length)
      throw new RangeError(
        `a tree of ${size} leaves has ${ids.length} frontier nodes, got ${frontier.length}`,
      );
    this.stack = ids.map((id, i) => ({ id, hash: frontier[i]! }));
    this.leaves = size;
  }

  /** Number of leaves appended so far. */
  get size(): number {
    return this.leaves;
  }

  /**
   * Appends a leaf hash; calls `onNode` for the leaf and for every interior node it
   * completes (level ≥ 1), in the order they are completed.
   */
  append(leafHash: Buffer, onNode?: (id: NodeId, hash: Buffer) => void): void {
    let id: NodeId = { level: 0, index: this.leaves };
    let hash = leafHash;
    onNode?.(id, hash);
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (!top || top.id.level !== id.level) break;
      this.stack.pop();
      hash = hashChildren(top.hash, hash);
      id = { level: id.level + 1, index: top.id.index / 2 };
      onNode?.(id, hash);
    }
    this.stack.push({ id, hash });
    this.leaves += 1;
  }

  /** MTH of the leaves appended so far. */
  root(): Buffer {
    return foldRange(this.stack.map((s) => s.hash));
  }
}
