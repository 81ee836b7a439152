import type { Kysely, Migration } from 'kysely';
import { columnTypes, withReleasability } from '../../platform/db/columns.js';

/** Tables of the monitoring engine: observations, incidents and their history, zones. */
export const monitoringMigrations: Record<string, Migration> = {
  '03-monitoring-001-init': {
    async up(db: Kysely<unknown>) {
      const t = columnTypes(db);
      await withReleasability(
        db.schema
          .createTable('observations')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('body_json', 'text', (c) => c.notNull())
          .addColumn('observed_at', 'text', (c) => c.notNull())
          .addColumn('observed_until', 'text')
          .addColumn('lon', t.double, (c) => c.notNull())
          .addColumn('lat', t.double, (c) => c.notNull())
          .addColumn('uncertainty_m', t.double, (c) => c.notNull())
          .addColumn('cell', 'integer', (c) => c.notNull())
          .addColumn('h3', 'text', (c) => c.notNull())
          .addColumn('source_kind', 'text', (c) => c.notNull())
          .addColumn('source_id', 'text', (c) => c.notNull())
          .addColumn('reliability', 'text', (c) => c.notNull())
          .addColumn('credibility', 'integer', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('subtype', 'text')
          .addColumn('quantity', 'integer')
          .addColumn('weapon_class', 'text')
          .addColumn('violation', 'integer', (c) => c.notNull())
          .addColumn('zone_version', 'integer')
          .addColumn('zones', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('sector', 'text')
          .addColumn('side', 'text')
          .addColumn('distance_to_line_m', t.double)
          .addColumn('withdrawal_violation', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('incident_id', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('received_at', 'text', (c) => c.notNull()),
      ).execute();
      // Bounding box + time: the grid cell narrows space, then the time range within it.
      await db.schema
        .createIndex('observations_cell_time')
        .on('observations')
        .columns(['cell', 'observed_at'])
        .execute();
      await db.schema
        .createIndex('observations_time')
        .on('observations')
        .columns(['observed_at', 'id'])
        .execute();
      await db.schema.createIndex('observations_incident').on('observations').column('incident_id').execute();

      await withReleasability(
        db.schema
          .createTable('incidents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('ended_at', 'text', (c) => c.notNull())
          .addColumn('lon', t.double, (c) => c.notNull())
          .addColumn('lat', t.double, (c) => c.notNull())
          .addColumn('min_lon', t.double, (c) => c.notNull())
          .addColumn('min_lat', t.double, (c) => c.notNull())
          .addColumn('max_lon', t.double, (c) => c.notNull())
          .addColumn('max_lat', t.double, (c) => c.notNull())
          .addColumn('uncertainty_m', t.double, (c) => c.notNull())
          .addColumn('categories', 'text', (c) => c.notNull())
          .addColumn('primary_category', 'text', (c) => c.notNull())
          .addColumn('observation_count', 'integer', (c) => c.notNull())
          .addColumn('source_count', 'integer', (c) => c.notNull())
          .addColumn('confidence', t.double, (c) => c.notNull())
          .addColumn('severity', 'integer', (c) => c.notNull())
          .addColumn('quantity', 'integer', (c) => c.notNull())
          .addColumn('violation', 'integer', (c) => c.notNull())
          .addColumn('sector', 'text')
          .addColumn('zones', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('attribution', 'text')
          .addColumn('merged_into', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('incidents_time').on('incidents').columns(['started_at', 'id']).execute();
      await db.schema
        .createIndex('incidents_status')
        .on('incidents')
        .columns(['status', 'started_at'])
        .execute();
      await db.schema.createIndex('incidents_lon').on('incidents').columns(['min_lon', 'max_lon']).execute();

      await db.schema
        .createTable('incident_revisions')
        .addColumn('incident_id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('actor_party', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('rationale', 'text')
        .addColumn('snapshot_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_revisions_pk', ['incident_id', 'revision'])
        .execute();

      await withReleasability(
        db.schema
          .createTable('incident_comments')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('incident_id', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema
        .createIndex('incident_comments_incident')
        .on('incident_comments')
        .columns(['incident_id', 'at'])
        .execute();

      await withReleasability(
        db.schema
          .createTable('zone_sets')
          .addColumn('version', 'integer', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('exercise', 'integer', (c) => c.notNull().defaultTo(0)),
      ).execute();
      await db.schema
        .createTable('zones')
        .addColumn('version', 'integer', (c) => c.notNull().references('zone_sets.version'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('properties_json', 'text', (c) => c.notNull())
        .addColumn('geometry_json', 'text', (c) => c.notNull())
        .addColumn('min_lon', t.double, (c) => c.notNull())
        .addColumn('min_lat', t.double, (c) => c.notNull())
        .addColumn('max_lon', t.double, (c) => c.notNull())
        .addColumn('max_lat', t.double, (c) => c.notNull())
        .addPrimaryKeyConstraint('zones_pk', ['version', 'position'])
        .execute();
    },
  },
  '03-monitoring-002-observations-area-time-cover': {
    // Bounding-box + time queries and corroboration's neighbourhood reads filter on the cell,
    // the time, the point and the audience, then read a page: with these columns in the index
    // they filter without touching the table and fetch only the rows of the page (measured on
    // 1,000,000 observations, BENCHMARKS.md). It supersedes the (cell, observed_at) index.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('observations_area_time')
        .on('observations')
        .columns([
          'cell',
          'observed_at',
          'lat',
          'lon',
          'releasability',
          'owner_party',
          'releasable_to',
          'category',
          'incident_id',
          'id',
        ])
        .execute();
      await db.schema.dropIndex('observations_cell_time').execute();
    },
  },
};
