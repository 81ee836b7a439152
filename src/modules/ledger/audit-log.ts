import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { CompactRange, isStoredLevel, nodeKey } from './merkle.js';
import { contentHash, DELETED_CONTENT_HASH, leafHashOf } from './leaf.js';
import { ledgerRepository as repo } from './ledger.repository.js';
import type { LedgerService } from './ledger.service.js';

/** One discrepancy the audit found. */
export interface AuditFinding {
  /** `changed`: the record differs from its newest leaf; `removed`: the record is gone; `tree`: the log itself was altered. */
  type: 'changed' | 'removed' | 'tree';
  kind?: string;
  recordId?: string;
  /** The leaf the record was compared with, or the leaf or node that is wrong. */
  leafIndex?: number;
  detail: string;
}

/** What `auditLedger` reports. */
export interface AuditReport {
  treeSize: number;
  leavesChecked: number;
  recordsChecked: number;
  /** Kinds in the log that no module registered a source for: their records were not reloaded. */
  uncheckedKinds: { kind: string; leaves: number }[];
  checkpoint: { treeSize: number; rootMatches: boolean } | null;
  findings: AuditFinding[];
}

const BATCH = 2000;
const RECORD_BATCH = 500;

/**
 * Recomputes the log from the stored records: every leaf hash from its data, every stored
 * node and the newest checkpoint's root from the leaves, and the content hash of the newest
 * leaf of every record from the record as its module reloads it now. Anything changed or
 * removed behind the application's back is a finding.
 */
export async function auditLedger(
  db: Kysely<Database>,
  ledger: LedgerService,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<AuditReport> {
  const size = await ledger.treeSize();
  const checkpoint = await repo.latestCheckpoint(db);
  const findings: AuditFinding[] = [];
  const newest = new Map<string, Map<string, { leafIndex: number; contentHash: string }>>();
  const range = new CompactRange();
  let checkpointRoot: Buffer | null = checkpoint && Number(checkpoint.tree_size) === 0 ? range.root() : null;

  for (let start = 0; start < size; start += BATCH) {
    const end = Math.min(size, start + BATCH);
    const leaves = await repo.leaves(db, start, end);
    const computed = new Map<string, Buffer>();
    let expect = start;
    for (const leaf of leaves) {
      const index = Number(leaf.leaf_index);
      for (; expect < index; expect++)
        findings.push({ type: 'tree', leafIndex: expect, detail: `leaf ${expect} is missing` });
      expect = index + 1;
      const hash = leafHashOf({ kind: leaf.kind, recordId: leaf.record_id, contentHash: leaf.content_hash });
      if (hash.toString('hex') !== leaf.leaf_hash)
        findings.push({
          type: 'tree',
          leafIndex: index,
          kind: leaf.kind,
          recordId: leaf.record_id,
          detail: `leaf ${index}: stored leaf hash does not match its data`,
        });
      range.append(hash, (id, h) => {
        if (id.level > 0 && isStoredLevel(id.level)) computed.set(nodeKey(id), h);
      });
      if (checkpoint && range.size === Number(checkpoint.tree_size)) checkpointRoot = range.root();
      let byId = newest.get(leaf.kind);
      if (!byId) {
        byId = new Map<string, { leafIndex: number; contentHash: string }>();
        newest.set(leaf.kind, byId);
      }
      byId.set(leaf.record_id, { leafIndex: index, contentHash: leaf.content_hash });
    }
    for (; expect < end; expect++)
      findings.push({ type: 'tree', leafIndex: expect, detail: `leaf ${expect} is missing` });
    const ids = [...computed.keys()].map((k) => {
      const [level, index] = k.split(':').map(Number) as [number, number];
      return { level, index };
    });
    // The nodes of one level in a chunk are consecutive: one range per level.
    const byLevel = new Map<number, { level: number; start: number; end: number }>();
    for (const id of ids) {
      const r = byLevel.get(id.level);
      if (!r) byLevel.set(id.level, { level: id.level, start: id.index, end: id.index + 1 });
      else {
        r.start = Math.min(r.start, id.index);
        r.end = Math.max(r.end, id.index + 1);
      }
    }
    const stored = await repo.nodeHashes(db, [...byLevel.values()]);
    for (const [key, hash] of computed) {
      const got = stored.get(key);
      if (!got || !got.equals(hash))
        findings.push({
          type: 'tree',
          detail: `stored node ${key} (level:index) ${got ? 'differs from' : 'is missing, unlike'} the one recomputed from the leaves`,
        });
    }
    progress(end, size);
  }

  if (checkpoint && Number(checkpoint.tree_size) > size)
    findings.push({
      type: 'tree',
      detail: `checkpoint ${checkpoint.tree_size} was signed, but the log holds only ${size} leaves`,
    });
  const rootMatches =
    checkpointRoot !== null &&
    checkpoint !== undefined &&
    checkpointRoot.toString('hex') === checkpoint.root_hash;
  if (checkpoint && !rootMatches)
    findings.push({
      type: 'tree',
      detail: `the leaves do not give the root signed in checkpoint ${checkpoint.tree_size}`,
    });

  let recordsChecked = 0;
  const uncheckedKinds: { kind: string; leaves: number }[] = [];
  const kinds = await repo.kinds(db);
  for (const { kind, leaves } of kinds) {
    const source = ledger.source(kind);
    const byId = newest.get(kind);
    if (!source || !byId) {
      if (!source) uncheckedKinds.push({ kind, leaves });
      continue;
    }
    const ids = [...byId.keys()];
    for (let i = 0; i < ids.length; i += RECORD_BATCH) {
      const chunk = ids.slice(i, i + RECORD_BATCH);
      const current = await source.load(db, chunk);
      const disagreeing = source.derived ? await source.derived(db, chunk) : new Map<string, string[]>();
      for (const recordId of chunk) {
        const leaf = byId.get(recordId)!;
        recordsChecked += 1;
        const deleted = leaf.contentHash === DELETED_CONTENT_HASH;
        if (!current.has(recordId)) {
          if (!deleted)
            findings.push({
              type: 'removed',
              kind,
              recordId,
              leafIndex: leaf.leafIndex,
              detail: `${kind} ${recordId} was removed, but its leaf ${leaf.leafIndex} records it`,
            });
          continue;
        }
        const columns = disagreeing.get(recordId);
        if (columns && columns.length > 0)
          findings.push({
            type: 'changed',
            kind,
            recordId,
            leafIndex: leaf.leafIndex,
            detail: `${kind} ${recordId}: stored ${columns.join(', ')} disagree with the content of leaf ${leaf.leafIndex}`,
          });
        const now = contentHash(current.get(recordId));
        if (now !== leaf.contentHash)
          findings.push({
            type: 'changed',
            kind,
            recordId,
            leafIndex: leaf.leafIndex,
            detail: deleted
              ? `${kind} ${recordId} exists, but leaf ${leaf.leafIndex} records its deletion`
              : `${kind} ${recordId} differs from its leaf ${leaf.leafIndex} (content hash ${now}, recorded ${leaf.contentHash})`,
          });
      }
    }
  }
  return {
    treeSize: size,
    leavesChecked: size,
    recordsChecked,
    uncheckedKinds,
    checkpoint: checkpoint ? { treeSize: Number(checkpoint.tree_size), rootMatches } : null,
    findings,
  };
}
