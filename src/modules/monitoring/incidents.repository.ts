import { insertRows } from '../../platform/db/insert-rows.js';
import type { Executor } from '../../platform/db/database.js';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { IncidentCommentTable, IncidentRevisionTable, IncidentTable } from './monitoring.tables.js';
import './monitoring.tables.js';

/** Filters of incident queries (all optional). */
export interface IncidentFilter {
  bbox?: [number, number, number, number];
  from?: string;
  to?: string;
  status?: readonly string[];
  category?: string;
  zone?: string;
  sector?: string;
  minSeverity?: number;
  exercise?: boolean;
}

/** SQL of incidents, their immutable revisions and their comments. */
export const incidentsRepository = {
  /** Incidents by id whoever may see them (inside corroboration, never shown as is). */
  async byIds(db: Executor, ids: readonly string[]): Promise<IncidentTable[]> {
    if (ids.length === 0) return [];
    const out: IncidentTable[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      out.push(
        ...(await db
          .selectFrom('incidents')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + 500))
          .execute()),
      );
    }
    return out;
  },

  async insert(db: Executor, rows: readonly IncidentTable[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 300) {
      await db
        .insertInto('incidents')
        .values(rows.slice(i, i + 300))
        .execute();
    }
  },

  /** Inserts new incidents and rewrites the figures of existing ones, in a few statements. */
  async upsert(trx: Executor, rows: readonly IncidentTable[]): Promise<void> {
    // Corroboration rewrites the summary; status, attribution, owner and audience are the
    // workflow's and the creator's, never changed by a later batch.
    await insertRows(trx, 'incidents', rows, {
      key: 'id',
      keep: ['created_at', 'owner_party', 'releasability', 'releasable_to', 'status', 'attribution'],
    });
  },

  async update(db: Executor, id: string, patch: Partial<IncidentTable>): Promise<void> {
    await db.updateTable('incidents').set(patch).where('id', '=', id).execute();
  },

  async insertRevisions(trx: Executor, rows: readonly IncidentRevisionTable[]): Promise<void> {
    await insertRows(trx, 'incident_revisions', rows);
  },

  get(db: Executor, viewer: Viewer, id: string): Promise<IncidentTable | undefined> {
    return db
      .selectFrom('incidents as i')
      .selectAll()
      .where('i.id', '=', id)
      .where(visibleTo(viewer, 'i'))
      .executeTakeFirst();
  },

  /** One page of live (not merged) incidents, newest first, after the keyset `(started_at, id)`. */
  page(
    db: Executor,
    viewer: Viewer,
    filter: IncidentFilter,
    after: readonly [string, string] | undefined,
    limit: number,
  ): Promise<IncidentTable[]> {
    let q = filtered(db, viewer, filter).selectAll();
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('i.started_at', '<', after[0]),
          eb.and([eb('i.started_at', '=', after[0]), eb('i.id', '<', after[1])]),
        ]),
      );
    }
    return q.orderBy('i.started_at', 'desc').orderBy('i.id', 'desc').limit(limit).execute();
  },

  async count(db: Executor, viewer: Viewer, filter: IncidentFilter): Promise<number> {
    const row = await filtered(db, viewer, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  revisions(db: Executor, id: string): Promise<IncidentRevisionTable[]> {
    return db
      .selectFrom('incident_revisions')
      .selectAll()
      .where('incident_id', '=', id)
      .orderBy('revision')
      .execute();
  },

  comments(db: Executor, viewer: Viewer, id: string): Promise<IncidentCommentTable[]> {
    return db
      .selectFrom('incident_comments as c')
      .selectAll()
      .where('c.incident_id', '=', id)
      .where(visibleTo(viewer, 'c'))
      .orderBy('c.at')
      .orderBy('c.id')
      .execute();
  },

  async insertComment(db: Executor, row: IncidentCommentTable): Promise<void> {
    await db.insertInto('incident_comments').values(row).execute();
  },
};

function filtered(db: Executor, viewer: Viewer, f: IncidentFilter) {
  let q = db.selectFrom('incidents as i').where(visibleTo(viewer, 'i')).where('i.merged_into', 'is', null);
  if (f.bbox) {
    q = q
      .where('i.max_lon', '>=', f.bbox[0])
      .where('i.max_lat', '>=', f.bbox[1])
      .where('i.min_lon', '<=', f.bbox[2])
      .where('i.min_lat', '<=', f.bbox[3]);
  }
  // An incident is in the window when its span overlaps it.
  if (f.from) q = q.where('i.ended_at', '>=', f.from);
  if (f.to) q = q.where('i.started_at', '<', f.to);
  if (f.status && f.status.length > 0) q = q.where('i.status', 'in', f.status);
  if (f.category) q = q.where('i.categories', 'like', `%,${f.category},%`);
  if (f.zone) q = q.where('i.zones', 'like', `%,${f.zone},%`);
  if (f.sector) q = q.where('i.sector', '=', f.sector);
  if (f.minSeverity !== undefined) q = q.where('i.severity', '>=', f.minSeverity);
  if (f.exercise !== undefined) q = q.where('i.exercise', '=', f.exercise ? 1 : 0);
  return q;
}
