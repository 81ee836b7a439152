import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Dialect, Executor } from '../../platform/db/database.js';
import type { LedgerEntry } from '../../platform/context.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { visibleIdsIn } from '../../platform/access/releasability.js';
import { isoTime } from '../../platform/db/columns.js';
import {
  assembleProof,
  CompactRange,
  EMPTY_ROOT,
  foldRange,
  hashChildren,
  isStoredLevel,
  nodeKey,
  planConsistency,
  planInclusion,
  planNodes,
  rootNodes,
  storedBase,
  type NodeId,
  type ProofPlan,
} from './merkle.js';
import { contentHash, leafHashOf } from './leaf.js';
import { ledgerRepository as repo } from './ledger.repository.js';
import type { LedgerLeafTable, LedgerNodeTable } from './ledger.tables.js';

/** What `record` answers for each entry: where its leaf sits in the log. */
export interface LedgerReceipt {
  kind: string;
  recordId: string;
  leafIndex: number;
  /** Base64 RFC 9162 leaf hash. */
  leafHash: string;
  /** Hex SHA-256 of the canonical JSON of the content. */
  contentHash: string;
}

/**
 * Reloads the current content of records of one kind, as the module wrote it into
 * `LedgerEntry.content`, keyed by record id; ids that no longer exist are left out.
 */
export type LedgerSourceLoader = (db: Executor, recordIds: string[]) => Promise<Map<string, unknown>>;

/** Tells which of the records the viewer may see (releasability); used by leaf lookups. */
export type LedgerVisibility = (db: Executor, viewer: Viewer, recordIds: string[]) => Promise<Set<string>>;

/**
 * Finds records whose stored columns, derived from the ledgered content for queries and
 * access (who may see it, where and when it happened), no longer agree with that content:
 * record id → the columns that disagree. A change there escapes the content hash but changes
 * what parties see, so the audit reports it too.
 */
export type LedgerDerivedCheck = (db: Executor, recordIds: string[]) => Promise<Map<string, string[]>>;

/** A registered record kind: how the audit reloads it and, optionally, who may see it. */
export interface LedgerSource {
  load: LedgerSourceLoader;
  visible?: LedgerVisibility;
  derived?: LedgerDerivedCheck;
}

const KIND = /^[a-z][a-z0-9._-]{0,99}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * An entry whose content the caller has hashed already (lowercase hex SHA-256 of the RFC 8785
 * canonical JSON of the content, as `contentHash` in `leaf.ts` computes it): batch writers that
 * keep that hash on their record (idempotency) spare a second canonicalisation per record.
 */
export interface HashedLedgerEntry {
  kind: string;
  recordId: string;
  contentHash: string;
}

/** An inclusion proof with hashes as raw bytes. */
export interface InclusionProofBytes {
  leafIndex: number;
  treeSize: number;
  leafHash: Buffer;
  proof: Buffer[];
}

/**
 * The verifiable log: appends leaves in the caller's transaction, keeps every complete
 * subtree stored, and serves roots and proofs from them in O(log n) reads.
 */
export class LedgerService {
  private readonly sources = new Map<string, LedgerSource>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /** The database the log lives in (for source loaders run by ledger tools). */
  get database(): Kysely<Database> {
    return this.db;
  }

  /**
   * Appends one leaf per entry in the caller's transaction `trx`, so a record and its leaf
   * commit together or not at all. Leaves hold `{ kind, recordId, contentHash }` only.
   * Appends are serialised (advisory lock on PostgreSQL, single writer on SQLite), so
   * concurrent servers build one tree.
   *
   * Entries may carry their `contentHash` instead of their `content` (`HashedLedgerEntry`).
   *
   * @example await ctx.services.ledger.record(trx, [{ kind: 'observation', recordId: id, content: row }]);
   */
  async record(
    trx: Executor,
    entries: readonly (LedgerEntry | HashedLedgerEntry)[],
  ): Promise<LedgerReceipt[]> {
    if (entries.length === 0) return [];
    const prepared = entries.map((e, i) => {
      if (typeof e.kind !== 'string' || !KIND.test(e.kind))
        throw new TypeError(`ledger entry ${i}: kind "${String(e.kind)}" must match ${KIND.source}`);
      if (typeof e.recordId !== 'string' || e.recordId === '' || e.recordId.length > 200)
        throw new TypeError(`ledger entry ${i}: recordId must be 1–200 characters`);
      let hash: string;
      if ('contentHash' in e) {
        if (typeof e.contentHash !== 'string' || !SHA256_HEX.test(e.contentHash))
          throw new TypeError(`ledger entry ${i}: contentHash must be 64 lowercase hex digits`);
        hash = e.contentHash;
      } else hash = contentHash(e.content);
      return {
        kind: e.kind,
        recordId: e.recordId,
        contentHash: hash,
        leafHash: leafHashOf({ kind: e.kind, recordId: e.recordId, contentHash: hash }),
      };
    });
    await repo.lockLog(trx, this.dialect);
    const size = await repo.treeSize(trx);
    const frontier = await this.hashes(trx, rootNodes(size));
    const range = new CompactRange(
      size,
      rootNodes(size).map((id) => frontier(id)),
    );
    const at = isoTime();
    const leaves: LedgerLeafTable[] = [];
    const nodes: LedgerNodeTable[] = [];
    const receipts: LedgerReceipt[] = [];
    for (const p of prepared) {
      const leafIndex = range.size;
      range.append(p.leafHash, (id, hash) => {
        if (id.level > 0 && isStoredLevel(id.level))
          nodes.push({ level: id.level, node_index: id.index, hash: hash.toString('hex') });
      });
      leaves.push({
        leaf_index: leafIndex,
        kind: p.kind,
        record_id: p.recordId,
        content_hash: p.contentHash,
        leaf_hash: p.leafHash.toString('hex'),
        recorded_at: at,
      });
      receipts.push({
        kind: p.kind,
        recordId: p.recordId,
        leafIndex,
        leafHash: p.leafHash.toString('base64'),
        contentHash: p.contentHash,
      });
    }
    await repo.insertTree(trx, leaves, nodes);
    return receipts;
  }

  /**
   * Tells the ledger how to reload the current content of records of `kind`, so that
   * `guarantor ledger audit` can recompute their leaves; `visible` (optional) lets leaf
   * lookups by record id answer only for records the viewer may see; `derived` (optional)
   * lets the audit check the columns stored beside the content against it.
   */
  registerSource(
    kind: string,
    loader: LedgerSourceLoader,
    options: { visible?: LedgerVisibility; derived?: LedgerDerivedCheck } = {},
  ): void {
    if (!KIND.test(kind)) throw new TypeError(`ledger source kind "${kind}" must match ${KIND.source}`);
    this.sources.set(kind, {
      load: loader,
      ...(options.visible ? { visible: options.visible } : {}),
      ...(options.derived ? { derived: options.derived } : {}),
    });
  }

  /**
   * Registers a kind whose records are the rows of one releasable table, ledgered as
   * `present(row)`: the audit reloads them by `key`, and leaf lookups answer only to the
   * parties that may see the row.
   */
  registerTableSource<T extends keyof Database>(
    kind: string,
    table: T,
    key: keyof Database[T] & string,
    present: (row: Database[T]) => unknown,
  ): void {
    this.registerSource(
      kind,
      async (db, ids) => {
        if (ids.length === 0) return new Map();
        const { rows } = await sql<Database[T]>`select * from ${sql.table(table)}
          where ${sql.ref(key)} in (${sql.join(ids)})`.execute(db);
        return new Map(rows.map((r) => [String(r[key]), present(r)]));
      },
      { visible: (db, viewer, ids) => visibleIdsIn(db, viewer, table, key, ids) },
    );
  }

  /** The registered source of a kind, if any. */
  source(kind: string): LedgerSource | undefined {
    return this.sources.get(kind);
  }

  /** Every registered kind. */
  sourceKinds(): string[] {
    return [...this.sources.keys()].sort();
  }

  /** Number of leaves in the log now. */
  async treeSize(db: Executor = this.db): Promise<number> {
    return repo.treeSize(db);
  }

  /** MTH of the first `size` leaves, from the stored levels (≤ log2(size) + 1 reads). */
  async rootAt(size: number, db: Executor = this.db): Promise<Buffer> {
    if (size === 0) return EMPTY_ROOT;
    const ids = rootNodes(size);
    const hashOf = await this.hashes(db, ids);
    return foldRange(ids.map(hashOf));
  }

  /** RFC 9162 inclusion proof of leaf `index` in the tree of `size` leaves (size ≤ tree size). */
  async inclusionProof(index: number, size: number, db: Executor = this.db): Promise<InclusionProofBytes> {
    const plan = planInclusion(index, size);
    const hashOf = await this.hashes(db, [...planNodes(plan), { level: 0, index }]);
    return {
      leafIndex: index,
      treeSize: size,
      leafHash: hashOf({ level: 0, index }),
      proof: assembleProof(plan, hashOf),
    };
  }

  /** RFC 9162 consistency proof from the tree of `from` leaves to the tree of `to` leaves. */
  async consistencyProof(from: number, to: number, db: Executor = this.db): Promise<Buffer[]> {
    return this.assemble(db, planConsistency(from, to));
  }

  /** Leaves `[start, end)`. */
  async leaves(start: number, end: number, db: Executor = this.db): Promise<LedgerLeafTable[]> {
    return repo.leaves(db, start, end);
  }

  /**
   * Leaves of one record, oldest first. When the record's module registered `visible`, a
   * viewer who may not see the record gets none (as if it did not exist).
   */
  async leavesOfRecord(viewer: Viewer, kind: string, recordId: string): Promise<LedgerLeafTable[]> {
    const visible = this.sources.get(kind)?.visible;
    if (visible && !(await visible(this.db, viewer, [recordId])).has(recordId)) return [];
    return repo.leavesOfRecord(this.db, kind, recordId);
  }

  /** Every leaf of one record, without a viewer: for operators' tools (proof bundles), never the API. */
  async allLeavesOfRecord(kind: string, recordId: string): Promise<LedgerLeafTable[]> {
    return repo.leavesOfRecord(this.db, kind, recordId);
  }

  /** Leaves with a given RFC 9162 leaf hash (normally one). */
  async leavesByHash(leafHash: Buffer): Promise<LedgerLeafTable[]> {
    return repo.leavesByHash(this.db, leafHash.toString('hex'));
  }

  /** Leaf counts per kind. */
  async kinds(): Promise<{ kind: string; leaves: number }[]> {
    return repo.kinds(this.db);
  }

  private async assemble(db: Executor, plan: ProofPlan): Promise<Buffer[]> {
    const hashOf = await this.hashes(db, planNodes(plan));
    return assembleProof(plan, hashOf);
  }

  // Nodes of unstored levels are folded from their stored descendants (`storedBase`); a
  // missing stored hash means the stored tree is broken, never a guess.
  private async hashes(db: Executor, ids: readonly NodeId[]): Promise<(id: NodeId) => Buffer> {
    const found = await repo.nodeHashes(db, ids.map(storedBase));
    const stored = (id: NodeId): Buffer => {
      const hash = found.get(nodeKey(id));
      if (!hash) throw new Error(`ledger node ${nodeKey(id)} is missing from the stored tree`);
      return hash;
    };
    return (id) => {
      const base = storedBase(id);
      let row: Buffer[] = [];
      for (let i = base.start; i < base.end; i++) row.push(stored({ level: base.level, index: i }));
      while (row.length > 1) {
        const up: Buffer[] = [];
        for (let i = 0; i < row.length; i += 2) up.push(hashChildren(row[i]!, row[i + 1]!));
        row = up;
      }
      return row[0]!;
    };
  }
}
