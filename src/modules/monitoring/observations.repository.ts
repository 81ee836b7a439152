import { sql, type Kysely } from 'kysely';
import { dialectOf, type Executor } from '../../platform/db/database.js';
import { insertRows } from '../../platform/db/insert-rows.js';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { ObservationTable } from './monitoring.tables.js';
import './monitoring.tables.js';

/** Degrees per grid cell of the `cell` column. */
export const CELL_DEG = 0.1;
const CELL_COLS = 3600;

/** The grid cell of a point (0.1° by 0.1°), the coarse spatial key of bounding-box queries. */
export function cellOf(lon: number, lat: number): number {
  const row = Math.min(1799, Math.floor((lat + 90) / CELL_DEG));
  const col = Math.min(CELL_COLS - 1, Math.floor((lon + 180) / CELL_DEG));
  return row * CELL_COLS + col;
}

/** The grid cells a bounding box covers, or null when it covers too many to list. */
export function cellsOf(bbox: readonly [number, number, number, number], max = 900): number[] | null {
  const [x0, y0, x1, y1] = bbox;
  const c0 = cellOf(x0, y0);
  const c1 = cellOf(x1, y1);
  const rows = Math.floor(c1 / CELL_COLS) - Math.floor(c0 / CELL_COLS) + 1;
  const cols = (c1 % CELL_COLS) - (c0 % CELL_COLS) + 1;
  if (rows <= 0 || cols <= 0 || rows * cols > max) return null;
  const cells: number[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push(c0 + r * CELL_COLS + c);
  return cells;
}

/** Filters of observation queries (all optional). */
export interface ObservationFilter {
  bbox?: [number, number, number, number];
  from?: string;
  to?: string;
  category?: string;
  zone?: string;
  sector?: string;
  sourceKind?: string;
  incidentId?: string;
  violation?: boolean;
  exercise?: boolean;
}

/** The neighbourhood columns corroboration needs of stored observations. */
export type NeighbourRow = Pick<
  ObservationTable,
  | 'id'
  | 'lon'
  | 'lat'
  | 'observed_at'
  | 'category'
  | 'incident_id'
  | 'owner_party'
  | 'releasability'
  | 'releasable_to'
>;

const MEMBER_COLUMNS = [
  'id',
  'incident_id',
  'lon',
  'lat',
  'uncertainty_m',
  'observed_at',
  'observed_until',
  'category',
  'source_kind',
  'source_id',
  'reliability',
  'credibility',
  'quantity',
  'withdrawal_violation',
  'sector',
  'zones',
  'received_at',
  'exercise',
  'owner_party',
  'releasability',
  'releasable_to',
] as const satisfies readonly (keyof ObservationTable)[];

/** An observation as an incident summary reads it (`membersOf`). */
export type MemberRow = Pick<ObservationTable, (typeof MEMBER_COLUMNS)[number]> & {
  civilian_killed: number | null;
  civilian_injured: number | null;
  military_killed: number | null;
};

/** SQL of observations. Every read for a viewer filters with `visibleTo`. */
export const observationsRepository = {
  /** Stored rows with these ids, whoever owns them (for idempotency checks, never shown). */
  async byIds(db: Executor, ids: readonly string[]): Promise<ObservationTable[]> {
    const out: ObservationTable[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      out.push(...(await db.selectFrom('observations').selectAll().where('id', 'in', chunk).execute()));
    }
    return out;
  },

  /** Inserts new observations (in the caller's transaction). */
  async insertMany(trx: Executor, rows: readonly ObservationTable[]): Promise<void> {
    await insertRows(trx, 'observations', rows);
  },

  /** Stored observations in a box and time range: the neighbourhood of new ones. */
  neighbours(
    db: Executor,
    bbox: readonly [number, number, number, number],
    from: string,
    to: string,
  ): Promise<NeighbourRow[]> {
    let q = db
      .selectFrom('observations')
      .select([
        'id',
        'lon',
        'lat',
        'observed_at',
        'category',
        'incident_id',
        'owner_party',
        'releasability',
        'releasable_to',
      ])
      .where('observed_at', '>=', from)
      .where('observed_at', '<=', to)
      .where('lon', '>=', bbox[0])
      .where('lat', '>=', bbox[1])
      .where('lon', '<=', bbox[2])
      .where('lat', '<=', bbox[3]);
    const cells = cellsOf(bbox, 400);
    if (cells) q = q.where('cell', 'in', cells);
    return q.execute();
  },

  /**
   * What incident summaries need of every observation of these incidents: the columns, and
   * the casualty estimates read from the stored body by the database (sparing the transfer
   * and parse of every body).
   */
  async membersOf(db: Executor, incidentIds: readonly string[]): Promise<MemberRow[]> {
    const postgres = dialectOf(db as unknown as Kysely<unknown>) === 'postgres';
    const best = (side: string, harm: string) =>
      postgres
        ? sql<number | null>`(body_json::jsonb #>> ${`{casualties,${side},${harm},best}`})::float8`
        : sql<number | null>`json_extract(body_json, ${`$.casualties.${side}.${harm}.best`})`;
    const out: MemberRow[] = [];
    for (let i = 0; i < incidentIds.length; i += 500) {
      const rows = await db
        .selectFrom('observations')
        .select(MEMBER_COLUMNS)
        .select([
          best('civilian', 'killed').as('civilian_killed'),
          best('civilian', 'injured').as('civilian_injured'),
          best('military', 'killed').as('military_killed'),
        ])
        .where('incident_id', 'in', incidentIds.slice(i, i + 500))
        .execute();
      out.push(...rows);
    }
    return out;
  },

  /** Ids of the observations of incidents that the viewer may see. */
  async idsOfIncidents(
    db: Executor,
    viewer: Viewer,
    incidentIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const byIncident = new Map<string, string[]>();
    for (let i = 0; i < incidentIds.length; i += 500) {
      const rows = await db
        .selectFrom('observations as o')
        .select(['o.id', 'o.incident_id'])
        .where('o.incident_id', 'in', incidentIds.slice(i, i + 500))
        .where(visibleTo(viewer, 'o'))
        .orderBy('o.observed_at')
        .orderBy('o.id')
        .execute();
      for (const r of rows) {
        const list = byIncident.get(r.incident_id!) ?? [];
        list.push(r.id);
        byIncident.set(r.incident_id!, list);
      }
    }
    return byIncident;
  },

  /** Moves the observations of merged incidents to the incident that absorbed them. */
  async reassign(db: Executor, fromIncidents: readonly string[], to: string): Promise<void> {
    if (fromIncidents.length === 0) return;
    await db
      .updateTable('observations')
      .set({ incident_id: to })
      .where('incident_id', 'in', fromIncidents)
      .execute();
  },

  get(db: Executor, viewer: Viewer, id: string): Promise<ObservationTable | undefined> {
    return db
      .selectFrom('observations as o')
      .selectAll()
      .where('o.id', '=', id)
      .where(visibleTo(viewer, 'o'))
      .executeTakeFirst();
  },

  /**
   * One page of observations the viewer may see, newest first, after the keyset
   * `(observed_at, id)` of the previous page.
   */
  page(
    db: Executor,
    viewer: Viewer,
    filter: ObservationFilter,
    after: readonly [string, string] | undefined,
    limit: number,
  ): Promise<ObservationTable[]> {
    let ids = filtered(db, viewer, filter).select('o.id');
    if (after) {
      ids = ids.where((eb) =>
        eb.or([
          eb('o.observed_at', '<', after[0]),
          eb.and([eb('o.observed_at', '=', after[0]), eb('o.id', '<', after[1])]),
        ]),
      );
    }
    // Two steps: the page's ids from the covering index `observations_area_time`, then only
    // those rows; sorting whole rows of every match cost 5–10× more on a million rows.
    return db
      .selectFrom('observations as p')
      .selectAll()
      .where('p.id', 'in', ids.orderBy('o.observed_at', 'desc').orderBy('o.id', 'desc').limit(limit))
      .orderBy('p.observed_at', 'desc')
      .orderBy('p.id', 'desc')
      .execute();
  },

  /** Number of observations the viewer may see under a filter, and the sum of quantities. */
  async count(
    db: Executor,
    viewer: Viewer,
    filter: ObservationFilter,
  ): Promise<{ count: number; quantity: number }> {
    const row = await filtered(db, viewer, filter)
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        sql<number>`coalesce(sum(coalesce(${sql.ref('o.quantity')}, 1)), 0)`.as('q'),
      ])
      .executeTakeFirstOrThrow();
    return { count: Number(row.n), quantity: Number(row.q) };
  },

  /** Counts per H3 cell (resolution 8) of what the viewer may see. */
  async byH3(
    db: Executor,
    viewer: Viewer,
    filter: ObservationFilter,
  ): Promise<{ h3: string; n: number; q: number; v: number }[]> {
    const rows = await filtered(db, viewer, filter)
      .select((eb) => [
        'o.h3',
        eb.fn.countAll<number>().as('n'),
        sql<number>`sum(coalesce(${sql.ref('o.quantity')}, 1))`.as('q'),
        sql<number>`sum(${sql.ref('o.violation')})`.as('v'),
      ])
      .groupBy('o.h3')
      .execute();
    return rows.map((r) => ({ h3: r.h3, n: Number(r.n), q: Number(r.q), v: Number(r.v) }));
  },
};

function filtered(db: Executor, viewer: Viewer, f: ObservationFilter) {
  let q = db.selectFrom('observations as o').where(visibleTo(viewer, 'o'));
  if (f.bbox) {
    q = q
      .where('o.lon', '>=', f.bbox[0])
      .where('o.lat', '>=', f.bbox[1])
      .where('o.lon', '<=', f.bbox[2])
      .where('o.lat', '<=', f.bbox[3]);
    const cells = cellsOf(f.bbox);
    if (cells) q = q.where('o.cell', 'in', cells);
  }
  if (f.from) q = q.where('o.observed_at', '>=', f.from);
  if (f.to) q = q.where('o.observed_at', '<', f.to);
  if (f.category) q = q.where('o.category', '=', f.category);
  if (f.zone) q = q.where('o.zones', 'like', `%,${f.zone},%`);
  if (f.sector) q = q.where('o.sector', '=', f.sector);
  if (f.sourceKind) q = q.where('o.source_kind', '=', f.sourceKind);
  if (f.incidentId) q = q.where('o.incident_id', '=', f.incidentId);
  if (f.violation !== undefined) q = q.where('o.violation', '=', f.violation ? 1 : 0);
  if (f.exercise !== undefined) q = q.where('o.exercise', '=', f.exercise ? 1 : 0);
  return q;
}
