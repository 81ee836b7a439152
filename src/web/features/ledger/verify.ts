import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import canonicalize from 'canonicalize';
import { proofVerifiers } from '../../../modules/ledger/proofs-verify.js';

/**
 * Proof checking in the browser: the server's own RFC 9162 verifiers (proofs-verify.ts) bound
 * to a JavaScript SHA-256, so a party checks what the API hands out without trusting it.
 */

const NODE = Uint8Array.of(1);
const LEAF = Uint8Array.of(0);
const encoder = new TextEncoder();

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The verifiers, bound to SHA-256(0x01 ‖ left ‖ right). */
export const browserVerifiers = proofVerifiers((left, right) => sha256(concat(NODE, left, right)));

/** Standard base64 to bytes. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Bytes to standard base64. */
export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The leaf hash of a record's ledger entry, computed here from what it claims: leaf data is the
 * RFC 8785 canonical JSON of `{ contentHash, kind, recordId }` (keys already in order; plain
 * strings serialise as JSON.stringify does) and the leaf hash SHA-256(0x00 ‖ data).
 */
export function recordLeafHash(kind: string, recordId: string, contentHash: string): string {
  const data = JSON.stringify({ contentHash, kind, recordId });
  return toBase64(sha256(concat(LEAF, encoder.encode(data))));
}

/** The body of a C2SP checkpoint: origin, tree size and root hash (base64). */
export interface CheckpointBody {
  origin: string;
  size: number;
  rootHash: string;
}

/** Reads the first three lines of a C2SP signed note (tlog-checkpoint); undefined if malformed. */
export function parseCheckpoint(note: string): CheckpointBody | undefined {
  const [origin, size, rootHash] = note.split('\n');
  if (!origin || !size || !rootHash || !/^\d+$/.test(size) || !/^[A-Za-z0-9+/]{43}=$/.test(rootHash))
    return undefined;
  return { origin, size: Number(size), rootHash };
}

/** What this browser concludes about the log since it last looked. */
export type GrowthVerdict =
  | { kind: 'first'; size: number }
  | { kind: 'unchanged'; size: number }
  | { kind: 'grew'; from: number; to: number }
  | {
      kind: 'rewritten';
      from: number;
      to: number;
      reason: 'shrunk' | 'other-root' | 'proof';
      detail?: string;
    };

/**
 * Compares the newest checkpoint with the one this browser remembered: the same size must have
 * the same root, a larger one must come with a valid consistency proof, a smaller one means
 * the log lost entries. `consistency` fetches the proof from the server (base64 hashes).
 */
export async function judgeGrowth(
  seen: CheckpointBody | undefined,
  newest: CheckpointBody,
  consistency: (from: number, to: number) => Promise<string[]>,
): Promise<GrowthVerdict> {
  if (!seen || seen.size === 0) return { kind: 'first', size: newest.size };
  const span = { from: seen.size, to: newest.size };
  if (newest.size < seen.size) return { kind: 'rewritten', ...span, reason: 'shrunk' };
  if (newest.size === seen.size)
    return newest.rootHash === seen.rootHash
      ? { kind: 'unchanged', size: newest.size }
      : { kind: 'rewritten', ...span, reason: 'other-root' };
  try {
    const proof = (await consistency(seen.size, newest.size)).map(fromBase64);
    browserVerifiers.verifyConsistency(
      seen.size,
      newest.size,
      proof,
      fromBase64(seen.rootHash),
      fromBase64(newest.rootHash),
    );
    return { kind: 'grew', ...span };
  } catch (error) {
    return {
      kind: 'rewritten',
      ...span,
      reason: 'proof',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * The content hash of a record as the server stores it now, computed here: lowercase hex
 * SHA-256 of its RFC 8785 canonical JSON, what the ledger's entries record.
 */
export function contentHashOf(content: unknown): string {
  return bytesToHex(sha256(encoder.encode(canonicalize(content) ?? 'null')));
}

/** What the record as stored now says about its newest entry. */
export type ContentVerdict =
  { kind: 'unchanged' } | { kind: 'changed' } | { kind: 'removed' } | { kind: 'columns'; columns: string[] };

// The content hash of `null`: a record's deletion, as the ledger records it.
const DELETED = contentHashOf(null);

/**
 * Compares the record as stored now with the content hash of its newest entry; undefined
 * when the server offers no current content for the kind (nothing to compare).
 */
export function judgeContent(
  now: { removed: boolean; content?: unknown; storedColumnsDisagree: string[] } | undefined,
  newestContentHash: string,
): ContentVerdict | undefined {
  if (!now) return undefined;
  if (now.removed) return newestContentHash === DELETED ? { kind: 'unchanged' } : { kind: 'removed' };
  if (contentHashOf(now.content) !== newestContentHash) return { kind: 'changed' };
  if (now.storedColumnsDisagree.length > 0) return { kind: 'columns', columns: now.storedColumnsDisagree };
  return { kind: 'unchanged' };
}
