import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { isoTime } from '../../platform/db/columns.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { conflict, forbidden, invalidField, notFound, unprocessable } from '../../platform/http/problem.js';
import { NoteError, noteVerifier, parseSignatureLine, parseVerifierKey, signatureValid } from './note.js';
import { ledgerRepository as repo } from './ledger.repository.js';
import type { CheckpointService } from './checkpoints.service.js';
import type { LedgerWitnessTable } from './ledger.tables.js';

/** A registered witness key, as the API shows it. */
export interface WitnessKey {
  id: string;
  party: string;
  name: string;
  keyId: string;
  /** C2SP verifier key text. */
  verifierKey: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Which parties witnessed a checkpoint, and when. */
export interface WitnessStatus {
  treeSize: number | null;
  witnesses: {
    party: string;
    name: string;
    keyId: string;
    witnessedLatest: boolean;
    signedAt: string | null;
  }[];
}

// Witness keys and co-signatures are coalition-wide facts: anyone in the log may check them.
const PUBLIC = { owner_party: 'NATO', releasability: 'public', releasable_to: '' } as const;

function present(w: LedgerWitnessTable): WitnessKey {
  const verifier = noteVerifier(w.name, Buffer.from(w.public_key, 'base64'));
  return {
    id: w.id,
    party: w.party_code,
    name: w.name,
    keyId: w.key_id,
    verifierKey: `${w.name}+${w.key_id}+${Buffer.concat([Buffer.from([1]), verifier.publicKey]).toString('base64')}`,
    createdAt: w.created_at,
    revokedAt: w.revoked_at,
  };
}

/**
 * Party witnesses: coordinators register each party's Ed25519 witness keys; a witness that
 * verified a checkpoint's consistency with the last one it saw posts its co-signature, which
 * is added to the checkpoint's note.
 */
export class WitnessService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly checkpoints: CheckpointService,
    private readonly partyExists: (code: string) => Promise<boolean>,
  ) {}

  /** Registers a party's witness key (coordinators); 409 when the key is registered already. */
  async register(viewer: Viewer, input: { party: string; verifierKey: string }): Promise<WitnessKey> {
    requireRole(viewer, ['coordinator'], 'register a witness key');
    let verifier;
    try {
      verifier = parseVerifierKey(input.verifierKey);
    } catch (error) {
      throw invalidField('/verifierKey', error instanceof NoteError ? error.message : String(error));
    }
    if (!(await this.partyExists(input.party))) throw invalidField('/party', `unknown party ${input.party}`);
    const row: LedgerWitnessTable = {
      id: randomUUID(),
      party_code: input.party,
      name: verifier.name,
      key_id: verifier.keyId.toString('hex'),
      public_key: verifier.publicKey.toString('base64'),
      created_at: isoTime(),
      revoked_at: null,
    };
    await this.db.transaction().execute(async (trx) => {
      if (await repo.witnessByPublicKey(trx, row.public_key))
        throw conflict('This witness key is registered already.');
      await repo.insertWitness(trx, row);
      await recordAudit(trx, viewer, {
        action: 'create',
        entity: 'ledger.witness',
        entityId: row.id,
        after: present(row),
        record: PUBLIC,
      });
    });
    return present(row);
  }

  /** Revokes a witness key (coordinators); its past co-signatures stay in the notes. */
  async revoke(viewer: Viewer, id: string): Promise<WitnessKey> {
    requireRole(viewer, ['coordinator'], 'revoke a witness key');
    return this.db.transaction().execute(async (trx) => {
      const row = await repo.witness(trx, id);
      if (!row) throw notFound(`Witness key ${id}`);
      if (row.revoked_at) return present(row);
      const at = isoTime();
      await repo.revokeWitness(trx, id, at);
      await recordAudit(trx, viewer, {
        action: 'revoke',
        entity: 'ledger.witness',
        entityId: id,
        record: PUBLIC,
      });
      return present({ ...row, revoked_at: at });
    });
  }

  /** Witness keys, by party. */
  async list(_viewer: Viewer, includeRevoked = false): Promise<WitnessKey[]> {
    return (await repo.witnesses(this.db, includeRevoked)).map(present);
  }

  /**
   * Adds a witness's co-signature to checkpoint `treeSize`. The line must be a valid
   * Ed25519 signature over that checkpoint's body by a registered key of the caller's party.
   */
  async cosign(viewer: Viewer, input: { treeSize: number; signature: string }): Promise<{ added: boolean }> {
    let sig;
    try {
      sig = parseSignatureLine(input.signature.replace(/\n$/, ''));
    } catch (error) {
      throw invalidField('/signature', error instanceof Error ? error.message : String(error));
    }
    const checkpoint = await this.checkpoints.get(input.treeSize);
    const keys = (await repo.witnesses(this.db)).filter(
      (w) => w.name === sig.name && w.key_id === sig.keyId.toString('hex'),
    );
    const witness = keys[0];
    if (!witness)
      throw invalidField(
        '/signature',
        `no registered witness key ${sig.name} with id ${sig.keyId.toString('hex')}`,
      );
    if (witness.party_code !== viewer.party)
      throw forbidden(
        `The witness key ${witness.name} belongs to ${witness.party_code}, not to ${viewer.party}.`,
      );
    const verifier = noteVerifier(witness.name, Buffer.from(witness.public_key, 'base64'));
    if (!signatureValid(this.checkpoints.bodyOf(checkpoint), sig, verifier))
      throw unprocessable(`The signature does not verify over checkpoint ${input.treeSize}.`, [
        { pointer: '/signature', detail: 'not a valid Ed25519 signature of this checkpoint body' },
      ]);
    const added = await this.db.transaction().execute(async (trx) => {
      const inserted = await repo.insertCosignature(trx, {
        tree_size: input.treeSize,
        witness_id: witness.id,
        signature_line: sig.line,
        signed_at: isoTime(),
      });
      if (inserted)
        await recordAudit(trx, viewer, {
          action: 'cosign',
          entity: 'ledger.checkpoint',
          entityId: String(input.treeSize),
          after: { witness: witness.name, party: witness.party_code },
          record: PUBLIC,
        });
      return inserted;
    });
    return { added };
  }

  /** For each active witness key: whether it co-signed the newest checkpoint, and its last co-signature time. */
  async status(_viewer: Viewer): Promise<WitnessStatus> {
    const latest = await this.checkpoints.latest();
    const keys = await repo.witnesses(this.db);
    const last = await repo.lastCosignatures(this.db);
    return {
      treeSize: latest?.treeSize ?? null,
      witnesses: keys.map((w) => {
        const onLatest = latest?.cosignatures.find((c) => c.keyId === w.key_id && c.name === w.name);
        return {
          party: w.party_code,
          name: w.name,
          keyId: w.key_id,
          witnessedLatest: onLatest !== undefined,
          signedAt: onLatest?.signedAt ?? last.get(w.id) ?? null,
        };
      }),
    };
  }
}
