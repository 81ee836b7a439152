import type { Kysely, Migration } from 'kysely';
import { withReleasability } from '../../platform/db/columns.js';

/** Tables of the monitoring outputs (numbers 03-monitoring-2NN, after the monitoring core's). */
export const outputsMigrations: Record<string, Migration> = {
  '03-monitoring-201-imports': {
    async up(db: Kysely<unknown>) {
      await withReleasability(
        db.schema
          .createTable('monitoring_imports')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('format', 'text', (c) => c.notNull())
          .addColumn('file_name', 'text')
          .addColumn('file_sha256', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('stored', 'integer', (c) => c.notNull())
          .addColumn('replayed', 'integer', (c) => c.notNull())
          .addColumn('skipped', 'integer', (c) => c.notNull()),
      ).execute();
      await withReleasability(
        db.schema
          .createTable('monitoring_import_records')
          .addColumn('observation_id', 'text', (c) => c.primaryKey())
          .addColumn('import_id', 'text', (c) => c.notNull())
          .addColumn('format', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('provenance_json', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema
        .createIndex('monitoring_import_records_import')
        .on('monitoring_import_records')
        .column('import_id')
        .execute();
    },
  },
  '03-monitoring-202-alerts': {
    async up(db: Kysely<unknown>) {
      await withReleasability(
        db.schema
          .createTable('alert_rules')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('params_json', 'text', (c) => c.notNull())
          .addColumn('webhook_url', 'text')
          .addColumn('webhook_secret', 'text')
          .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await withReleasability(
        db.schema
          .createTable('saved_searches')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('filter_json', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await withReleasability(
        db.schema
          .createTable('alert_events')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('rule_id', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('subject_kind', 'text', (c) => c.notNull())
          .addColumn('subject_id', 'text', (c) => c.notNull())
          .addColumn('summary', 'text', (c) => c.notNull())
          .addColumn('dedup_key', 'text', (c) => c.notNull().unique()),
      ).execute();
      await db.schema
        .createIndex('alert_events_rule')
        .on('alert_events')
        .columns(['rule_id', 'at'])
        .execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('alert_id', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('error', 'text')
        .addColumn('next_attempt_at', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_alert')
        .on('webhook_deliveries')
        .columns(['alert_id', 'attempt'])
        .execute();
    },
  },
  '03-monitoring-203-alert-events-time': {
    // The fired-alerts list and the stream's replay after a Last-Event-ID read alerts in
    // (at, id) order, newest first: without this index each read sorted the whole table.
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('alert_events_time').on('alert_events').columns(['at', 'id']).execute();
    },
  },
};
