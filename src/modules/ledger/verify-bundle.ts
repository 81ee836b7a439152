import { contentHash, leafHashOf } from './leaf.js';
import { parseCheckpoint, verifyNote, type NoteVerifier } from './note.js';
import { verifyInclusion } from './proofs.js';

/**
 * A record with what proves it: the offline evidence that `guarantor ledger verify` checks.
 * `checkpoint` is the signed note text, or the checkpoint object of the record-proof API
 * (`GET /api/v1/ledger/records/:kind/:recordId`), whose `note` is used.
 */
export interface ProofBundle {
  kind: string;
  recordId: string;
  /** The record's content as its module recorded it; its canonical JSON is hashed. */
  content?: unknown;
  inclusion: { leafIndex: number; treeSize: number; leafHash: string; proof: string[] };
  checkpoint: string | { note: string };
}

/** The outcome for one record. */
export interface BundleResult {
  kind: string;
  recordId: string;
  leafIndex: number | null;
  treeSize: number | null;
  ok: boolean;
  /** Why it failed; empty when ok. */
  problems: string[];
}

function b64(text: string, what: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) throw new Error(`${what} is not canonical base64`);
  return bytes;
}

/**
 * Checks one record offline: the checkpoint's signature by the log key, the leaf hash from
 * the content, and the inclusion proof against the checkpoint's root (RFC 9162 §2.1.3.2).
 */
export function verifyBundle(bundle: ProofBundle, logKey: NoteVerifier, origin?: string): BundleResult {
  const result: BundleResult = {
    kind: String(bundle?.kind),
    recordId: String(bundle?.recordId),
    leafIndex: bundle?.inclusion?.leafIndex ?? null,
    treeSize: bundle?.inclusion?.treeSize ?? null,
    ok: false,
    problems: [],
  };
  try {
    if (typeof bundle.kind !== 'string' || typeof bundle.recordId !== 'string')
      throw new Error('kind and recordId are required');
    if (!('content' in bundle))
      throw new Error('the record content is missing (give it in the bundle or with --content)');
    const note = typeof bundle.checkpoint === 'string' ? bundle.checkpoint : bundle.checkpoint?.note;
    if (typeof note !== 'string') throw new Error('the checkpoint note is missing');
    const { body } = verifyNote(note, [logKey]);
    const checkpoint = parseCheckpoint(body);
    if (origin !== undefined && checkpoint.origin !== origin)
      throw new Error(`the checkpoint is of log "${checkpoint.origin}", not "${origin}"`);
    const p = bundle.inclusion;
    if (!p || p.treeSize !== checkpoint.treeSize)
      throw new Error(`the proof is for tree size ${p?.treeSize}, the checkpoint has ${checkpoint.treeSize}`);
    const leafHash = leafHashOf({
      kind: bundle.kind,
      recordId: bundle.recordId,
      contentHash: contentHash(bundle.content),
    });
    if (!leafHash.equals(b64(p.leafHash, 'leafHash')))
      throw new Error(
        'the content does not give the leaf hash of the proof: the record differs from what was logged',
      );
    verifyInclusion(
      p.leafIndex,
      p.treeSize,
      leafHash,
      p.proof.map((h, i) => b64(h, `proof[${i}]`)),
      checkpoint.rootHash,
    );
    result.ok = true;
  } catch (error) {
    result.problems.push(error instanceof Error ? error.message : String(error));
  }
  return result;
}

/** The bundles in a file: one bundle, an array of them, or a case file `{ records: [...] }`. */
export function bundlesOf(document: unknown): ProofBundle[] {
  if (Array.isArray(document)) return document as ProofBundle[];
  if (document && typeof document === 'object' && Array.isArray((document as { records?: unknown }).records))
    return (document as { records: ProofBundle[] }).records;
  return [document as ProofBundle];
}
