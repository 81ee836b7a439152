import { hashChildren } from './merkle.js';
import { proofVerifiers } from './proofs-verify.js';

export { ProofError } from './proofs-verify.js';

// The pure verifiers (proofs-verify.ts) bound to Node's SHA-256; the web application binds the
// same code to a JavaScript SHA-256, so a party's browser checks proofs exactly as the server.
const verifiers = proofVerifiers(hashChildren);

/** The root implied by an inclusion proof (RFC 9162 §2.1.3.2); throws `ProofError`. */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
): Buffer {
  return Buffer.from(verifiers.rootFromInclusionProof(index, size, leafHash, proof));
}

/**
 * Verifies that `leafHash` is leaf `index` of the tree of `size` leaves with `root`.
 * Throws `ProofError` naming the reason when it is not.
 *
 * @example verifyInclusion(3, 8, leafHash, proof, root) // throws unless proven
 */
export const verifyInclusion = verifiers.verifyInclusion;

/**
 * Verifies that the tree of `size1` leaves with `root1` is a prefix of the tree of `size2`
 * leaves with `root2` (RFC 9162 §2.1.4.2). A proof from the empty tree is refused: it would
 * prove nothing. Equal sizes need an empty proof and equal roots. Throws `ProofError`.
 */
export const verifyConsistency = verifiers.verifyConsistency;
