import type { Executor } from '../../platform/db/database.js';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type {
  CoalitionTable,
  GdpTable,
  PriorityListLineTable,
  PriorityListTable,
  RequirementTable,
  TrancheTable,
} from './support.tables.js';
import './support.tables.js';

/** SQL of coalitions, requirements, priority lists, tranches and GDP. Reads filter by releasability. */
export const requirementsRepository = {
  coalitions(db: Executor, viewer: Viewer, filter: { capability?: string; party?: string } = {}) {
    let q = db.selectFrom('support_coalitions as c').selectAll().where(visibleTo(viewer, 'c'));
    if (filter.capability) q = q.where('c.capability', '=', filter.capability);
    if (filter.party) q = q.where('c.member_parties', 'like', `%,${filter.party},%`);
    return q.orderBy('c.name').execute();
  },

  coalition(db: Executor, viewer: Viewer, id: string): Promise<CoalitionTable | undefined> {
    return db
      .selectFrom('support_coalitions as c')
      .selectAll()
      .where(visibleTo(viewer, 'c'))
      .where('c.id', '=', id)
      .executeTakeFirst();
  },

  coalitionByName(db: Executor, name: string) {
    return db.selectFrom('support_coalitions').select('id').where('name', '=', name).executeTakeFirst();
  },

  async insertCoalition(db: Executor, row: CoalitionTable): Promise<void> {
    await db.insertInto('support_coalitions').values(row).execute();
  },

  requirements(
    db: Executor,
    viewer: Viewer,
    filter: { capability?: string; status?: string; coalitionId?: string; exercise?: boolean },
    after: [number, string] | undefined,
    limit: number,
  ): Promise<RequirementTable[]> {
    let q = db.selectFrom('support_requirements as r').selectAll().where(visibleTo(viewer, 'r'));
    if (filter.capability) q = q.where('r.capability', '=', filter.capability);
    if (filter.status) q = q.where('r.status', '=', filter.status);
    if (filter.coalitionId) q = q.where('r.coalition_id', '=', filter.coalitionId);
    if (filter.exercise !== undefined) q = q.where('r.exercise', '=', filter.exercise ? 1 : 0);
    if (after) {
      const [priority, id] = after;
      q = q.where((eb) =>
        eb.or([
          eb('r.priority', '>', priority),
          eb.and([eb('r.priority', '=', priority), eb('r.id', '>', id)]),
        ]),
      );
    }
    return q.orderBy('r.priority').orderBy('r.id').limit(limit).execute();
  },

  requirement(db: Executor, viewer: Viewer, id: string): Promise<RequirementTable | undefined> {
    return db
      .selectFrom('support_requirements as r')
      .selectAll()
      .where(visibleTo(viewer, 'r'))
      .where('r.id', '=', id)
      .executeTakeFirst();
  },

  requirementsByIds(db: Executor, viewer: Viewer, ids: readonly string[]): Promise<RequirementTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('support_requirements as r')
      .selectAll()
      .where(visibleTo(viewer, 'r'))
      .where('r.id', 'in', ids)
      .execute();
  },

  async insertRequirement(db: Executor, row: RequirementTable): Promise<void> {
    await db.insertInto('support_requirements').values(row).execute();
  },

  async updateRequirement(db: Executor, id: string, patch: Partial<RequirementTable>): Promise<void> {
    await db.updateTable('support_requirements').set(patch).where('id', '=', id).execute();
  },

  /** Items and EUR pledged and delivered per requirement, over the pledges the viewer sees. */
  async coverage(db: Executor, viewer: Viewer, requirementIds: readonly string[]) {
    if (requirementIds.length === 0) return new Map<string, CoverageSums>();
    const rows = await db
      .selectFrom('support_pledges as p')
      .select((eb) => [
        'p.requirement_id',
        eb.fn.coalesce(eb.fn.sum<number>('p.item_count'), eb.val(0)).as('pledged_count'),
        eb.fn.coalesce(eb.fn.sum<number>('p.item_count_delivered'), eb.val(0)).as('delivered_count'),
        eb.fn.coalesce(eb.fn.sum<number>('p.value_eur'), eb.val(0)).as('pledged_eur'),
        eb.fn.coalesce(eb.fn.sum<number>('p.delivered_value_eur'), eb.val(0)).as('delivered_eur'),
      ])
      .where(visibleTo(viewer, 'p'))
      .where('p.withdrawn_at', 'is', null)
      .where('p.requirement_id', 'in', requirementIds)
      .groupBy('p.requirement_id')
      .execute();
    return new Map(
      rows.map((r) => [
        r.requirement_id!,
        {
          pledgedCount: Number(r.pledged_count),
          deliveredCount: Number(r.delivered_count),
          pledgedEur: Number(r.pledged_eur),
          deliveredEur: Number(r.delivered_eur),
        },
      ]),
    );
  },

  lists(db: Executor, viewer: Viewer, month?: string): Promise<PriorityListTable[]> {
    let q = db.selectFrom('support_priority_lists as l').selectAll().where(visibleTo(viewer, 'l'));
    if (month) q = q.where('l.month', '=', month);
    return q.orderBy('l.month', 'desc').orderBy('l.id').execute();
  },

  list(db: Executor, viewer: Viewer, id: string): Promise<PriorityListTable | undefined> {
    return db
      .selectFrom('support_priority_lists as l')
      .selectAll()
      .where(visibleTo(viewer, 'l'))
      .where('l.id', '=', id)
      .executeTakeFirst();
  },

  async insertList(db: Executor, row: PriorityListTable, lines: PriorityListLineTable[]): Promise<void> {
    await db.insertInto('support_priority_lists').values(row).execute();
    if (lines.length > 0) await db.insertInto('support_priority_list_lines').values(lines).execute();
  },

  /** Lines of lists with their requirement, leaving out requirements the viewer may not see. */
  lines(db: Executor, viewer: Viewer, listIds: readonly string[]) {
    if (listIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('support_priority_list_lines as ln')
      .innerJoin('support_requirements as r', 'r.id', 'ln.requirement_id')
      .select(['ln.list_id', 'ln.rank', 'ln.requirement_id', 'r.title', 'r.capability'])
      .where(visibleTo(viewer, 'r'))
      .where('ln.list_id', 'in', listIds)
      .orderBy('ln.list_id')
      .orderBy('ln.rank')
      .execute();
  },

  tranches(db: Executor, viewer: Viewer, listIds: readonly string[]): Promise<TrancheTable[]> {
    if (listIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('support_tranches as t')
      .selectAll()
      .where(visibleTo(viewer, 't'))
      .where('t.list_id', 'in', listIds)
      .orderBy('t.created_at')
      .orderBy('t.id')
      .execute();
  },

  tranche(db: Executor, viewer: Viewer, id: string): Promise<TrancheTable | undefined> {
    return db
      .selectFrom('support_tranches as t')
      .selectAll()
      .where(visibleTo(viewer, 't'))
      .where('t.id', '=', id)
      .executeTakeFirst();
  },

  async insertTranche(db: Executor, row: TrancheTable): Promise<void> {
    await db.insertInto('support_tranches').values(row).execute();
  },

  async updateTranche(db: Executor, id: string, patch: Partial<TrancheTable>): Promise<void> {
    await db.updateTable('support_tranches').set(patch).where('id', '=', id).execute();
  },

  /** GDP figures (public statistics): of one year, or the latest year per party. */
  async gdp(db: Executor, year?: number): Promise<GdpTable[]> {
    if (year !== undefined)
      return db.selectFrom('support_gdp').selectAll().where('year', '=', year).execute();
    const rows = await db
      .selectFrom('support_gdp')
      .selectAll()
      .where('gdp_eur', 'is not', null)
      .orderBy('year', 'desc')
      .execute();
    const latest = new Map<string, GdpTable>();
    for (const r of rows) if (!latest.has(r.party_code)) latest.set(r.party_code, r);
    return [...latest.values()];
  },

  allGdp(db: Executor): Promise<GdpTable[]> {
    return db.selectFrom('support_gdp').selectAll().orderBy('party_code').orderBy('year').execute();
  },

  async upsertGdp(db: Executor, row: GdpTable): Promise<void> {
    await db
      .insertInto('support_gdp')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['party_code', 'year']).doUpdateSet({
          gdp_eur: row.gdp_eur,
          source: row.source,
          exercise: row.exercise,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },
};

/** Items and EUR pledged and delivered against one requirement. */
export interface CoverageSums {
  pledgedCount: number;
  deliveredCount: number;
  pledgedEur: number;
  deliveredEur: number;
}
