import type { Viewer } from '../../platform/access/viewer.js';
import { invalidField, notFound } from '../../platform/http/problem.js';
import type { NoteVerifier } from './note.js';
import type { ProofBundle } from './verify-bundle.js';
import type { CheckpointService, SignedCheckpoint } from './checkpoints.service.js';
import type { LedgerService } from './ledger.service.js';
import type { CheckpointView, ConsistencyProof, InclusionProof, RecordProof } from './ledger.schemas.js';

const MAX_LEAVES = 1000;

/** Checkpoint as the API shows it. */
export function presentCheckpoint(c: SignedCheckpoint): CheckpointView {
  return {
    treeSize: c.treeSize,
    rootHash: c.rootHash.toString('base64'),
    note: c.note,
    issuedAt: c.issuedAt,
    cosignatures: c.cosignatures,
  };
}

/**
 * The read side of the ledger API: proofs, leaves and lookups, validated against the
 * current tree size. Every answer carries hashes only, so it is the same for every viewer.
 */
export class ProofService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly checkpoints: CheckpointService,
    /** The log's public key, as published at `/api/v1/ledger/key`. */
    readonly logKey: NoteVerifier,
  ) {}

  /** Inclusion proof of leaf `index` in the tree of `size` leaves; 400 naming the bad parameter. */
  async inclusion(_viewer: Viewer, index: number, size: number): Promise<InclusionProof> {
    const current = await this.ledger.treeSize();
    if (size < 1 || size > current)
      throw invalidField('/size', `must be between 1 and the tree size ${current}`);
    if (index >= size) throw invalidField('/index', `must be below size ${size}`);
    const p = await this.ledger.inclusionProof(index, size);
    return {
      leafIndex: p.leafIndex,
      treeSize: p.treeSize,
      leafHash: p.leafHash.toString('base64'),
      proof: p.proof.map((h) => h.toString('base64')),
    };
  }

  /** Consistency proof from `from` to `to` leaves; 400 naming the bad parameter. */
  async consistency(_viewer: Viewer, from: number, to: number): Promise<ConsistencyProof> {
    const current = await this.ledger.treeSize();
    if (to > current) throw invalidField('/to', `must not exceed the tree size ${current}`);
    if (from < 1)
      throw invalidField('/from', 'must be at least 1: a proof from the empty tree proves nothing');
    if (from > to) throw invalidField('/from', `must not exceed to (${to})`);
    const proof = await this.ledger.consistencyProof(from, to);
    return { from, to, proof: proof.map((h) => h.toString('base64')) };
  }

  /** Leaves `[start, end)`, at most 1000. */
  async leaves(_viewer: Viewer, start: number, end: number) {
    const current = await this.ledger.treeSize();
    if (end > current) throw invalidField('/end', `must not exceed the tree size ${current}`);
    if (start > end) throw invalidField('/start', `must not exceed end (${end})`);
    if (end - start > MAX_LEAVES) throw invalidField('/end', `at most ${MAX_LEAVES} leaves per request`);
    const rows = await this.ledger.leaves(start, end);
    return {
      start,
      end,
      treeSize: current,
      items: rows.map((r) => ({
        leafIndex: Number(r.leaf_index),
        leafHash: Buffer.from(r.leaf_hash, 'hex').toString('base64'),
      })),
    };
  }

  /** Leaves with a given leaf hash (base64): index and hash only. */
  async byHash(_viewer: Viewer, leafHash: string) {
    const rows = await this.ledger.leavesByHash(Buffer.from(leafHash, 'base64'));
    return { items: rows.map((r) => ({ leafIndex: Number(r.leaf_index), leafHash })) };
  }

  /** Leaves of one record (index and hash only); empty when the viewer may not see the record. */
  async byRecord(viewer: Viewer, kind: string, recordId: string) {
    const rows = await this.ledger.leavesOfRecord(viewer, kind, recordId);
    return {
      items: rows.map((r) => ({
        leafIndex: Number(r.leaf_index),
        leafHash: Buffer.from(r.leaf_hash, 'hex').toString('base64'),
      })),
    };
  }

  /**
   * A record's leaves, the newest checkpoint and the inclusion proof of the record's newest
   * leaf in it ("included in checkpoint N"). With `issue`, signs a fresh checkpoint first
   * when the newest leaf is not covered yet. 404 when the record has no leaf the viewer may see.
   */
  async recordProof(viewer: Viewer, kind: string, recordId: string, issue = false): Promise<RecordProof> {
    const rows = await this.ledger.leavesOfRecord(viewer, kind, recordId);
    const newest = rows[rows.length - 1];
    if (!newest) throw notFound(`A ledger leaf of ${kind} ${recordId}`);
    const newestIndex = Number(newest.leaf_index);
    let checkpoint = await this.checkpoints.latest();
    if (issue && (!checkpoint || checkpoint.treeSize <= newestIndex))
      checkpoint = await this.checkpoints.issue();
    let inclusion: InclusionProof | null = null;
    if (checkpoint && checkpoint.treeSize > newestIndex) {
      const p = await this.ledger.inclusionProof(newestIndex, checkpoint.treeSize);
      inclusion = {
        leafIndex: newestIndex,
        treeSize: p.treeSize,
        leafHash: p.leafHash.toString('base64'),
        proof: p.proof.map((h) => h.toString('base64')),
      };
    }
    const now = await this.recordNow(kind, recordId);
    return {
      kind,
      recordId,
      ...(now ? { now } : {}),
      leaves: rows.map((r) => ({
        leafIndex: Number(r.leaf_index),
        leafHash: Buffer.from(r.leaf_hash, 'hex').toString('base64'),
        contentHash: r.content_hash,
        recordedAt: r.recorded_at,
      })),
      checkpoint: checkpoint ? presentCheckpoint(checkpoint) : null,
      inclusion,
    };
  }

  /**
   * The record as stored now, for the party to hash itself. Only for kinds whose module
   * registered `visible`: then `leavesOfRecord` has already answered only to a viewer who may
   * see the record, and the content is what that viewer may read through the module's routes.
   */
  private async recordNow(kind: string, recordId: string): Promise<RecordProof['now']> {
    const source = this.ledger.source(kind);
    if (!source?.visible) return undefined;
    const db = this.ledger.database;
    const content = (await source.load(db, [recordId])).get(recordId);
    const disagree = source.derived ? ((await source.derived(db, [recordId])).get(recordId) ?? []) : [];
    return {
      removed: content === undefined,
      ...(content === undefined ? {} : { content }),
      storedColumnsDisagree: disagree,
    };
  }

  /**
   * The offline proof bundle of a record for `guarantor ledger verify` (an operator's tool,
   * without a viewer): its current content from the module's registered source, the
   * inclusion proof of its newest leaf and a checkpoint covering it (signed now if needed).
   */
  async bundle(kind: string, recordId: string): Promise<ProofBundle> {
    const rows = await this.ledger.allLeavesOfRecord(kind, recordId);
    const newest = rows[rows.length - 1];
    if (!newest) throw notFound(`A ledger leaf of ${kind} ${recordId}`);
    const source = this.ledger.source(kind);
    const content = source ? (await source.load(this.ledger.database, [recordId])).get(recordId) : undefined;
    let checkpoint = await this.checkpoints.latest();
    if (!checkpoint || checkpoint.treeSize <= Number(newest.leaf_index))
      checkpoint = await this.checkpoints.issue();
    const p = await this.ledger.inclusionProof(Number(newest.leaf_index), checkpoint.treeSize);
    return {
      kind,
      recordId,
      ...(content === undefined ? {} : { content }),
      inclusion: {
        leafIndex: p.leafIndex,
        treeSize: p.treeSize,
        leafHash: p.leafHash.toString('base64'),
        proof: p.proof.map((h) => h.toString('base64')),
      },
      checkpoint: checkpoint.note,
    };
  }
}
