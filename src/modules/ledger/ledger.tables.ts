/** One leaf of the log: what was recorded and its RFC 9162 leaf hash. */
export interface LedgerLeafTable {
  /** Position in the log, from 0; the primary key, so two appenders can never share one. */
  leaf_index: number;
  kind: string;
  record_id: string;
  /** Hex SHA-256 of the canonical JSON of the record's content. */
  content_hash: string;
  /** Hex RFC 9162 leaf hash (level 0 of the tree). */
  leaf_hash: string;
  /** ISO 8601 UTC time of the append. */
  recorded_at: string;
}

/** A complete interior subtree (level ≥ 1) of the log, stored so proofs need no rebuild. */
export interface LedgerNodeTable {
  level: number;
  /** Covers leaves [node_index · 2^level, (node_index + 1) · 2^level). */
  node_index: number;
  /** Hex SHA-256 node hash. */
  hash: string;
}

/** A checkpoint the log signed; the latest one bounds every later checkpoint. */
export interface LedgerCheckpointTable {
  tree_size: number;
  /** Hex root hash. */
  root_hash: string;
  /** The signed note as issued (body, blank line, the log's signature line). */
  note: string;
  /** Hex key id of the log key that signed it. */
  key_id: string;
  issued_at: string;
}

/** An Ed25519 witness key of a party (C2SP signed-note verifier key). */
export interface LedgerWitnessTable {
  id: string;
  party_code: string;
  /** Key name as it appears in signature lines. */
  name: string;
  /** Hex key id (first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)). */
  key_id: string;
  /** Base64 of the raw 32-byte Ed25519 public key. */
  public_key: string;
  created_at: string;
  revoked_at: string | null;
}

/** A witness's co-signature of one checkpoint. */
export interface LedgerCosignatureTable {
  tree_size: number;
  witness_id: string;
  /** The full signature line, `— <name> <base64(key id ‖ signature)>`. */
  signature_line: string;
  signed_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    ledger_leaves: LedgerLeafTable;
    ledger_nodes: LedgerNodeTable;
    ledger_checkpoints: LedgerCheckpointTable;
    ledger_witnesses: LedgerWitnessTable;
    ledger_cosignatures: LedgerCosignatureTable;
  }
}
