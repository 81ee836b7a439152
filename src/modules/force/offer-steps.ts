import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { invalidField, unprocessable } from '../../platform/http/problem.js';
import type { Commitment } from '../commitments/commitments.schemas.js';
import { RAPID_DAYS, READINESS, type ReadinessLevel } from './force.model.js';
import { transferContent } from './force.ledger.js';
import { offerContent } from './force.present.js';
import { forceRepository as repo } from './force.repository.js';
import type { ForceOfferTable } from './force.tables.js';

// The steps an offer goes through after it is made: readiness assessments and transfers of
// authority. Each runs inside the caller's transaction, after the caller has checked that the
// viewer may change the offer (ForceService.forChange).

/** A readiness step: the level reached or renewed, its evidence and expiry (ISO 8601 UTC). */
export interface ReadinessStepInput {
  level: ReadinessLevel;
  evidence: string;
  expiresAt?: string;
}

/** A transfer of authority (OPCOM, OPCON, TACOM, TACON) to a command, effective at a time. */
export interface TransferInput {
  authority: string;
  toCommand: string;
  effectiveAt: string;
  note?: string;
}

/** Records a readiness step of offer `before`, with audit and ledger; 422 off the ladder. */
export async function recordReadiness(
  ctx: AppContext,
  trx: Executor,
  viewer: Viewer,
  before: ForceOfferTable,
  step: ReadinessStepInput,
): Promise<void> {
  const from = READINESS.indexOf(before.readiness as ReadinessLevel);
  const to = READINESS.indexOf(step.level);
  if (to !== from && to !== from + 1)
    throw unprocessable(
      `Readiness climbs one level at a time: ${before.readiness} → ${READINESS[from + 1] ?? '(top)'}.`,
      [{ pointer: '/level', detail: `not reachable from ${before.readiness}` }],
    );
  if (step.level === 'rapid' && (before.notice_days === null || before.notice_days > RAPID_DAYS))
    throw unprocessable(`Rapid deployment level needs at most ${RAPID_DAYS} days' notice.`, [
      { pointer: '/level', detail: `notice is ${before.notice_days ?? 'not stated'}` },
    ]);
  const now = isoTime();
  if (step.expiresAt && step.expiresAt <= now) throw invalidField('/expiresAt', 'the expiry is in the past');
  await repo.insertReadiness(trx, {
    id: randomUUID(),
    offer_id: before.id,
    level: step.level,
    evidence: step.evidence,
    assessed_at: now,
    expires_at: step.expiresAt ?? null,
    actor: viewer.username,
    owner_party: before.owner_party,
    releasability: before.releasability,
    releasable_to: before.releasable_to,
  });
  const row = {
    ...before,
    readiness: step.level,
    readiness_expires_at: step.expiresAt ?? null,
    version: before.version + 1,
    updated_at: now,
  };
  await repo.updateOffer(trx, before.id, {
    readiness: row.readiness,
    readiness_expires_at: row.readiness_expires_at,
    version: row.version,
    updated_at: now,
  });
  await recordAudit(trx, viewer, {
    action: 'readiness',
    entity: 'force-offer',
    entityId: before.id,
    before: offerContent(before),
    after: offerContent(row),
    record: row,
  });
  await ctx.services.ledger.record(trx, [
    { kind: 'force.offer', recordId: before.id, content: offerContent(row) },
  ]);
}

/**
 * Records a transfer of authority of `offer` to the force command, with audit and ledger; the
 * commitment must be `ready` or `active`, and a `ready` one becomes `active`.
 */
export async function recordTransfer(
  ctx: AppContext,
  trx: Executor,
  viewer: Viewer,
  offer: ForceOfferTable,
  commitment: Commitment,
  input: TransferInput,
): Promise<void> {
  if (commitment.state !== 'ready' && commitment.state !== 'active')
    throw unprocessable(
      `A transfer of authority needs the commitment ready or active; it is ${commitment.state}.`,
      [{ pointer: '/authority', detail: `commitment is ${commitment.state}` }],
    );
  const row = {
    id: randomUUID(),
    offer_id: offer.id,
    authority: input.authority,
    to_command: input.toCommand,
    effective_at: input.effectiveAt,
    note: input.note ?? null,
    created_at: isoTime(),
    owner_party: offer.owner_party,
    releasability: offer.releasability,
    releasable_to: offer.releasable_to,
  };
  await repo.insertTransfer(trx, row);
  await recordAudit(trx, viewer, {
    action: 'create',
    entity: 'transfer-of-authority',
    entityId: row.id,
    after: row,
    record: row,
  });
  await ctx.services.ledger.record(trx, [
    {
      kind: 'force.transfer',
      recordId: row.id,
      content: transferContent(row),
    },
  ]);
  if (commitment.state === 'ready')
    await ctx.services.commitments.transition(
      viewer,
      commitment.id,
      'active',
      `transfer of authority (${input.authority}) to ${input.toCommand}`,
      { trx },
    );
}
