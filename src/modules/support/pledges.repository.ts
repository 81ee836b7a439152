import type { Executor } from '../../platform/db/database.js';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { PledgeSum } from './donor-totals.js';
import type { DeliveryTable, PledgeTable, TrackerImportTable } from './support.tables.js';
import './support.tables.js';

/** Filters of the pledge list. */
export interface PledgeFilter {
  donor?: string;
  measure?: string;
  aidType?: string;
  requirementId?: string;
  coalitionId?: string;
  agreementId?: string;
  year?: number;
  fromTracker?: boolean;
  exercise?: boolean;
}

/** Filters of the donor views. */
export interface SumFilter {
  year?: number;
  aidType?: string;
  donor?: string;
  exercise?: boolean;
}

function yearRange(year: number): [string, string] {
  return [`${year}-01`, `${year}-12`];
}

/** SQL of pledges, deliveries and tracker imports. Reads filter by releasability. */
export const pledgesRepository = {
  list(db: Executor, viewer: Viewer, filter: PledgeFilter, after: string | undefined, limit: number) {
    let q = db
      .selectFrom('support_pledges as p')
      .selectAll()
      .where(visibleTo(viewer, 'p'))
      .where('p.withdrawn_at', 'is', null);
    if (filter.donor) q = q.where('p.donor_party', '=', filter.donor);
    if (filter.measure) q = q.where('p.measure', '=', filter.measure);
    if (filter.aidType) q = q.where('p.aid_type_general', '=', filter.aidType);
    if (filter.requirementId) q = q.where('p.requirement_id', '=', filter.requirementId);
    if (filter.coalitionId) q = q.where('p.coalition_id', '=', filter.coalitionId);
    if (filter.agreementId) q = q.where('p.agreement_id', '=', filter.agreementId);
    if (filter.year !== undefined) {
      const [from, to] = yearRange(filter.year);
      q = q.where('p.month', '>=', from).where('p.month', '<=', to);
    }
    if (filter.fromTracker !== undefined)
      q = q.where('p.tracker_key', filter.fromTracker ? 'is not' : 'is', null);
    if (filter.exercise !== undefined) q = q.where('p.exercise', '=', filter.exercise ? 1 : 0);
    if (after) q = q.where('p.id', '>', after);
    return q.orderBy('p.id').limit(limit).execute();
  },

  get(db: Executor, viewer: Viewer, id: string): Promise<PledgeTable | undefined> {
    return db
      .selectFrom('support_pledges as p')
      .selectAll()
      .where(visibleTo(viewer, 'p'))
      .where('p.id', '=', id)
      .executeTakeFirst();
  },

  byIds(db: Executor, ids: readonly string[]): Promise<PledgeTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('support_pledges').selectAll().where('id', 'in', ids).execute();
  },

  /**
   * Pledges that count towards an agreement: linked to it, or made by its partner within its
   * term and linked to no other agreement. `from`/`to` are `YYYY-MM`, inclusive.
   */
  forAgreement(
    db: Executor,
    viewer: Viewer,
    q: { agreementId: string; donor: string | null; from: string; to: string | null },
  ): Promise<PledgeTable[]> {
    return db
      .selectFrom('support_pledges as p')
      .selectAll()
      .where(visibleTo(viewer, 'p'))
      .where('p.withdrawn_at', 'is', null)
      .where((eb) => {
        const linked = eb('p.agreement_id', '=', q.agreementId);
        if (!q.donor) return linked;
        const term = [
          eb('p.agreement_id', 'is', null),
          eb('p.donor_party', '=', q.donor),
          eb('p.month', '>=', q.from),
          ...(q.to ? [eb('p.month', '<=', q.to)] : []),
        ];
        return eb.or([linked, eb.and(term)]);
      })
      .orderBy('p.month')
      .orderBy('p.id')
      .execute();
  },

  async insert(db: Executor, rows: PledgeTable[]): Promise<void> {
    // Chunks keep each statement under SQLite's and PostgreSQL's bound-parameter limits.
    for (let i = 0; i < rows.length; i += 200) {
      await db
        .insertInto('support_pledges')
        .values(rows.slice(i, i + 200))
        .execute();
    }
  },

  async update(db: Executor, id: string, patch: Partial<PledgeTable>): Promise<void> {
    await db.updateTable('support_pledges').set(patch).where('id', '=', id).execute();
  },

  /** Every tracker pledge by its stable key (withdrawn ones included), for an import's diff. */
  async trackerRows(db: Executor): Promise<Map<string, PledgeTable>> {
    const rows = await db
      .selectFrom('support_pledges')
      .selectAll()
      .where('tracker_key', 'is not', null)
      .execute();
    return new Map(rows.map((r) => [r.tracker_key!, r]));
  },

  /** EUR per donor, aid type and measure, over the pledges the viewer sees. */
  async sums(db: Executor, viewer: Viewer, filter: SumFilter): Promise<PledgeSum[]> {
    let q = db
      .selectFrom('support_pledges as p')
      .select((eb) => [
        'p.donor_party',
        'p.donor_name',
        'p.aid_type_general',
        'p.measure',
        eb.fn.coalesce(eb.fn.sum<number>('p.value_eur'), eb.val(0)).as('value_eur'),
        eb.fn.coalesce(eb.fn.sum<number>('p.delivered_value_eur'), eb.val(0)).as('delivered_eur'),
        eb.fn.countAll<number>().as('n'),
      ])
      .where(visibleTo(viewer, 'p'))
      .where('p.withdrawn_at', 'is', null);
    if (filter.year !== undefined) {
      const [from, to] = yearRange(filter.year);
      q = q.where('p.month', '>=', from).where('p.month', '<=', to);
    }
    if (filter.aidType) q = q.where('p.aid_type_general', '=', filter.aidType);
    if (filter.donor) q = q.where('p.donor_party', '=', filter.donor);
    if (filter.exercise !== undefined) q = q.where('p.exercise', '=', filter.exercise ? 1 : 0);
    const rows = await q
      .groupBy(['p.donor_party', 'p.donor_name', 'p.aid_type_general', 'p.measure'])
      .execute();
    return rows.map((r) => ({
      donorParty: r.donor_party,
      donorName: r.donor_name,
      aidTypeGeneral: r.aid_type_general,
      measure: r.measure,
      valueEur: Number(r.value_eur),
      deliveredEur: Number(r.delivered_eur),
      pledges: Number(r.n),
    }));
  },

  /** EUR per month and measure (months unknown to the tracker are left out). */
  async monthly(db: Executor, viewer: Viewer, filter: SumFilter) {
    let q = db
      .selectFrom('support_pledges as p')
      .select((eb) => [
        'p.month',
        'p.measure',
        eb.fn.coalesce(eb.fn.sum<number>('p.value_eur'), eb.val(0)).as('value_eur'),
        eb.fn.coalesce(eb.fn.sum<number>('p.delivered_value_eur'), eb.val(0)).as('delivered_eur'),
      ])
      .where(visibleTo(viewer, 'p'))
      .where('p.withdrawn_at', 'is', null)
      .where('p.month', 'is not', null);
    if (filter.donor) q = q.where('p.donor_party', '=', filter.donor);
    if (filter.aidType) q = q.where('p.aid_type_general', '=', filter.aidType);
    if (filter.exercise !== undefined) q = q.where('p.exercise', '=', filter.exercise ? 1 : 0);
    const rows = await q.groupBy(['p.month', 'p.measure']).orderBy('p.month').execute();
    return rows.map((r) => ({
      month: r.month!,
      measure: r.measure,
      valueEur: Number(r.value_eur),
      deliveredEur: Number(r.delivered_eur),
    }));
  },

  deliveries(db: Executor, viewer: Viewer, pledgeId: string): Promise<DeliveryTable[]> {
    return db
      .selectFrom('support_deliveries as d')
      .selectAll()
      .where(visibleTo(viewer, 'd'))
      .where('d.pledge_id', '=', pledgeId)
      .orderBy('d.delivered_on')
      .orderBy('d.id')
      .execute();
  },

  async insertDelivery(db: Executor, row: DeliveryTable): Promise<void> {
    await db.insertInto('support_deliveries').values(row).execute();
  },

  /** The most recent import: a file equal to it is a repeat and changes nothing. */
  latestImport(db: Executor): Promise<TrackerImportTable | undefined> {
    return db
      .selectFrom('support_tracker_imports')
      .selectAll()
      .orderBy('imported_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
  },

  imports(db: Executor, limit: number): Promise<TrackerImportTable[]> {
    return db
      .selectFrom('support_tracker_imports')
      .selectAll()
      .orderBy('imported_at', 'desc')
      .limit(limit)
      .execute();
  },

  importsByIds(db: Executor, ids: readonly string[]): Promise<TrackerImportTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('support_tracker_imports').selectAll().where('id', 'in', ids).execute();
  },

  async insertImport(db: Executor, row: TrackerImportTable): Promise<void> {
    await db.insertInto('support_tracker_imports').values(row).execute();
  },
};
