import type { Kysely, Migration } from 'kysely';
import { columnTypes, withReleasability } from '../../platform/db/columns.js';

/** Tables of the force module: requirement lines, offers, readiness steps, transfers of authority. */
export const forceMigrations: Record<string, Migration> = {
  '05-force-001-init': {
    async up(db: Kysely<unknown>) {
      const t = columnTypes(db);
      await withReleasability(
        db.schema
          .createTable('requirement_lines')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('ref', 'text', (c) => c.notNull().unique())
          .addColumn('domain', 'text', (c) => c.notNull())
          .addColumn('capability', 'text', (c) => c.notNull())
          .addColumn('quantity', t.double, (c) => c.notNull())
          .addColumn('unit', 'text', (c) => c.notNull())
          .addColumn('area', 'text', (c) => c.notNull())
          .addColumn('phase', 'text', (c) => c.notNull())
          .addColumn('priority', 'integer', (c) => c.notNull())
          .addColumn('readiness_days', 'integer', (c) => c.notNull())
          .addColumn('decision', 'text')
          .addColumn('note', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await withReleasability(
        db.schema
          .createTable('force_offers')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('commitment_id', 'text', (c) => c.notNull().unique())
          .addColumn('line_id', 'text', (c) => c.notNull().references('requirement_lines.id'))
          .addColumn('unit_name', 'text', (c) => c.notNull())
          .addColumn('personnel', 'integer')
          .addColumn('platforms_json', 'text', (c) => c.notNull())
          .addColumn('sidc', 'text', (c) => c.notNull())
          .addColumn('home_base_json', 'text')
          .addColumn('planned_location_json', 'text')
          .addColumn('notice_days', 'integer')
          .addColumn('serves_json', 'text', (c) => c.notNull())
          .addColumn('caveats_json', 'text', (c) => c.notNull())
          .addColumn('readiness', 'text', (c) => c.notNull())
          .addColumn('readiness_expires_at', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('force_offers_line').on('force_offers').column('line_id').execute();
      await withReleasability(
        db.schema
          .createTable('offer_readiness')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('offer_id', 'text', (c) => c.notNull().references('force_offers.id'))
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('evidence', 'text', (c) => c.notNull())
          .addColumn('assessed_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text')
          .addColumn('actor', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('offer_readiness_of').on('offer_readiness').column('offer_id').execute();
      await withReleasability(
        db.schema
          .createTable('transfers_of_authority')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('offer_id', 'text', (c) => c.notNull().references('force_offers.id'))
          .addColumn('authority', 'text', (c) => c.notNull())
          .addColumn('to_command', 'text', (c) => c.notNull())
          .addColumn('effective_at', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('toa_of').on('transfers_of_authority').column('offer_id').execute();
    },
  },
};
