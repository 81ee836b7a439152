import type { Kysely, Migration } from 'kysely';
import { columnTypes, withReleasability } from '../db/columns.js';

/** Platform tables: the audit trail and deployment settings. */
export const auditMigrations: Record<string, Migration> = {
  '00-platform-001-audit': {
    async up(db: Kysely<unknown>) {
      const t = columnTypes(db);
      await withReleasability(
        db.schema
          .createTable('audit_events')
          .addColumn('seq', t.serial, (c) => c.primaryKey())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor_user_id', 'text')
          .addColumn('actor_username', 'text', (c) => c.notNull())
          .addColumn('actor_party', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('entity', 'text', (c) => c.notNull())
          .addColumn('entity_id', 'text', (c) => c.notNull())
          .addColumn('before_json', 'text')
          .addColumn('after_json', 'text')
          .addColumn('request_id', 'text'),
      ).execute();
      await db.schema
        .createIndex('audit_events_entity')
        .on('audit_events')
        .columns(['entity', 'entity_id'])
        .execute();
      await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
      await db.schema
        .createTable('platform_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '00-platform-002-idempotency-keys': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('content_type', 'text')
        .addColumn('body', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
        .execute();
      await db.schema
        .createIndex('idempotency_keys_created')
        .on('idempotency_keys')
        .column('created_at')
        .execute();
    },
  },
};
