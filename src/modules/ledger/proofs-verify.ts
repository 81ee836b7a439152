/**
 * Verifiers of RFC 9162 inclusion and consistency proofs. Pure, with no knowledge of how
 * the log stores its tree, and no platform import: the server binds them to Node's SHA-256
 * (`proofs.ts`) and the web application to a JavaScript one, so that a party's browser checks
 * the same proofs with the same code. They follow the bit-walking form of RFC 9162 §2.1.3.2
 * and §2.1.4.2 (as transparency-dev writes it), which accepts exactly the proofs the recursive
 * definitions produce.
 */

/** RFC 9162 interior node hash: SHA-256(0x01 ‖ left ‖ right). */
export type HashChildren = (left: Uint8Array, right: Uint8Array) => Uint8Array;

const HASH_SIZE = 32;

/** Why a proof was refused. */
export class ProofError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProofError';
  }
}

function bitLength(x: number): number {
  let n = 0;
  while (x >= 1) {
    x = Math.floor(x / 2);
    n += 1;
  }
  return n;
}

function popCount(x: number): number {
  let n = 0;
  while (x >= 1) {
    n += x % 2;
    x = Math.floor(x / 2);
  }
  return n;
}

function trailingZeros(x: number): number {
  let n = 0;
  while (x > 0 && x % 2 === 0) {
    x /= 2;
    n += 1;
  }
  return n;
}

function bit(x: number, i: number): number {
  return Math.floor(x / 2 ** i) % 2;
}

// XOR of two numbers below 2^53, bit by bit (JS `^` truncates to 32 bits).
function xor(a: number, b: number): number {
  let out = 0;
  let p = 1;
  while (a >= 1 || b >= 1) {
    if (a % 2 !== b % 2) out += p;
    a = Math.floor(a / 2);
    b = Math.floor(b / 2);
    p *= 2;
  }
  return out;
}

/** Inner part (below the split towards the right edge) and border part of an audit path. */
function decompose(index: number, size: number): { inner: number; border: number } {
  const inner = bitLength(xor(index, size - 1));
  return { inner, border: popCount(Math.floor(index / 2 ** inner)) };
}

function chainInner(
  hashChildren: HashChildren,
  seed: Uint8Array,
  proof: readonly Uint8Array[],
  index: number,
): Uint8Array {
  let acc = seed;
  proof.forEach((h, i) => {
    acc = bit(index, i) === 0 ? hashChildren(acc, h) : hashChildren(h, acc);
  });
  return acc;
}

function chainInnerRight(
  hashChildren: HashChildren,
  seed: Uint8Array,
  proof: readonly Uint8Array[],
  index: number,
): Uint8Array {
  let acc = seed;
  proof.forEach((h, i) => {
    if (bit(index, i) === 1) acc = hashChildren(h, acc);
  });
  return acc;
}

function chainBorderRight(
  hashChildren: HashChildren,
  seed: Uint8Array,
  proof: readonly Uint8Array[],
): Uint8Array {
  let acc = seed;
  for (const h of proof) acc = hashChildren(h, acc);
  return acc;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function checkSize(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ProofError(`${name} must be a non-negative integer`);
}

/** The RFC 9162 verifiers, bound to a SHA-256 of interior nodes. */
export interface ProofVerifiers {
  /**
   * The root implied by an inclusion proof (RFC 9162 §2.1.3.2). Throws `ProofError` when the
   * proof cannot belong to leaf `index` of a tree of `size` (wrong length, index out of range).
   */
  rootFromInclusionProof: (
    index: number,
    size: number,
    leafHash: Uint8Array,
    proof: readonly Uint8Array[],
  ) => Uint8Array;
  /** Verifies that `leafHash` is leaf `index` of the tree of `size` leaves with `root`; throws `ProofError`. */
  verifyInclusion: (
    index: number,
    size: number,
    leafHash: Uint8Array,
    proof: readonly Uint8Array[],
    root: Uint8Array,
  ) => void;
  /**
   * Verifies that the tree of `size1` leaves with `root1` is a prefix of the tree of `size2`
   * leaves with `root2` (RFC 9162 §2.1.4.2); throws `ProofError`.
   */
  verifyConsistency: (
    size1: number,
    size2: number,
    proof: readonly Uint8Array[],
    root1: Uint8Array,
    root2: Uint8Array,
  ) => void;
}

/**
 * The verifiers over `hashChildren` (SHA-256 of 0x01 ‖ left ‖ right).
 *
 * @example const { verifyInclusion } = proofVerifiers(hashChildren);
 */
export function proofVerifiers(hashChildren: HashChildren): ProofVerifiers {
  /**
   * The root implied by an inclusion proof (RFC 9162 §2.1.3.2). Throws `ProofError` when the
   * proof cannot belong to leaf `index` of a tree of `size` (wrong length, index out of range).
   */
  function rootFromInclusionProof(
    index: number,
    size: number,
    leafHash: Uint8Array,
    proof: readonly Uint8Array[],
  ): Uint8Array {
    checkSize('index', index);
    checkSize('size', size);
    if (index >= size) throw new ProofError(`index ${index} is beyond the tree size ${size}`);
    if (leafHash.length !== HASH_SIZE)
      throw new ProofError(`leaf hash has ${leafHash.length} bytes, want ${HASH_SIZE}`);
    const { inner, border } = decompose(index, size);
    if (proof.length !== inner + border)
      throw new ProofError(`proof has ${proof.length} hashes, want ${inner + border}`);
    const seed = chainInner(hashChildren, leafHash, proof.slice(0, inner), index);
    return chainBorderRight(hashChildren, seed, proof.slice(inner));
  }

  /**
   * Verifies that `leafHash` is leaf `index` of the tree of `size` leaves with `root`.
   * Throws `ProofError` naming the reason when it is not.
   *
   * @example verifyInclusion(3, 8, leafHash, proof, root) // throws unless proven
   */
  function verifyInclusion(
    index: number,
    size: number,
    leafHash: Uint8Array,
    proof: readonly Uint8Array[],
    root: Uint8Array,
  ): void {
    const computed = rootFromInclusionProof(index, size, leafHash, proof);
    if (!sameBytes(computed, root)) throw new ProofError('the proof leads to a different root');
  }

  /**
   * Verifies that the tree of `size1` leaves with `root1` is a prefix of the tree of `size2`
   * leaves with `root2` (RFC 9162 §2.1.4.2). A proof from the empty tree is refused: it would
   * prove nothing. Equal sizes need an empty proof and equal roots. Throws `ProofError`.
   */
  function verifyConsistency(
    size1: number,
    size2: number,
    proof: readonly Uint8Array[],
    root1: Uint8Array,
    root2: Uint8Array,
  ): void {
    checkSize('size1', size1);
    checkSize('size2', size2);
    if (size2 < size1) throw new ProofError(`size2 ${size2} is smaller than size1 ${size1}`);
    if (size1 === 0) throw new ProofError('a consistency proof from the empty tree proves nothing');
    if (size1 === size2) {
      if (proof.length > 0) throw new ProofError('sizes are equal but the proof is not empty');
      if (!sameBytes(root1, root2)) throw new ProofError('sizes are equal but the roots differ');
      return;
    }
    if (proof.length === 0) throw new ProofError('the proof is empty');
    const decomposed = decompose(size1 - 1, size2);
    const shift = trailingZeros(size1);
    const inner = decomposed.inner - shift;
    // The proof starts with the root of the subtree of size 2^shift, unless that is size1 itself.
    const size1IsSubtree = size1 === 2 ** shift;
    const seed = size1IsSubtree ? root1 : proof[0]!;
    const rest = size1IsSubtree ? proof : proof.slice(1);
    if (rest.length !== inner + decomposed.border)
      throw new ProofError(
        `proof has ${proof.length} hashes, want ${(size1IsSubtree ? 0 : 1) + inner + decomposed.border}`,
      );
    const mask = Math.floor((size1 - 1) / 2 ** shift);
    const hash1 = chainBorderRight(
      hashChildren,
      chainInnerRight(hashChildren, seed, rest.slice(0, inner), mask),
      rest.slice(inner),
    );
    if (!sameBytes(hash1, root1)) throw new ProofError('the proof does not lead to the first root');
    const hash2 = chainBorderRight(
      hashChildren,
      chainInner(hashChildren, seed, rest.slice(0, inner), mask),
      rest.slice(inner),
    );
    if (!sameBytes(hash2, root2)) throw new ProofError('the proof does not lead to the second root');
  }

  return { rootFromInclusionProof, verifyInclusion, verifyConsistency };
}
