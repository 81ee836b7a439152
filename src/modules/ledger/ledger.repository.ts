import { sql } from 'kysely';
import type { Dialect, Executor } from '../../platform/db/database.js';
import { insertRows } from '../../platform/db/insert-rows.js';
import { nodeKey, type NodeRange } from './merkle.js';
import type {
  LedgerCheckpointTable,
  LedgerCosignatureTable,
  LedgerLeafTable,
  LedgerNodeTable,
  LedgerWitnessTable,
} from './ledger.tables.js';
import './ledger.tables.js';

// Any fixed 64-bit number, the same in every server: the PostgreSQL advisory lock that
// serialises ledger appends and checkpoint signing ("GUARANTR" in ASCII, truncated).
const APPEND_LOCK = 4_775_833_025_794_642;

/** SQL of the ledger tables. The leaves and stored levels carry hashes only, never content. */
export const ledgerRepository = {
  /**
   * Serialises appends and signing across servers: a transaction-level advisory lock on
   * PostgreSQL, released at commit or rollback. SQLite has a single writer already.
   */
  async lockLog(trx: Executor, dialect: Dialect): Promise<void> {
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${APPEND_LOCK})`.execute(trx);
  },

  /** Number of leaves in the log. */
  async treeSize(db: Executor): Promise<number> {
    const row = await db
      .selectFrom('ledger_leaves')
      .select((eb) => eb.fn.max('leaf_index').as('last'))
      .executeTakeFirst();
    return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
  },

  /**
   * Hashes of stored complete subtrees (leaves at level 0) in ranges of one level, keyed by
   * `nodeKey`; ranges at unstored levels find nothing.
   */
  async nodeHashes(db: Executor, ranges: readonly NodeRange[]): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    const leaves = ranges.filter((r) => r.level === 0);
    const inner = ranges.filter((r) => r.level > 0);
    // Bounded OR lists: a proof needs about 2 · log2(n) ranges, an audit chunk more.
    for (let i = 0; i < leaves.length; i += 200) {
      const rows = await db
        .selectFrom('ledger_leaves')
        .select(['leaf_index', 'leaf_hash'])
        .where((eb) =>
          eb.or(
            leaves
              .slice(i, i + 200)
              .map((r) => eb.and([eb('leaf_index', '>=', r.start), eb('leaf_index', '<', r.end)])),
          ),
        )
        .execute();
      for (const r of rows)
        out.set(nodeKey({ level: 0, index: Number(r.leaf_index) }), Buffer.from(r.leaf_hash, 'hex'));
    }
    for (let i = 0; i < inner.length; i += 200) {
      const rows = await db
        .selectFrom('ledger_nodes')
        .select(['level', 'node_index', 'hash'])
        .where((eb) =>
          eb.or(
            inner
              .slice(i, i + 200)
              .map((r) =>
                eb.and([
                  eb('level', '=', r.level),
                  eb('node_index', '>=', r.start),
                  eb('node_index', '<', r.end),
                ]),
              ),
          ),
        )
        .execute();
      for (const r of rows)
        out.set(nodeKey({ level: r.level, index: Number(r.node_index) }), Buffer.from(r.hash, 'hex'));
    }
    return out;
  },

  /** Appends leaves and the interior nodes of stored levels they complete. */
  async insertTree(trx: Executor, leaves: LedgerLeafTable[], nodes: LedgerNodeTable[]): Promise<void> {
    await insertRows(trx, 'ledger_leaves', leaves);
    await insertRows(trx, 'ledger_nodes', nodes);
  },

  /** Leaves `[start, end)` in index order. */
  async leaves(db: Executor, start: number, end: number): Promise<LedgerLeafTable[]> {
    return db
      .selectFrom('ledger_leaves')
      .selectAll()
      .where('leaf_index', '>=', start)
      .where('leaf_index', '<', end)
      .orderBy('leaf_index')
      .execute();
  },

  /** Every leaf of one record, oldest first. */
  async leavesOfRecord(db: Executor, kind: string, recordId: string): Promise<LedgerLeafTable[]> {
    return db
      .selectFrom('ledger_leaves')
      .selectAll()
      .where('kind', '=', kind)
      .where('record_id', '=', recordId)
      .orderBy('leaf_index')
      .execute();
  },

  /** The leaves with a given hex leaf hash (normally one). */
  async leavesByHash(db: Executor, leafHash: string): Promise<LedgerLeafTable[]> {
    return db
      .selectFrom('ledger_leaves')
      .selectAll()
      .where('leaf_hash', '=', leafHash)
      .orderBy('leaf_index')
      .execute();
  },

  /** The newest checkpoint, or undefined before the first. */
  async latestCheckpoint(db: Executor): Promise<LedgerCheckpointTable | undefined> {
    return db
      .selectFrom('ledger_checkpoints')
      .selectAll()
      .orderBy('tree_size', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /** The checkpoint of a tree size, if one was issued. */
  async checkpoint(db: Executor, treeSize: number): Promise<LedgerCheckpointTable | undefined> {
    return db
      .selectFrom('ledger_checkpoints')
      .selectAll()
      .where('tree_size', '=', treeSize)
      .executeTakeFirst();
  },

  /** Stores a signed checkpoint. */
  async insertCheckpoint(trx: Executor, row: LedgerCheckpointTable): Promise<void> {
    await trx.insertInto('ledger_checkpoints').values(row).execute();
  },

  /** Witness keys, newest first; revoked ones too when asked. */
  async witnesses(db: Executor, includeRevoked = false): Promise<LedgerWitnessTable[]> {
    let q = db.selectFrom('ledger_witnesses').selectAll().orderBy('party_code').orderBy('created_at');
    if (!includeRevoked) q = q.where('revoked_at', 'is', null);
    return q.execute();
  },

  /** A witness key by id. */
  async witness(db: Executor, id: string): Promise<LedgerWitnessTable | undefined> {
    return db.selectFrom('ledger_witnesses').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** A witness key by its public key (base64). */
  async witnessByPublicKey(db: Executor, publicKey: string): Promise<LedgerWitnessTable | undefined> {
    return db
      .selectFrom('ledger_witnesses')
      .selectAll()
      .where('public_key', '=', publicKey)
      .executeTakeFirst();
  },

  /** Adds a witness key. */
  async insertWitness(trx: Executor, row: LedgerWitnessTable): Promise<void> {
    await trx.insertInto('ledger_witnesses').values(row).execute();
  },

  /** Marks a witness key revoked. */
  async revokeWitness(trx: Executor, id: string, at: string): Promise<void> {
    await trx.updateTable('ledger_witnesses').set({ revoked_at: at }).where('id', '=', id).execute();
  },

  /** Co-signatures of one checkpoint with their witness keys. */
  async cosignatures(
    db: Executor,
    treeSize: number,
  ): Promise<(LedgerCosignatureTable & Pick<LedgerWitnessTable, 'party_code' | 'name' | 'key_id'>)[]> {
    return db
      .selectFrom('ledger_cosignatures as c')
      .innerJoin('ledger_witnesses as w', 'w.id', 'c.witness_id')
      .select([
        'c.tree_size',
        'c.witness_id',
        'c.signature_line',
        'c.signed_at',
        'w.party_code',
        'w.name',
        'w.key_id',
      ])
      .where('c.tree_size', '=', treeSize)
      .orderBy('w.party_code')
      .orderBy('w.name')
      .execute();
  },

  /** Stores a co-signature unless the witness has signed that checkpoint already. */
  async insertCosignature(trx: Executor, row: LedgerCosignatureTable): Promise<boolean> {
    const exists = await trx
      .selectFrom('ledger_cosignatures')
      .select('tree_size')
      .where('tree_size', '=', row.tree_size)
      .where('witness_id', '=', row.witness_id)
      .executeTakeFirst();
    if (exists) return false;
    await trx.insertInto('ledger_cosignatures').values(row).execute();
    return true;
  },

  /** Time of each witness's newest co-signature, by witness id. */
  async lastCosignatures(db: Executor): Promise<Map<string, string>> {
    const rows = await db
      .selectFrom('ledger_cosignatures')
      .select(['witness_id', (eb) => eb.fn.max('signed_at').as('last')])
      .groupBy('witness_id')
      .execute();
    return new Map(rows.map((r) => [r.witness_id, r.last]));
  },

  /** Distinct record kinds in the log with their leaf counts. */
  async kinds(db: Executor): Promise<{ kind: string; leaves: number }[]> {
    const rows = await db
      .selectFrom('ledger_leaves')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('leaves')])
      .groupBy('kind')
      .orderBy('kind')
      .execute();
    return rows.map((r) => ({ kind: r.kind, leaves: Number(r.leaves) }));
  },
};
