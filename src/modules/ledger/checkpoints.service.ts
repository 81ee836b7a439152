import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Dialect } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { conflict, notFound } from '../../platform/http/problem.js';
import { formatCheckpoint, formatNote, signatureLine, type NoteSigner } from './note.js';
import { verifyConsistency } from './proofs.js';
import { ledgerRepository as repo } from './ledger.repository.js';
import type { LedgerService } from './ledger.service.js';
import type { LedgerCheckpointTable } from './ledger.tables.js';

/** A signed checkpoint with its co-signatures. */
export interface SignedCheckpoint {
  treeSize: number;
  /** Root hash, raw bytes. */
  rootHash: Buffer;
  /** The signed note: body, blank line, the log's signature, then witnesses' co-signatures. */
  note: string;
  issuedAt: string;
  /** Co-signatures added by party witnesses. */
  cosignatures: { party: string; name: string; keyId: string; signedAt: string }[];
}

/**
 * Issues C2SP checkpoints signed with the platform's Ed25519 key. Never signs two
 * inconsistent checkpoints: before signing it re-derives the previous signed root from the
 * stored tree and verifies a consistency proof from it, under the log lock, so restarts and
 * several servers cannot fork the history.
 */
export class CheckpointService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly ledger: LedgerService,
    private readonly signer: NoteSigner,
    private readonly origin: string,
  ) {}

  /**
   * Signs a checkpoint of the whole log unless the newest one covers it already; answers the
   * newest checkpoint either way.
   */
  async issue(): Promise<SignedCheckpoint> {
    const row = await this.db.transaction().execute(async (trx) => {
      await repo.lockLog(trx, this.dialect);
      const size = await this.ledger.treeSize(trx);
      const latest = await repo.latestCheckpoint(trx);
      if (latest && latest.tree_size === size) return latest;
      if (latest && latest.tree_size > size)
        throw new Error(
          `the log has ${size} leaves but checkpoint ${latest.tree_size} was signed: leaves were removed`,
        );
      if (latest && latest.key_id !== this.signer.keyId.toString('hex'))
        throw conflict(
          `checkpoint ${latest.tree_size} was signed by key ${latest.key_id}, this server holds ${this.signer.keyId.toString('hex')}; servers of one log must share its key file`,
        );
      const root = await this.ledger.rootAt(size, trx);
      if (latest && latest.tree_size > 0) {
        const signedRoot = Buffer.from(latest.root_hash, 'hex');
        const proof = await this.ledger.consistencyProof(latest.tree_size, size, trx);
        // RFC 9162 §2.1.4.2 against the root we signed, not the one the stored tree gives now.
        verifyConsistency(latest.tree_size, size, proof, signedRoot, root);
      }
      const body = formatCheckpoint({ origin: this.origin, treeSize: size, rootHash: root });
      const next: LedgerCheckpointTable = {
        tree_size: size,
        root_hash: root.toString('hex'),
        note: formatNote(body, [signatureLine(body, this.signer)]),
        key_id: this.signer.keyId.toString('hex'),
        issued_at: isoTime(),
      };
      await repo.insertCheckpoint(trx, next);
      return next;
    });
    return this.present(row);
  }

  /** The newest checkpoint, or null before the first. */
  async latest(): Promise<SignedCheckpoint | null> {
    const row = await repo.latestCheckpoint(this.db);
    return row ? this.present(row) : null;
  }

  /** The checkpoint of a tree size; 404 when none was issued for it. */
  async get(treeSize: number): Promise<SignedCheckpoint> {
    const row = await repo.checkpoint(this.db, treeSize);
    if (!row) throw notFound(`Checkpoint of tree size ${treeSize}`);
    return this.present(row);
  }

  /** The body of a checkpoint (what signatures cover). */
  bodyOf(checkpoint: Pick<SignedCheckpoint, 'treeSize' | 'rootHash'>): string {
    return formatCheckpoint({
      origin: this.origin,
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash,
    });
  }

  private async present(row: LedgerCheckpointTable): Promise<SignedCheckpoint> {
    const cosigs = await repo.cosignatures(this.db, row.tree_size);
    return {
      treeSize: Number(row.tree_size),
      rootHash: Buffer.from(row.root_hash, 'hex'),
      note: row.note + cosigs.map((c) => `${c.signature_line}\n`).join(''),
      issuedAt: row.issued_at,
      cosignatures: cosigs.map((c) => ({
        party: c.party_code,
        name: c.name,
        keyId: c.key_id,
        signedAt: c.signed_at,
      })),
    };
  }
}
