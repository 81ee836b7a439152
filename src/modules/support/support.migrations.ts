import type { Kysely, Migration } from 'kysely';
import { columnTypes, withReleasability } from '../../platform/db/columns.js';

/** Tables of the support module (number 06). */
export const supportMigrations: Record<string, Migration> = {
  '06-support-001-init': {
    async up(db: Kysely<unknown>) {
      const { double } = columnTypes(db);
      await withReleasability(
        db.schema
          .createTable('support_coalitions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('capability', 'text', (c) => c.notNull())
          .addColumn('lead_parties', 'text', (c) => c.notNull())
          .addColumn('member_parties', 'text', (c) => c.notNull())
          .addColumn('source', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await withReleasability(
        db.schema
          .createTable('support_requirements')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('capability', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('quantity', double)
          .addColumn('unit', 'text')
          .addColumn('priority', 'integer', (c) => c.notNull())
          .addColumn('needed_by', 'text')
          .addColumn('coalition_id', 'text', (c) => c.references('support_coalitions.id'))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('support_requirements_priority')
        .on('support_requirements')
        .columns(['priority', 'id'])
        .execute();
      await withReleasability(
        db.schema
          .createTable('support_priority_lists')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('month', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('approved_by', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('support_priority_list_lines')
        .addColumn('list_id', 'text', (c) =>
          c.notNull().references('support_priority_lists.id').onDelete('cascade'),
        )
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('requirement_id', 'text', (c) => c.notNull().references('support_requirements.id'))
        .addPrimaryKeyConstraint('support_priority_list_lines_pk', ['list_id', 'rank'])
        .execute();
      await withReleasability(
        db.schema
          .createTable('support_tranches')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('list_id', 'text', (c) =>
            c.notNull().references('support_priority_lists.id').onDelete('cascade'),
          )
          .addColumn('label', 'text', (c) => c.notNull())
          .addColumn('currency', 'text', (c) => c.notNull())
          .addColumn('target', double, (c) => c.notNull())
          .addColumn('pledged', double, (c) => c.notNull().defaultTo(0))
          .addColumn('funded', double, (c) => c.notNull().defaultTo(0))
          .addColumn('delivered', double, (c) => c.notNull().defaultTo(0))
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('support_tracker_imports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_sha256', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('rows', 'integer', (c) => c.notNull())
        .addColumn('inserted', 'integer', (c) => c.notNull())
        .addColumn('updated', 'integer', (c) => c.notNull())
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .addColumn('withdrawn', 'integer', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addColumn('imported_by', 'text', (c) => c.notNull())
        .addColumn('importer_party', 'text', (c) => c.notNull())
        .execute();
      await withReleasability(
        db.schema
          .createTable('support_pledges')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('commitment_id', 'text')
          .addColumn('donor_party', 'text')
          .addColumn('donor_name', 'text', (c) => c.notNull())
          .addColumn('requirement_id', 'text', (c) => c.references('support_requirements.id'))
          .addColumn('coalition_id', 'text', (c) => c.references('support_coalitions.id'))
          // Agreements come later in the registry; the link is checked by the service.
          .addColumn('agreement_id', 'text')
          .addColumn('aid_type_general', 'text', (c) => c.notNull())
          .addColumn('aid_type_specific', 'text')
          .addColumn('measure', 'text', (c) => c.notNull())
          .addColumn('announced_on', 'text')
          .addColumn('month', 'text')
          .addColumn('explanation', 'text')
          .addColumn('source', 'text')
          .addColumn('reporting_currency', 'text')
          .addColumn('reported_value', double)
          .addColumn('eur_per_unit', double)
          .addColumn('activity_value_eur', double)
          .addColumn('value_eur', double)
          .addColumn('delivered_value_eur', double)
          .addColumn('item', 'text')
          .addColumn('item_type', 'text')
          .addColumn('item_count', double)
          .addColumn('item_count_delivered', double)
          .addColumn('tracker_key', 'text', (c) => c.unique())
          .addColumn('tracker_import_id', 'text', (c) => c.references('support_tracker_imports.id'))
          .addColumn('withdrawn_at', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('support_pledges_donor')
        .on('support_pledges')
        .columns(['donor_party', 'month'])
        .execute();
      await db.schema
        .createIndex('support_pledges_agreement')
        .on('support_pledges')
        .column('agreement_id')
        .execute();
      await db.schema
        .createIndex('support_pledges_requirement')
        .on('support_pledges')
        .column('requirement_id')
        .execute();
      await withReleasability(
        db.schema
          .createTable('support_deliveries')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('pledge_id', 'text', (c) => c.notNull().references('support_pledges.id'))
          .addColumn('delivered_on', 'text', (c) => c.notNull())
          .addColumn('item_count', double)
          .addColumn('value_eur', double)
          .addColumn('evidence_sha256', 'text')
          .addColumn('note', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('support_deliveries_pledge')
        .on('support_deliveries')
        .column('pledge_id')
        .execute();
      await db.schema
        .createTable('support_gdp')
        .addColumn('party_code', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('gdp_eur', double)
        .addColumn('source', 'text')
        .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('support_gdp_pk', ['party_code', 'year'])
        .execute();
    },
  },
};
