import { sql, type Kysely, type Migration } from 'kysely';
import { withReleasability } from '../../platform/db/columns.js';

/** Tables of the guarantees module: triggers, activations, response details and clocks. */
export const guaranteesMigrations: Record<string, Migration> = {
  '07-guarantees-001-init': {
    async up(db: Kysely<unknown>) {
      await withReleasability(
        db.schema
          .createTable('guarantee_triggers')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('rule_json', 'text', (c) => c.notNull())
          .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await withReleasability(
        db.schema
          .createTable('guarantee_activations')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('trigger_id', 'text', (c) => c.references('guarantee_triggers.id'))
          .addColumn('origin', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('rationale', 'text', (c) => c.notNull())
          .addColumn('incident_ids_json', 'text', (c) => c.notNull())
          .addColumn('evidence_json', 'text')
          .addColumn('raised_at', 'text', (c) => c.notNull())
          .addColumn('raised_by', 'text', (c) => c.notNull())
          .addColumn('started_at', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('decided_by', 'text')
          .addColumn('decision_rationale', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema
        .createIndex('guarantee_activations_raised')
        .on('guarantee_activations')
        .columns(['raised_at', 'id'])
        .execute();
      // At most one open proposal per trigger, even with several servers evaluating at once:
      // a second burst adds its incidents to the open proposal instead.
      await db.schema
        .createIndex('guarantee_activations_one_open')
        .on('guarantee_activations')
        .column('trigger_id')
        .unique()
        .where(sql.ref('status'), '=', 'proposed')
        .execute();
      await withReleasability(
        db.schema
          .createTable('guarantee_responses')
          .addColumn('commitment_id', 'text', (c) => c.primaryKey())
          .addColumn('response', 'text', (c) => c.notNull())
          .addColumn('time_to_effect_hours', 'integer', (c) => c.notNull())
          .addColumn('trigger_id', 'text', (c) => c.references('guarantee_triggers.id'))
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await withReleasability(
        db.schema
          .createTable('guarantee_clocks')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('activation_id', 'text', (c) => c.notNull().references('guarantee_activations.id'))
          .addColumn('commitment_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('response', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('approval_id', 'text')
          .addColumn('due_at', 'text')
          .addColumn('done_at', 'text')
          .addColumn('done_by', 'text')
          .addColumn('note', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      ).execute();
      await db.schema
        .createIndex('guarantee_clocks_activation')
        .on('guarantee_clocks')
        .columns(['activation_id', 'due_at'])
        .execute();
    },
  },
  // The agreement whose consultation clause set a clock's deadline (agreements module).
  '07-guarantees-002-clock-agreement': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('guarantee_clocks').addColumn('agreement_id', 'text').execute();
    },
  },
};
