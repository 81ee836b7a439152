import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { forbidden, invalidField, notFound, unprocessable } from '../../platform/http/problem.js';
import type { NewCommitment } from '../commitments/commitments.schemas.js';
import { donorTotals } from './donor-totals.js';
import { pledgesRepository as repo, type PledgeFilter } from './pledges.repository.js';
import { requirementsRepository } from './requirements.repository.js';
import { presentDelivery, presentPledge } from './support.present.js';
import type {
  Delivery,
  DonorQuery,
  DonorView,
  Gdp,
  GdpInput,
  NewDelivery,
  NewPledge,
  Pledge,
  TimelinePoint,
} from './support.schemas.js';
import type { DeliveryTable, PledgeTable } from './support.tables.js';

const WRITERS = ['coordinator', 'planner'] as const;

/** Tells whether an agreement exists and is visible; set by the agreements module. */
export type AgreementLookup = (db: Executor, viewer: Viewer, id: string) => Promise<boolean>;

/** The commitment kind of a pledge in the commitments core. */
export function commitmentKindOf(
  aidTypeGeneral: string,
  aidTypeSpecific: string | null | undefined,
): NewCommitment['kind'] {
  const specific = (aidTypeSpecific ?? '').toLowerCase();
  if (aidTypeGeneral !== 'Military') return 'funding';
  if (specific.includes('ammunition')) return 'ammunition';
  if (specific.includes('training')) return 'training';
  return 'equipment';
}

/**
 * Aid pledges in the tracker's three measures, their deliveries (with evidence hashes, to the
 * ledger), donor views in EUR and % of GDP against a fair share, and the GDP table.
 */
export class PledgesService {
  private agreementLookup: AgreementLookup | undefined;

  constructor(private readonly ctx: AppContext) {}

  /** Lets the agreements module check `agreementId` links (it comes later in the registry). */
  setAgreementLookup(lookup: AgreementLookup): void {
    this.agreementLookup = lookup;
  }

  /**
   * Records a pledge of the caller's party. It is a commitment of the commitments core (pillar
   * 2, support), created in the same transaction, with the pledge's value and items.
   */
  async create(
    actor: AuditActor,
    input: NewPledge,
    options: { party?: string; exercise?: boolean } = {},
  ): Promise<Pledge> {
    const party = 'system' in actor ? options.party : actor.party;
    if (!party) throw invalidField('/party', 'the donor party is required');
    if (!('system' in actor)) requireRole(actor, WRITERS, 'record pledges');
    const eurPerUnit = input.eurPerUnit ?? (input.reportingCurrency === 'EUR' ? 1 : undefined);
    let valueEur = input.valueEur ?? null;
    if (valueEur === null && input.reportedValue !== undefined) {
      if (eurPerUnit === undefined)
        throw invalidField(
          '/eurPerUnit',
          `the conversion from ${input.reportingCurrency} to EUR is required with reportedValue`,
        );
      valueEur = input.reportedValue * eurPerUnit;
    }
    const now = isoTime();
    const row: PledgeTable = {
      id: randomUUID(),
      commitment_id: null,
      donor_party: party,
      donor_name: party,
      requirement_id: input.requirementId ?? null,
      coalition_id: input.coalitionId ?? null,
      agreement_id: input.agreementId ?? null,
      aid_type_general: input.aidTypeGeneral,
      aid_type_specific: input.aidTypeSpecific ?? null,
      measure: input.measure,
      announced_on: input.announcedOn,
      month: input.announcedOn.slice(0, 7),
      explanation: input.explanation ?? null,
      source: input.source ?? null,
      reporting_currency: input.reportingCurrency,
      reported_value: input.reportedValue ?? null,
      eur_per_unit: eurPerUnit ?? null,
      activity_value_eur: valueEur,
      value_eur: valueEur,
      delivered_value_eur: 0,
      item: input.item ?? null,
      item_type: input.itemType ?? null,
      item_count: input.itemCount ?? null,
      item_count_delivered: input.itemCount === undefined ? null : 0,
      tracker_key: null,
      tracker_import_id: null,
      withdrawn_at: null,
      exercise: options.exercise ? 1 : 0,
      created_at: now,
      updated_at: now,
      ...toColumns(party, input.releasability),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      if (!('system' in actor)) {
        if (
          input.requirementId &&
          !(await requirementsRepository.requirement(trx, actor, input.requirementId))
        )
          throw invalidField('/requirementId', `unknown requirement ${input.requirementId}`);
        if (input.coalitionId && !(await requirementsRepository.coalition(trx, actor, input.coalitionId)))
          throw invalidField('/coalitionId', `unknown coalition ${input.coalitionId}`);
        if (input.agreementId && !(await this.agreementLookup?.(trx, actor, input.agreementId)))
          throw invalidField('/agreementId', `unknown agreement ${input.agreementId}`);
      }
      const commitment = await this.ctx.services.commitments.create(
        actor,
        {
          kind: commitmentKindOf(input.aidTypeGeneral, input.aidTypeSpecific),
          title:
            `${input.aidTypeGeneral} aid: ${input.item ?? input.aidTypeSpecific ?? input.explanation ?? 'pledge'}`.slice(
              0,
              300,
            ),
          ...(input.explanation ? { description: input.explanation } : {}),
          ...(input.itemCount !== undefined
            ? { quantity: input.itemCount, unit: (input.item ?? 'items').slice(0, 50) }
            : {}),
          ...(valueEur !== null ? { valueEur } : {}),
          period: { start: `${input.announcedOn}T00:00:00.000Z` },
          purpose: {
            pillar: 'support',
            ...(input.requirementId ? { requirementRef: input.requirementId } : {}),
          },
          sources: input.source ? [{ citation: input.source }] : [],
          releasability: input.releasability,
          state: input.measure === 'allocation' ? 'committed' : 'announced',
          ...(options.exercise ? { exercise: true } : {}),
        },
        { trx, party },
      );
      row.commitment_id = commitment.id;
      await repo.insert(trx, [row]);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'support.pledge',
        entityId: row.id,
        after: presentPledge(row),
        record: row,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'support.pledge', recordId: row.id, content: presentPledge(row) },
      ]);
    });
    return presentPledge(row);
  }

  /** Pledges the viewer may see (withdrawn tracker rows left out), by id. */
  async list(viewer: Viewer, filter: PledgeFilter & { cursor?: string; limit?: number }) {
    const limit = filter.limit ?? 100;
    const after = decodeCursor(filter.cursor, 1)?.[0] as string | undefined;
    const rows = await repo.list(this.ctx.db, viewer, filter, after, limit + 1);
    return toPage(rows, limit, (r) => [r.id], presentPledge);
  }

  /** One pledge. */
  async get(viewer: Viewer, id: string): Promise<Pledge> {
    const row = await repo.get(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Pledge ${id}`);
    return presentPledge(row);
  }

  /** Pledges that count towards an agreement (see `pledgesRepository.forAgreement`). */
  async forAgreement(
    viewer: Viewer,
    q: { agreementId: string; donor: string | null; from: string; to: string | null },
  ): Promise<Pledge[]> {
    return (await repo.forAgreement(this.ctx.db, viewer, q)).map(presentPledge);
  }

  /** Deliveries of a pledge. */
  async deliveries(viewer: Viewer, pledgeId: string): Promise<Delivery[]> {
    await this.get(viewer, pledgeId);
    return (await repo.deliveries(this.ctx.db, viewer, pledgeId)).map(presentDelivery);
  }

  /**
   * Records a delivery against a pledge (the donor or Ukraine, planners and coordinators).
   * The pledge's delivered count and value grow by it, and the delivery with its evidence
   * hash is appended to the ledger in the same transaction.
   */
  async recordDelivery(
    actor: AuditActor,
    pledgeId: string,
    input: NewDelivery,
    options: { exercise?: boolean } = {},
  ): Promise<Delivery> {
    if (!('system' in actor)) requireRole(actor, WRITERS, 'record deliveries');
    if (input.itemCount === undefined && input.valueEur === undefined)
      throw invalidField('/itemCount', 'a delivery needs an item count or a value');
    let row: DeliveryTable | undefined;
    await this.ctx.db.transaction().execute(async (trx) => {
      const pledge =
        'system' in actor ? (await repo.byIds(trx, [pledgeId]))[0] : await repo.get(trx, actor, pledgeId);
      if (!pledge) throw notFound(`Pledge ${pledgeId}`);
      if (!('system' in actor) && actor.party !== pledge.donor_party && actor.party !== 'UKR')
        throw forbidden(
          `Deliveries of this pledge are recorded by ${pledge.donor_party ?? 'its donor'} or UKR.`,
        );
      const delivered = (pledge.item_count_delivered ?? 0) + (input.itemCount ?? 0);
      if (input.itemCount !== undefined && pledge.item_count !== null && delivered > pledge.item_count)
        throw unprocessable(`${delivered} items would be delivered against ${pledge.item_count} pledged.`, [
          {
            pointer: '/itemCount',
            detail: `at most ${pledge.item_count - (pledge.item_count_delivered ?? 0)} remain`,
          },
        ]);
      row = {
        id: randomUUID(),
        pledge_id: pledgeId,
        delivered_on: input.deliveredOn,
        item_count: input.itemCount ?? null,
        value_eur: input.valueEur ?? null,
        evidence_sha256: input.evidenceSha256,
        note: input.note ?? null,
        exercise: options.exercise || pledge.exercise === 1 ? 1 : 0,
        created_at: isoTime(),
        owner_party: pledge.owner_party,
        releasability: pledge.releasability,
        releasable_to: pledge.releasable_to,
      };
      await repo.insertDelivery(trx, row);
      await repo.update(trx, pledgeId, {
        item_count_delivered: input.itemCount !== undefined ? delivered : pledge.item_count_delivered,
        delivered_value_eur: (pledge.delivered_value_eur ?? 0) + (input.valueEur ?? 0),
        updated_at: row.created_at,
      });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'support.delivery',
        entityId: row.id,
        after: presentDelivery(row),
        record: row,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'support.delivery', recordId: row.id, content: presentDelivery(row) },
      ]);
    });
    return presentDelivery(row!);
  }

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
