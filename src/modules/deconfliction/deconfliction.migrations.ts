import type { Kysely, Migration } from 'kysely';
import { columnTypes, withReleasability } from '../../platform/db/columns.js';

/** Tables of the deconfliction module: notifications, receipts, conflicts, hotline. */
export const deconflictionMigrations: Record<string, Migration> = {
  '09-deconfliction-001-init': {
    async up(db: Kysely<unknown>) {
      const { double } = columnTypes(db);
      await withReleasability(
        db.schema
          .createTable('deconfliction_notifications')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('client_id', 'text', (c) => c.notNull())
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('geometry_json', 'text', (c) => c.notNull())
          .addColumn('radius_m', double)
          .addColumn('corridor_width_m', double)
          .addColumn('min_lon', double, (c) => c.notNull())
          .addColumn('min_lat', double, (c) => c.notNull())
          .addColumn('max_lon', double, (c) => c.notNull())
          .addColumn('max_lat', double, (c) => c.notNull())
          .addColumn('lower_m', double, (c) => c.notNull())
          .addColumn('upper_m', double, (c) => c.notNull())
          .addColumn('altitude_datum', 'text', (c) => c.notNull())
          .addColumn('starts_at', 'text', (c) => c.notNull())
          .addColumn('ends_at', 'text')
          .addColumn('schedule_json', 'text')
          .addColumn('lateral_buffer_m', double, (c) => c.notNull())
          .addColumn('vertical_buffer_m', double, (c) => c.notNull())
          .addColumn('emergency', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('submitted_by', 'text', (c) => c.notNull())
          .addColumn('submitted_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      )
        .addUniqueConstraint('deconfliction_notifications_client', ['owner_party', 'client_id'])
        .execute();
      await db.schema
        .createIndex('deconfliction_notifications_time')
        .on('deconfliction_notifications')
        .columns(['starts_at', 'ends_at'])
        .execute();
      await db.schema
        .createIndex('deconfliction_notifications_box')
        .on('deconfliction_notifications')
        .columns(['min_lon', 'max_lon', 'min_lat', 'max_lat'])
        .execute();
      await db.schema
        .createTable('deconfliction_receipts')
        .addColumn('notification_id', 'text', (c) =>
          c.notNull().references('deconfliction_notifications.id').onDelete('cascade'),
        )
        .addColumn('party', 'text', (c) => c.notNull())
        .addColumn('received_by', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('deconfliction_receipts_pk', ['notification_id', 'party'])
        .execute();
      await db.schema
        .createTable('deconfliction_conflicts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('notification_a', 'text', (c) =>
          c.notNull().references('deconfliction_notifications.id').onDelete('cascade'),
        )
        .addColumn('notification_b', 'text', (c) =>
          c.notNull().references('deconfliction_notifications.id').onDelete('cascade'),
        )
        .addColumn('party_a', 'text', (c) => c.notNull())
        .addColumn('party_b', 'text', (c) => c.notNull())
        .addColumn('overlap_start', 'text', (c) => c.notNull())
        .addColumn('overlap_end', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('resolution', 'text')
        .addColumn('resolved_by_party', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('detected_by', 'text', (c) => c.notNull())
        .addColumn('detected_at', 'text', (c) => c.notNull())
        .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('deconfliction_conflicts_pair', ['notification_a', 'notification_b'])
        .execute();
      await db.schema
        .createIndex('deconfliction_conflicts_b')
        .on('deconfliction_conflicts')
        .column('notification_b')
        .execute();
      await db.schema
        .createTable('deconfliction_conflict_acknowledgements')
        .addColumn('conflict_id', 'text', (c) =>
          c.notNull().references('deconfliction_conflicts.id').onDelete('cascade'),
        )
        .addColumn('party', 'text', (c) => c.notNull())
        .addColumn('acknowledged_by', 'text', (c) => c.notNull())
        .addColumn('acknowledged_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('deconfliction_conflict_acks_pk', ['conflict_id', 'party'])
        .execute();
      await withReleasability(
        db.schema
          .createTable('deconfliction_hotline')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('notification_id', 'text', (c) => c.references('deconfliction_notifications.id'))
          .addColumn('conflict_id', 'text', (c) => c.references('deconfliction_conflicts.id'))
          .addColumn('from_party', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('to_party', 'text')
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('sent_at', 'text', (c) => c.notNull())
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      ).execute();
      await db.schema
        .createIndex('deconfliction_hotline_topic')
        .on('deconfliction_hotline')
        .columns(['notification_id', 'conflict_id', 'sent_at'])
        .execute();
    },
  },
};
