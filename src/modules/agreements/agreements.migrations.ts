import type { Kysely, Migration } from 'kysely';
import { columnTypes, withReleasability } from '../../platform/db/columns.js';

/** Tables of the agreements module (number 08). */
export const agreementsMigrations: Record<string, Migration> = {
  '08-agreements-001-init': {
    async up(db: Kysely<unknown>) {
      const { double } = columnTypes(db);
      await withReleasability(
        db.schema
          .createTable('agreements')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('partner_party', 'text', (c) => c.notNull())
          .addColumn('partner_name', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('signed_on', 'text')
          .addColumn('signed_note', 'text')
          .addColumn('entry_into_force_on', 'text')
          .addColumn('duration_years', 'integer')
          .addColumn('expires_on', 'text')
          .addColumn('review_on', 'text')
          .addColumn('ratification_required', 'integer')
          .addColumn('ratification_state', 'text', (c) => c.notNull())
          .addColumn('headline', 'text')
          .addColumn('document_sha256', 'text')
          .addColumn('document_url', 'text')
          .addColumn('source', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('agreements_partner').on('agreements').column('partner_party').execute();
      await withReleasability(
        db.schema
          .createTable('agreement_clauses')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('agreement_id', 'text', (c) =>
            c.notNull().references('agreements.id').onDelete('cascade'),
          )
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('text', 'text')
          .addColumn('year_from', 'integer')
          .addColumn('year_to', 'integer')
          .addColumn('amount', double)
          .addColumn('currency', 'text')
          .addColumn('eur_per_unit', double)
          .addColumn('conversion_source', 'text')
          .addColumn('percent_of_gdp', double)
          .addColumn('consultation_hours', 'integer')
          .addColumn('commitment_id', 'text')
          .addColumn('source', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('agreement_clauses_agreement')
        .on('agreement_clauses')
        .column('agreement_id')
        .execute();
    },
  },
};
