import type { Kysely, Migration } from 'kysely';
import { columnTypes, withReleasability } from '../../platform/db/columns.js';

/** Tables of the commitments core: commitments, their history, domestic approvals, events. */
export const commitmentsMigrations: Record<string, Migration> = {
  '04-commitments-001-init': {
    async up(db: Kysely<unknown>) {
      const t = columnTypes(db);
      await withReleasability(
        db.schema
          .createTable('commitments')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('quantity', t.double)
          .addColumn('unit', 'text')
          .addColumn('value_eur', t.double)
          .addColumn('period_start', 'text')
          .addColumn('period_end', 'text')
          .addColumn('pillar', 'text')
          .addColumn('requirement_ref', 'text')
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('conditions_json', 'text')
          .addColumn('sources_json', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema
        .createIndex('commitments_owner')
        .on('commitments')
        .columns(['owner_party', 'kind'])
        .execute();
      await db.schema
        .createIndex('commitments_order')
        .on('commitments')
        .columns(['created_at', 'id'])
        .execute();
      await withReleasability(
        db.schema
          .createTable('commitment_history')
          .addColumn('seq', t.serial, (c) => c.primaryKey())
          .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('snapshot_json', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema
        .createIndex('commitment_history_of')
        .on('commitment_history')
        .columns(['commitment_id', 'version'])
        .execute();
      await withReleasability(
        db.schema
          .createTable('domestic_approvals')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id'))
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('body_name', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('tabled_at', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('expected_days', 'integer')
          .addColumn('personnel_ceiling', 'integer')
          .addColumn('duration_months', 'integer')
          .addColumn('area', 'text')
          .addColumn('note', 'text')
          .addColumn('source', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema
        .createIndex('domestic_approvals_of')
        .on('domestic_approvals')
        .column('commitment_id')
        .execute();
      await withReleasability(
        db.schema
          .createTable('commitment_events')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('happened', 'integer', (c) => c.notNull())
          .addColumn('at', 'text')
          .addColumn('source', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
    },
  },
};
