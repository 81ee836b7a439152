import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { forbidden, invalidField, notFound } from '../../platform/http/problem.js';
import type { NewCommitment } from '../commitments/commitments.schemas.js';
import { pledgesRepository as repo, type PledgeFilter } from './pledges.repository.js';
import { requirementsRepository } from './requirements.repository.js';
import { presentPledge } from './support.present.js';
import type { NewPledge, Pledge, PledgeLinks } from './support.schemas.js';
import type { PledgeTable } from './support.tables.js';

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
 * Aid pledges in the tracker's three measures, each a commitment of the core, and what they
 * answer (requirement, capability coalition, agreement). Deliveries are `DeliveriesService`'s,
 * donor views `DonorViewsService`'s.
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

  /**
   * Changes what a pledge answers (requirement, coalition, agreement), by the donor's
   * planners and coordinators; each link must be visible to them. The pledge's commitment
   * follows the requirement, and the new version goes to the ledger.
   */
  async updateLinks(viewer: Viewer, id: string, links: PledgeLinks): Promise<Pledge> {
    requireRole(viewer, WRITERS, 'link pledges');
    let after: PledgeTable | undefined;
    await this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.get(trx, viewer, id);
      if (!before || before.withdrawn_at !== null) throw notFound(`Pledge ${id}`);
      if (before.donor_party !== viewer.party)
        throw forbidden(`Only ${before.donor_party ?? 'the donor'} links this pledge.`);
      const { requirementId, coalitionId, agreementId } = links;
      if (requirementId && !(await requirementsRepository.requirement(trx, viewer, requirementId)))
        throw invalidField('/requirementId', `unknown requirement ${requirementId}`);
      if (coalitionId && !(await requirementsRepository.coalition(trx, viewer, coalitionId)))
        throw invalidField('/coalitionId', `unknown coalition ${coalitionId}`);
      if (agreementId && !(await this.agreementLookup?.(trx, viewer, agreementId)))
        throw invalidField('/agreementId', `unknown agreement ${agreementId}`);
      const change: Partial<PledgeTable> = { updated_at: isoTime() };
      if (requirementId !== undefined) change.requirement_id = requirementId;
      if (coalitionId !== undefined) change.coalition_id = coalitionId;
      if (agreementId !== undefined) change.agreement_id = agreementId;
      after = { ...before, ...change };
      await repo.update(trx, id, change);
      if (requirementId !== undefined && before.commitment_id)
        await this.ctx.services.commitments.update(
          viewer,
          before.commitment_id,
          {
            purpose: { pillar: 'support', ...(requirementId ? { requirementRef: requirementId } : {}) },
            note: 'the pledge answers another requirement',
          },
          { trx },
        );
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'support.pledge',
        entityId: id,
        before: presentPledge(before),
        after: presentPledge(after),
        record: before,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'support.pledge', recordId: id, content: presentPledge(after) },
      ]);
    });
    return presentPledge(after!);
  }
}
