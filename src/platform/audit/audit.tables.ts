import type { Generated } from 'kysely';
import type { ReleasableColumns } from '../db/schema.js';

/** One row of the audit trail: who changed what, when, before and after. */
export interface AuditEventTable extends ReleasableColumns {
  seq: Generated<number>;
  at: string;
  actor_user_id: string | null;
  actor_username: string;
  actor_party: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

/** Key/value settings of a deployment (e.g. whether exercise data is loaded). */
export interface PlatformSettingTable {
  key: string;
  value: string;
}

declare module '../db/schema.js' {
  interface Database {
    audit_events: AuditEventTable;
    platform_settings: PlatformSettingTable;
  }
}

/** A remembered answer to a write sent with an `Idempotency-Key` header. */
export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  fingerprint: string;
  /** Null while the first request is still being handled. */
  status: number | null;
  content_type: string | null;
  body: string | null;
  created_at: string;
}

declare module '../db/schema.js' {
  interface Database {
    idempotency_keys: IdempotencyKeyTable;
  }
}
