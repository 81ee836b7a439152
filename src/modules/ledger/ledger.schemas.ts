import { Type, type Static } from '@sinclair/typebox';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import { DateTimeSchema } from '../../platform/http/schemas.js';

/** A SHA-256 hash in standard base64 (44 characters). */
export const HashSchema = Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$', description: 'SHA-256, base64' });

const Size = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

/** RFC 9162 inclusion proof as the API answers it. */
export const InclusionProofSchema = Type.Object({
  leafIndex: Size,
  treeSize: Size,
  leafHash: HashSchema,
  proof: Type.Array(HashSchema, { description: 'audit path, leaf to root' }),
});
export type InclusionProof = Static<typeof InclusionProofSchema>;

/** RFC 9162 consistency proof as the API answers it. */
export const ConsistencyProofSchema = Type.Object({
  from: Size,
  to: Size,
  proof: Type.Array(HashSchema),
});
export type ConsistencyProof = Static<typeof ConsistencyProofSchema>;

/** A signed checkpoint with who co-signed it. */
export const CheckpointSchema = Type.Object({
  treeSize: Size,
  rootHash: HashSchema,
  note: Type.String({ description: 'C2SP signed note: checkpoint body, blank line, signature lines' }),
  issuedAt: DateTimeSchema,
  cosignatures: Type.Array(
    Type.Object({
      party: Type.String(),
      name: Type.String(),
      keyId: Type.String(),
      signedAt: DateTimeSchema,
    }),
  ),
});
export type CheckpointView = Static<typeof CheckpointSchema>;

/** A leaf as listed: its position and RFC 9162 leaf hash. */
export const LeafSchema = Type.Object({ leafIndex: Size, leafHash: HashSchema });

/** A leaf of one record, as its record's page shows it. */
export const RecordLeafSchema = Type.Object({
  leafIndex: Size,
  leafHash: HashSchema,
  contentHash: Type.String({
    pattern: '^[0-9a-f]{64}$',
    description: 'hex SHA-256 of the RFC 8785 canonical JSON',
  }),
  recordedAt: DateTimeSchema,
});

/** The record as stored now, for a party to hash and compare with its newest leaf. */
export const RecordNowSchema = Type.Object(
  {
    removed: Type.Boolean({ description: 'the record is no longer stored' }),
    content: Type.Optional(
      Type.Unknown({
        description:
          'the record as its module ledgers it (hex SHA-256 of its RFC 8785 canonical JSON is the content hash of an unchanged record)',
      }),
    ),
    storedColumnsDisagree: Type.Array(Type.String(), {
      description: 'columns stored beside the record (for queries and access) that disagree with its content',
    }),
  },
  { description: 'only for kinds whose module decides who may see a record (absent otherwise)' },
);

/** "Included in checkpoint N": a record's leaves, the newest checkpoint and the inclusion proof of its newest leaf. */
export const RecordProofSchema = Type.Object({
  kind: Type.String(),
  recordId: Type.String(),
  leaves: Type.Array(RecordLeafSchema),
  now: Type.Optional(RecordNowSchema),
  checkpoint: Type.Union([CheckpointSchema, Type.Null()]),
  inclusion: Type.Union([InclusionProofSchema, Type.Null()], {
    description: 'null while the newest leaf is not yet covered by a checkpoint',
  }),
});
export type RecordProof = Static<typeof RecordProofSchema>;

/** A registered witness key. */
export const WitnessKeySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  party: Type.String(),
  name: Type.String(),
  keyId: Type.String(),
  verifierKey: Type.String(),
  createdAt: DateTimeSchema,
  revokedAt: Type.Union([DateTimeSchema, Type.Null()]),
});

/** Registering a witness key. */
export const NewWitnessSchema = Type.Object(
  {
    party: PartyCodeSchema,
    verifierKey: Type.String({
      maxLength: 300,
      description: 'C2SP verifier key <name>+<8 hex key id>+<base64 of 0x01 ‖ Ed25519 public key>',
    }),
  },
  { additionalProperties: false },
);

/** A witness's co-signature of a checkpoint. */
export const CosignatureSchema = Type.Object(
  {
    treeSize: Size,
    signature: Type.String({
      maxLength: 500,
      description: 'signature line "— <name> <base64(key id ‖ signature)>"',
    }),
  },
  { additionalProperties: false },
);

/** Which parties witnessed the newest checkpoint. */
export const WitnessStatusSchema = Type.Object({
  treeSize: Type.Union([Size, Type.Null()]),
  witnesses: Type.Array(
    Type.Object({
      party: Type.String(),
      name: Type.String(),
      keyId: Type.String(),
      witnessedLatest: Type.Boolean(),
      signedAt: Type.Union([DateTimeSchema, Type.Null()]),
    }),
  ),
});
