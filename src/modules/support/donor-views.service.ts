import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { donorTotals } from './donor-totals.js';
import { pledgesRepository as repo } from './pledges.repository.js';
import { requirementsRepository } from './requirements.repository.js';
import type { DonorQuery, DonorView, Gdp, GdpInput, TimelinePoint } from './support.schemas.js';

/**
 * Donor views: totals by donor and aid type in EUR and as a percentage of GDP against a fair
 * share split by GDP, the month-by-month timeline, and the sourced GDP table they use.
 */
export class DonorViewsService {
  constructor(private readonly ctx: AppContext) {}

  /**
   * Totals by donor and aid type in EUR and as a percentage of GDP, against a fair share of
   * `fairShareTotalEur` split by GDP. GDP is the year asked, else each party's latest figure.
   */
  async donors(viewer: Viewer, query: DonorQuery): Promise<DonorView> {
    const sums = await repo.sums(this.ctx.db, viewer, {
      ...(query.year !== undefined ? { year: query.year } : {}),
      ...(query.type ? { aidType: query.type } : {}),
      ...(query.exercise !== undefined ? { exercise: query.exercise } : {}),
    });
    const gdp = (await requirementsRepository.gdp(this.ctx.db, query.gdpYear)).map((g) => ({
      party: g.party_code,
      year: g.year,
      gdpEur: g.gdp_eur,
      source: g.source,
      exercise: g.exercise === 1,
    }));
    const items = donorTotals(sums, gdp, {
      ...(query.fairShareTotalEur !== undefined ? { totalEur: query.fairShareTotalEur } : {}),
      ...(query.fairShareParties ? { parties: query.fairShareParties.split(',') } : {}),
    });
    return { year: query.year ?? null, fairShareTotalEur: query.fairShareTotalEur ?? null, items };
  }

  /** Month by month EUR by measure, with running totals (all donors, or one). */
  async timeline(
    viewer: Viewer,
    query: { donor?: string; type?: string; exercise?: boolean },
  ): Promise<TimelinePoint[]> {
    const rows = await repo.monthly(this.ctx.db, viewer, {
      ...(query.donor ? { donor: query.donor } : {}),
      ...(query.type ? { aidType: query.type } : {}),
      ...(query.exercise !== undefined ? { exercise: query.exercise } : {}),
    });
    const points = new Map<string, TimelinePoint>();
    for (const r of rows) {
      const p = points.get(r.month) ?? {
        month: r.month,
        commitmentEur: 0,
        allocationEur: 0,
        deliveredEur: 0,
        cumulativeAllocationEur: 0,
        cumulativeTotalEur: 0,
      };
      if (r.measure === 'allocation') p.allocationEur += r.valueEur;
      else p.commitmentEur += r.valueEur;
      p.deliveredEur += r.deliveredEur;
      points.set(r.month, p);
    }
    let allocation = 0;
    let total = 0;
    return [...points.values()]
      .sort((a, b) => a.month.localeCompare(b.month))
      .map((p) => {
        allocation += p.allocationEur;
        total += p.allocationEur + p.commitmentEur;
        return { ...p, cumulativeAllocationEur: allocation, cumulativeTotalEur: total };
      });
  }

  /** The GDP table (public statistics, each figure with its source and year). */
  async gdp(_viewer: Viewer): Promise<Gdp[]> {
    return (await requirementsRepository.allGdp(this.ctx.db)).map((g) => ({
      party: g.party_code,
      year: g.year,
      gdpEur: g.gdp_eur,
      source: g.source,
      exercise: g.exercise === 1,
    }));
  }

  /** Sets a GDP figure with its source (coordinators; the system for the shipped table). */
  async setGdp(actor: AuditActor, party: string, year: number, input: GdpInput): Promise<Gdp> {
    if (!('system' in actor)) requireRole(actor, ['coordinator'], 'set GDP figures');
    const row = {
      party_code: party,
      year,
      gdp_eur: input.gdpEur,
      source: input.source,
      exercise: input.exercise ? 1 : 0,
      updated_at: isoTime(),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      await requirementsRepository.upsertGdp(trx, row);
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'support.gdp',
        entityId: `${party}:${year}`,
        after: input,
        record: { owner_party: party, releasability: 'public', releasable_to: '' },
      });
    });
    return { party, year, gdpEur: row.gdp_eur, source: row.source, exercise: row.exercise === 1 };
  }
}
