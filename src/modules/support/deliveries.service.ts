import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import {
  forbidden,
  invalidField,
  notFound,
  ProblemError,
  unprocessable,
} from '../../platform/http/problem.js';
import { isFullyDelivered } from './pledge-fulfilment.js';
import { pledgesRepository as repo } from './pledges.repository.js';
import { presentDelivery, presentPledge } from './support.present.js';
import type { Delivery, NewDelivery } from './support.schemas.js';
import type { DeliveryTable } from './support.tables.js';

const WRITERS = ['coordinator', 'planner'] as const;

/**
 * Deliveries against pledges, each with the SHA-256 of its evidence appended to the ledger.
 * The delivery that completes a pledge moves the pledge's commitment to `fulfilled`.
 */
export class DeliveriesService {
  constructor(private readonly ctx: AppContext) {}

  /** Deliveries of a pledge. */
  async deliveries(viewer: Viewer, pledgeId: string): Promise<Delivery[]> {
    await this.ctx.services.supportPledges.get(viewer, pledgeId);
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
      const progress = {
        item_count_delivered: input.itemCount !== undefined ? delivered : pledge.item_count_delivered,
        delivered_value_eur: (pledge.delivered_value_eur ?? 0) + (input.valueEur ?? 0),
        updated_at: row.created_at,
      };
      await repo.update(trx, pledgeId, progress);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'support.delivery',
        entityId: row.id,
        after: presentDelivery(row),
        record: row,
      });
      // The pledge's delivered figures changed: the pledge gets a new leaf with them, or the
      // audit would find it changed behind the application.
      await this.ctx.services.ledger.record(trx, [
        { kind: 'support.delivery', recordId: row.id, content: presentDelivery(row) },
        { kind: 'support.pledge', recordId: pledgeId, content: presentPledge({ ...pledge, ...progress }) },
      ]);
      const after = {
        itemCount: pledge.item_count,
        itemCountDelivered: progress.item_count_delivered,
        valueEur: pledge.value_eur,
        deliveredValueEur: progress.delivered_value_eur,
      };
      if (pledge.commitment_id && isFullyDelivered(after))
        await this.fulfil(trx, pledge.commitment_id, row.id);
    });
    return presentDelivery(row!);
  }

  /**
   * Moves a fully delivered pledge's commitment to `fulfilled`, in the delivery's transaction.
   * The system acts: a delivery recorded by Ukraine completes the donor's commitment too.
   * A commitment that cannot move (already fulfilled, withdrawn, or with a domestic approval
   * still open) stays as it is; the delivery is recorded all the same.
   */
  private async fulfil(trx: Executor, commitmentId: string, deliveryId: string): Promise<void> {
    try {
      await this.ctx.services.commitments.transition(
        { system: 'support' },
        commitmentId,
        'fulfilled',
        `every pledged item or euro delivered (delivery ${deliveryId})`,
        { trx },
      );
    } catch (error) {
      // 422: the lifecycle does not allow the move. Nothing was written by the refused transition.
      if (!(error instanceof ProblemError && error.status === 422)) throw error;
    }
  }
}
