import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { conflict, invalidField, notFound } from '../../platform/http/problem.js';
import { commitmentsRepository as repo } from './commitments.repository.js';
import type {
  Approval,
  ApprovalPatch,
  ConditionEvent,
  EventInput,
  NewApproval,
} from './commitments.schemas.js';
import type { CommitmentEventTable, DomesticApprovalTable } from './commitments.tables.js';
import { presentApproval, presentEvent } from './commitments.present.js';
import { appendToLedger } from './commitments.ledger.js';
import { requireWriter, type WriteOptions } from './commitment-records.service.js';

const DECIDED = new Set(['approved', 'rejected']);

function checkDates(a: { state: string; tabled_at: string | null; decided_at: string | null }): void {
  if (a.tabled_at && a.decided_at && a.decided_at < a.tabled_at)
    throw invalidField('/decidedAt', 'the decision is dated before the approval was tabled');
  if (a.decided_at && !DECIDED.has(a.state))
    throw invalidField('/decidedAt', `an approval in state ${a.state} has no decision date`);
}

/**
 * Domestic approvals of commitments (which body, its state, dates, mandate limits, expected
 * days) and the events conditions wait for. An approval is releasable exactly as its
 * commitment; every change is audited and appended to the ledger in one transaction.
 */
export class ApprovalRecords {
  constructor(private readonly ctx: AppContext) {}

  private run<T>(trx: Executor | undefined, work: (trx: Executor) => Promise<T>): Promise<T> {
    return trx ? work(trx) : this.ctx.db.transaction().execute(work);
  }

  private async journal(
    trx: Executor,
    actor: AuditActor,
    row: DomesticApprovalTable,
    action: string,
    before: Approval | undefined,
  ): Promise<Approval> {
    const after = presentApproval(row);
    const record = {
      owner_party: row.owner_party,
      releasability: row.releasability,
      releasable_to: row.releasable_to,
    };
    await recordAudit(trx, actor, {
      action,
      entity: 'domestic-approval',
      entityId: row.id,
      before,
      after,
      record,
    });
    await appendToLedger(this.ctx, trx, [{ kind: 'commitment.approval', recordId: row.id, content: after }]);
    return after;
  }

  /** Adds a domestic approval to a commitment of the actor's party. */
  async add(
    actor: AuditActor,
    commitmentId: string,
    input: NewApproval,
    options: WriteOptions = {},
  ): Promise<Approval> {
    return this.run(options.trx, async (trx) => {
      const c =
        'system' in actor
          ? await trx.selectFrom('commitments').selectAll().where('id', '=', commitmentId).executeTakeFirst()
          : await repo.get(trx, actor, commitmentId);
      if (!c) throw notFound(`Commitment ${commitmentId}`);
      requireWriter(actor, c.owner_party, 'record approvals of their commitments');
      const now = isoTime();
      const row: DomesticApprovalTable = {
        id: randomUUID(),
        commitment_id: commitmentId,
        body: input.body,
        body_name: input.bodyName,
        state: input.state,
        tabled_at: input.tabledAt ?? null,
        decided_at: input.decidedAt ?? (DECIDED.has(input.state) ? now : null),
        expected_days: input.expectedDays ?? null,
        personnel_ceiling: input.mandate?.personnelCeiling ?? null,
        duration_months: input.mandate?.durationMonths ?? null,
        area: input.mandate?.area ?? null,
        note: input.note ?? null,
        source: input.source ?? null,
        exercise: input.exercise ? 1 : 0,
        version: 1,
        created_at: now,
        updated_at: now,
        owner_party: c.owner_party,
        releasability: c.releasability,
        releasable_to: c.releasable_to,
      };
      checkDates(row);
      await repo.insertApproval(trx, row);
      return this.journal(trx, actor, row, 'create', undefined);
    });
  }

  /** Changes an approval (state, dates, mandate). A vote is recorded by setting `state`. */
  async update(
    actor: AuditActor,
    id: string,
    patch: ApprovalPatch,
    options: WriteOptions = {},
  ): Promise<Approval> {
    return this.run(options.trx, async (trx) => {
      const before =
        'system' in actor
          ? await trx.selectFrom('domestic_approvals').selectAll().where('id', '=', id).executeTakeFirst()
          : await repo.getApproval(trx, actor, id);
      if (!before) throw notFound(`Approval ${id}`);
      requireWriter(actor, before.owner_party, 'change approvals of their commitments');
      const change: Partial<DomesticApprovalTable> = {};
      if (patch.body !== undefined) change.body = patch.body;
      if (patch.bodyName !== undefined) change.body_name = patch.bodyName;
      if (patch.state !== undefined) change.state = patch.state;
      if (patch.tabledAt !== undefined) change.tabled_at = patch.tabledAt;
      if (patch.decidedAt !== undefined) change.decided_at = patch.decidedAt;
      if (patch.expectedDays !== undefined) change.expected_days = patch.expectedDays;
      if (patch.mandate?.personnelCeiling !== undefined)
        change.personnel_ceiling = patch.mandate.personnelCeiling;
      if (patch.mandate?.durationMonths !== undefined) change.duration_months = patch.mandate.durationMonths;
      if (patch.mandate?.area !== undefined) change.area = patch.mandate.area;
      if (patch.note !== undefined) change.note = patch.note;
      if (patch.source !== undefined) change.source = patch.source;
      const now = isoTime();
      if (patch.state !== undefined && patch.decidedAt === undefined)
        change.decided_at = DECIDED.has(patch.state)
          ? before.state === patch.state
            ? before.decided_at
            : now
          : null;
      const row: DomesticApprovalTable = {
        ...before,
        ...change,
        version: before.version + 1,
        updated_at: now,
      };
      checkDates(row);
      await repo.updateApproval(trx, id, { ...change, version: row.version, updated_at: now });
      return this.journal(trx, actor, row, 'update', presentApproval(before));
    });
  }

  /** One visible approval. */
  async get(viewer: Viewer, id: string): Promise<Approval> {
    const row = await repo.getApproval(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Approval ${id}`);
    return presentApproval(row);
  }

  /** Visible approvals, optionally of one party or in one state. */
  async list(viewer: Viewer, filter: { party?: string; state?: string } = {}): Promise<Approval[]> {
    const rows = await repo.approvals(this.ctx.db, viewer);
    return rows
      .filter(
        (r) =>
          (!filter.party || r.owner_party === filter.party) && (!filter.state || r.state === filter.state),
      )
      .map(presentApproval);
  }

  /** Records that an event happened or not (coordinators; the system for the scenario). */
  async setEvent(actor: AuditActor, key: string, input: EventInput): Promise<ConditionEvent> {
    if (!('system' in actor)) requireRole(actor, ['coordinator'], 'record events');
    if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(key)) throw invalidField('/key', 'use 2–64 of a-z 0-9 and -');
    if (input.happened && !input.at) throw invalidField('/at', 'say when the event happened');
    const owner = 'system' in actor ? 'NATO' : actor.party;
    return this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.getEvent(trx, key);
      if (
        before &&
        !('system' in actor) &&
        before.owner_party !== actor.party &&
        before.releasability === 'owner'
      )
        throw conflict(`Event ${key} is recorded by another party.`);
      const row: CommitmentEventTable = {
        key,
        name: input.name,
        happened: input.happened ? 1 : 0,
        at: input.at ?? null,
        source: input.source ?? null,
        exercise: input.exercise ? 1 : 0,
        updated_at: isoTime(),
        ...toColumns(before?.owner_party ?? owner, input.releasability),
      };
      await repo.upsertEvent(trx, row, before !== undefined);
      const after = presentEvent(row);
      await recordAudit(trx, actor, {
        action: before ? 'update' : 'create',
        entity: 'commitment-event',
        entityId: key,
        before: before ? presentEvent(before) : undefined,
        after,
        record: row,
      });
      await appendToLedger(this.ctx, trx, [{ kind: 'commitment.event', recordId: key, content: after }]);
      return after;
    });
  }

  /** Visible events. */
  async events(viewer: Viewer): Promise<ConditionEvent[]> {
    return (await repo.events(this.ctx.db, viewer)).map(presentEvent);
  }
}
