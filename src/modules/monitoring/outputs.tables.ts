import type { ReleasableColumns } from '../../platform/db/schema.js';

/**
 * Tables of the monitoring outputs: import batches and the provenance of imported
 * observations, alert rules, saved searches, fired alerts and webhook deliveries.
 */

/** One imported file (ACLED CSV, CoT XML, GeoJSON); visible like an owner-only record of its party. */
export interface MonitoringImportTable extends ReleasableColumns {
  id: string;
  format: string;
  file_name: string | null;
  /** Hex SHA-256 of the file as received. */
  file_sha256: string;
  actor: string;
  at: string;
  stored: number;
  replayed: number;
  /** Records that are not ceasefire matters (e.g. ACLED protests), left out by design. */
  skipped: number;
}

/** Where an imported observation came from: the foreign record, kept as structured data. */
export interface MonitoringImportRecordTable extends ReleasableColumns {
  observation_id: string;
  import_id: string;
  format: string;
  /** CSV line (from 1) or event / feature index (from 0). */
  position: number;
  /** JSON of the foreign record's fields (e.g. every ACLED column). */
  provenance_json: string;
}

/** An alert rule, owned by a party; fires on bus events for the rule's owner party. */
export interface AlertRuleTable extends ReleasableColumns {
  id: string;
  name: string;
  /** `category-count`, `incident-severity`, `incident-attributed`, `ground-assault-across-line`. */
  kind: string;
  /** JSON of the rule's parameters. */
  params_json: string;
  /** Webhook URL, or null for Server-Sent Events only. */
  webhook_url: string | null;
  /** HMAC-SHA256 key of the webhook signatures (shown once on creation). */
  webhook_secret: string | null;
  enabled: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A saved search: a named observation or incident filter of a user's party. */
export interface SavedSearchTable extends ReleasableColumns {
  id: string;
  name: string;
  /** `observations` or `incidents`. */
  target: string;
  filter_json: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** An alert that fired; releasable like the record that fired it, intersected with the rule's party. */
export interface AlertEventTable extends ReleasableColumns {
  id: string;
  rule_id: string;
  at: string;
  /** `observation` or `incident`. */
  subject_kind: string;
  subject_id: string;
  summary: string;
  /** Dedup key: a rule fires once per subject (and per window for counts). */
  dedup_key: string;
}

/** One attempt to deliver an alert to a webhook (the delivery log). */
export interface WebhookDeliveryTable {
  id: string;
  alert_id: string;
  rule_id: string;
  attempt: number;
  at: string;
  /** `delivered`, `failed` (will retry) or `abandoned` (retries exhausted). */
  outcome: string;
  status_code: number | null;
  error: string | null;
  next_attempt_at: string | null;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    monitoring_imports: MonitoringImportTable;
    monitoring_import_records: MonitoringImportRecordTable;
    alert_rules: AlertRuleTable;
    saved_searches: SavedSearchTable;
    alert_events: AlertEventTable;
    webhook_deliveries: WebhookDeliveryTable;
  }
}
