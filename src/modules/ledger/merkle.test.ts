import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assembleProof,
  CompactRange,
  EMPTY_ROOT,
  foldRange,
  hashChildren,
  hashLeaf,
  nodeKey,
  planConsistency,
  planInclusion,
  rootNodes,
  splitPoint,
  type NodeId,
} from './merkle.js';
import { rootFromInclusionProof, verifyConsistency, verifyInclusion } from './proofs.js';

// RFC 6962 test leaves (transparency-dev/merkle testonly): "", 00, 10, 2021, 3031, 40414243, …
const RFC6962_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((hex) => Buffer.from(hex, 'hex'));

// Reference MTH straight from RFC 9162 §2.1.1, recursion over leaf hashes.
function mth(hashes: Buffer[]): Buffer {
  if (hashes.length === 0) return EMPTY_ROOT;
  if (hashes.length === 1) return hashes[0]!;
  const k = splitPoint(hashes.length);
  return hashChildren(mth(hashes.slice(0, k)), mth(hashes.slice(k)));
}

// Reference PATH and PROOF (RFC 9162 §2.1.3.1, §2.1.4.1), independent of the range planner.
function refPath(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  const k = splitPoint(d.length);
  return m < k
    ? [...refPath(m, d.slice(0, k)), mth(d.slice(k))]
    : [...refPath(m - k, d.slice(k)), mth(d.slice(0, k))];
}
function refSubproof(m: number, d: Buffer[], b: boolean): Buffer[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const k = splitPoint(d.length);
  return m <= k
    ? [...refSubproof(m, d.slice(0, k), b), mth(d.slice(k))]
    : [...refSubproof(m - k, d.slice(k), false), mth(d.slice(0, k))];
}

/** A tree with stored levels in memory, built the way the ledger builds it. */
function storedTree(size: number) {
  const leaves = Array.from({ length: size }, (_, i) => hashLeaf(Buffer.from(`leaf ${i}`)));
  const nodes = new Map<string, Buffer>();
  const range = new CompactRange();
  for (const leaf of leaves) range.append(leaf, (id, h) => nodes.set(nodeKey(id), h));
  const hashOf = (id: NodeId) => {
    const h = nodes.get(nodeKey(id));
    if (!h) throw new Error(`missing ${nodeKey(id)}`);
    return h;
  };
  return { leaves, range, hashOf, root: (n: number) => foldRange(rootNodes(n).map(hashOf)) };
}

function flipBit(proof: Buffer[], i: number, bit: number): Buffer[] {
  return proof.map((h, j) => {
    if (j !== i) return h;
    const c = Buffer.from(h);
    c[bit >> 3]! ^= 1 << (bit & 7);
    return c;
  });
}

describe('RFC 9162 hashing', () => {
  it('gives the RFC 6962 golden roots', () => {
    const leaves = RFC6962_LEAVES.map(hashLeaf);
    expect(mth([]).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(mth(leaves.slice(0, 1)).toString('hex')).toMatch(/^6e340b9c.*17afa01d$/);
    expect(mth(leaves.slice(0, 2)).toString('hex')).toMatch(/^fac54203.*00e3c125$/);
    const range = new CompactRange();
    leaves.forEach((l) => range.append(l));
    expect(range.root().toString('hex')).toBe(
      '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    );
  });

  it('resumes a compact range from its stored frontier', () => {
    const t = storedTree(77);
    for (const size of [0, 1, 2, 3, 31, 32, 33, 76]) {
      const resumed = new CompactRange(size, rootNodes(size).map(t.hashOf));
      for (let i = size; i < 77; i++) resumed.append(t.leaves[i]!);
      expect(resumed.root().equals(t.range.root())).toBe(true);
    }
  });
});

describe('proofs from stored levels', () => {
  it('every inclusion and consistency proof of every tree up to 32 leaves is the RFC 9162 one and verifies', () => {
    for (let n = 1; n <= 32; n++) {
      const t = storedTree(n);
      const root = t.root(n);
      expect(root.equals(mth(t.leaves))).toBe(true);
      for (let i = 0; i < n; i++) {
        const proof = assembleProof(planInclusion(i, n), t.hashOf);
        expect(proof).toEqual(refPath(i, t.leaves));
        verifyInclusion(i, n, t.leaves[i]!, proof, root);
      }
      for (let m = 1; m <= n; m++) {
        const proof = assembleProof(planConsistency(m, n), t.hashOf);
        expect(proof).toEqual(m === n ? [] : refSubproof(m, t.leaves, true));
        verifyConsistency(m, n, proof, t.root(m), root);
      }
    }
  });

  it('every inclusion and consistency proof of every tree up to 128 leaves verifies', () => {
    const t = storedTree(128);
    const roots = Array.from({ length: 129 }, (_, n) => t.root(n));
    for (let n = 1; n <= 128; n++) {
      for (let i = 0; i < n; i++)
        verifyInclusion(i, n, t.leaves[i]!, assembleProof(planInclusion(i, n), t.hashOf), roots[n]!);
      for (let m = 1; m <= n; m++)
        verifyConsistency(m, n, assembleProof(planConsistency(m, n), t.hashOf), roots[m]!, roots[n]!);
    }
  });

  it('property: for sizes up to 400 every proof verifies and every mutation is refused', () => {
    const big = storedTree(400);
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 400 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.integer({ min: 0, max: n - 1 }),
              fc.integer({ min: 1, max: n }),
              fc.nat(),
              fc.nat(255),
            ),
          ),
        ([n, index, m, pick, bit]) => {
          const root = big.root(n);
          const leaf = big.leaves[index]!;
          const incl = assembleProof(planInclusion(index, n), big.hashOf);
          verifyInclusion(index, n, leaf, incl, root);
          if (incl.length > 0)
            expect(() =>
              verifyInclusion(index, n, leaf, flipBit(incl, pick % incl.length, bit), root),
            ).toThrow();
          expect(() => verifyInclusion(index, n, hashLeaf(Buffer.from('forged')), incl, root)).toThrow();
          expect(() => verifyInclusion(index, n, leaf, [...incl, root], root)).toThrow();
          if (incl.length > 0) expect(() => verifyInclusion(index, n, leaf, incl.slice(1), root)).toThrow();
          if (n > 1) expect(() => verifyInclusion((index + 1) % n, n, leaf, incl, root)).toThrow();
          expect(rootFromInclusionProof(index, n, leaf, incl).equals(mth(big.leaves.slice(0, n)))).toBe(true);

          const cons = assembleProof(planConsistency(m, n), big.hashOf);
          verifyConsistency(m, n, cons, big.root(m), root);
          if (cons.length > 0) {
            expect(() =>
              verifyConsistency(m, n, flipBit(cons, pick % cons.length, bit), big.root(m), root),
            ).toThrow();
            expect(() => verifyConsistency(m, n, cons.slice(0, -1), big.root(m), root)).toThrow();
            expect(() => verifyConsistency(m, n, [...cons, root], big.root(m), root)).toThrow();
          }
          if (m < n) {
            // A different history: the same sizes, one leaf changed before m.
            const forged = [...big.leaves.slice(0, n)];
            forged[pick % m] = hashLeaf(Buffer.from('rewritten'));
            expect(() => verifyConsistency(m, n, cons, mth(forged.slice(0, m)), root)).toThrow();
            expect(() => verifyConsistency(m, n, cons, big.root(m), mth(forged))).toThrow();
          }
        },
      ),
      { numRuns: 250, seed: 6962 },
    );
  });

  it('reads O(log n) distinct nodes per proof', () => {
    const n = 1_000_003;
    const plan = planInclusion(123_456, n);
    const ids = new Set(plan.flat().map(nodeKey));
    expect(ids.size).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n)));
    const cons = new Set(planConsistency(777_777, n).flat().map(nodeKey));
    expect(cons.size).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n)));
  });

  it('refuses plans outside the tree', () => {
    expect(() => planInclusion(5, 5)).toThrow(RangeError);
    expect(() => planConsistency(0, 5)).toThrow(RangeError);
    expect(() => planConsistency(6, 5)).toThrow(RangeError);
  });
});
