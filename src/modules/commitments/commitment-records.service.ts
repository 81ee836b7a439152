import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { conflict, forbidden, invalidField, notFound, unprocessable } from '../../platform/http/problem.js';
import { ENDED, LIFECYCLE, type CommitmentState, type Condition } from './commitments.model.js';
import { commitmentsRepository as repo, type CommitmentFilter } from './commitments.repository.js';
import type { Commitment, CommitmentPatch, NewCommitment } from './commitments.schemas.js';
import type { CommitmentTable } from './commitments.tables.js';
import { presentCommitment } from './commitments.present.js';
import { actorName, appendToLedger, commitmentContent } from './commitments.ledger.js';
import { validateAmounts, validateConditions } from './commitments.validate.js';

/** Roles that may write a party's commitments. */
export const WRITERS = ['planner', 'coordinator'] as const;

/** Options of a write that another module runs inside its own transaction. */
export interface WriteOptions {
  /** The caller's transaction (e.g. the force module creating an offer and its commitment). */
  trx?: Executor;
  /** Owner party, required when the actor is the system (scenario, CLI). */
  party?: string;
  requestId?: string;
}

/**
 * Called inside the writing transaction when a commitment's releasability changes, so that the
 * records another module builds on it (a force offer, its readiness steps) follow it.
 */
export type ReleasabilityListener = (
  trx: Executor,
  commitmentId: string,
  columns: { releasability: string; releasable_to: string },
) => Promise<void>;

/** Throws unless the actor may write records of `party`. */
export function requireWriter(actor: AuditActor, party: string, action: string): void {
  if ('system' in actor) return;
  requireRole(actor, WRITERS, action);
  if (actor.party !== party) throw forbidden(`Only ${party} may ${action}.`);
}

/** Whether a lifecycle move is allowed: forward on the main line, or ended before fulfilment. */
export function canTransition(from: CommitmentState, to: CommitmentState): boolean {
  if (from === 'fulfilled' || (ENDED as readonly string[]).includes(from)) return false;
  if ((ENDED as readonly string[]).includes(to)) return true;
  return (
    LIFECYCLE.indexOf(to as (typeof LIFECYCLE)[number]) >
    LIFECYCLE.indexOf(from as (typeof LIFECYCLE)[number])
  );
}

/**
 * Commitments: create, edit, move through their lifecycle, read with history. Every write
 * runs in one transaction with its history row, audit row and ledger leaf.
 */
export class CommitmentRecords {
  private readonly releasabilityListeners: ReleasabilityListener[] = [];

  constructor(private readonly ctx: AppContext) {}

  /** Registers a listener run in the same transaction whenever a commitment's releasability changes. */
  onReleasabilityChange(listener: ReleasabilityListener): void {
    this.releasabilityListeners.push(listener);
  }

  private async run<T>(trx: Executor | undefined, work: (trx: Executor) => Promise<T>): Promise<T> {
    return trx ? work(trx) : this.ctx.db.transaction().execute(work);
  }

  /** Records the current version in history, audit and ledger. */
  private async journal(
    trx: Executor,
    actor: AuditActor,
    row: CommitmentTable,
    action: string,
    note: string | null,
    before: Commitment | undefined,
    requestId?: string,
  ): Promise<Commitment> {
    const approvals = await trx
      .selectFrom('domestic_approvals')
      .selectAll()
      .where('commitment_id', '=', row.id)
      .execute();
    const after = presentCommitment(row, approvals);
    const cols = {
      owner_party: row.owner_party,
      releasability: row.releasability,
      releasable_to: row.releasable_to,
    };
    await repo.insertHistory(trx, {
      commitment_id: row.id,
      version: row.version,
      at: row.updated_at,
      actor: actorName(actor),
      action,
      note,
      snapshot_json: JSON.stringify(commitmentContent(row)),
      ...cols,
    });
    await recordAudit(trx, actor, {
      action,
      entity: 'commitment',
      entityId: row.id,
      before,
      after,
      record: cols,
      requestId,
    });
    await appendToLedger(this.ctx, trx, [
      { kind: 'commitment', recordId: row.id, content: commitmentContent(row) },
    ]);
    return after;
  }

  /** Creates a commitment of the actor's party (or `options.party` for the system). */
  async create(actor: AuditActor, input: NewCommitment, options: WriteOptions = {}): Promise<Commitment> {
    const party = 'system' in actor ? options.party : actor.party;
    if (!party) throw invalidField('/party', 'the owner party is required');
    requireWriter(actor, party, 'record commitments of their party');
    validateAmounts(input);
    const now = isoTime();
    const row: CommitmentTable = {
      id: randomUUID(),
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      quantity: input.quantity ?? null,
      unit: input.unit ?? null,
      value_eur: input.valueEur ?? null,
      period_start: input.period?.start ?? null,
      period_end: input.period?.end ?? null,
      pillar: input.purpose?.pillar ?? null,
      requirement_ref: input.purpose?.requirementRef ?? null,
      state: input.state ?? 'announced',
      conditions_json: input.conditions ? JSON.stringify(input.conditions) : null,
      sources_json: JSON.stringify(input.sources ?? []),
      exercise: input.exercise ? 1 : 0,
      version: 1,
      created_at: now,
      updated_at: now,
      ...toColumns(party, input.releasability),
    };
    return this.run(options.trx, async (trx) => {
      await validateConditions(
        trx,
        'system' in actor ? null : actor,
        input.conditions as Condition | undefined,
        row.id,
      );
      await repo.insert(trx, row);
      return this.journal(trx, actor, row, 'create', null, undefined, options.requestId);
    });
  }

  /** Loads a commitment the actor may change (owner party, writer role), 404 when not visible. */
  private async forChange(
    trx: Executor,
    actor: AuditActor,
    id: string,
    action: string,
  ): Promise<CommitmentTable> {
    const row =
      'system' in actor
        ? await trx.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst()
        : await repo.get(trx, actor, id);
    if (!row) throw notFound(`Commitment ${id}`);
    requireWriter(actor, row.owner_party, action);
    return row;
  }

  /** Edits a commitment; a stale `version` is a 409. */
  async update(
    actor: AuditActor,
    id: string,
    patch: CommitmentPatch,
    options: WriteOptions = {},
  ): Promise<Commitment> {
    return this.run(options.trx, async (trx) => {
      const before = await this.forChange(trx, actor, id, 'edit this commitment');
      if (patch.version !== undefined && patch.version !== before.version)
        throw conflict(`Commitment ${id} is at version ${before.version}, not ${patch.version}.`, {
          currentVersion: before.version,
        });
      const change: Partial<CommitmentTable> = {};
      if (patch.kind !== undefined) change.kind = patch.kind;
      if (patch.title !== undefined) change.title = patch.title;
      if (patch.description !== undefined) change.description = patch.description;
      if (patch.quantity !== undefined) change.quantity = patch.quantity;
      if (patch.unit !== undefined) change.unit = patch.unit;
      if (patch.valueEur !== undefined) change.value_eur = patch.valueEur;
      if (patch.period !== undefined) {
        change.period_start = patch.period.start ?? null;
        change.period_end = patch.period.end ?? null;
      }
      if (patch.purpose !== undefined) {
        change.pillar = patch.purpose.pillar;
        change.requirement_ref = patch.purpose.requirementRef ?? null;
      }
      if (patch.conditions !== undefined) {
        await validateConditions(
          trx,
          'system' in actor ? null : actor,
          patch.conditions as Condition | null,
          id,
        );
        change.conditions_json = patch.conditions ? JSON.stringify(patch.conditions) : null;
      }
      if (patch.sources !== undefined) change.sources_json = JSON.stringify(patch.sources);
      if (patch.releasability !== undefined) {
        const cols = toColumns(before.owner_party, patch.releasability);
        change.releasability = cols.releasability;
        change.releasable_to = cols.releasable_to;
        await repo.releaseApprovalsAs(trx, id, cols);
        for (const listener of this.releasabilityListeners) await listener(trx, id, cols);
      }
      const merged = { ...before, ...change };
      validateAmounts({
        quantity: merged.quantity,
        unit: merged.unit,
        period: { start: merged.period_start ?? undefined, end: merged.period_end ?? undefined },
      });
      const row: CommitmentTable = { ...merged, version: before.version + 1, updated_at: isoTime() };
      await repo.update(trx, id, { ...change, version: row.version, updated_at: row.updated_at });
      return this.journal(
        trx,
        actor,
        row,
        'update',
        patch.note ?? null,
        presentCommitment(before),
        options.requestId,
      );
    });
  }

  /** Moves a commitment along its lifecycle; `approved` and later need every domestic approval granted. */
  async transition(
    actor: AuditActor,
    id: string,
    to: CommitmentState,
    note: string | undefined,
    options: WriteOptions = {},
  ): Promise<Commitment> {
    return this.run(options.trx, async (trx) => {
      const before = await this.forChange(trx, actor, id, 'change the state of this commitment');
      const from = before.state as CommitmentState;
      if (!canTransition(from, to))
        throw unprocessable(`A commitment cannot move from ${from} to ${to}.`, [
          { pointer: '/to', detail: `not allowed from ${from}` },
        ]);
      const needsApproval =
        LIFECYCLE.indexOf(to as (typeof LIFECYCLE)[number]) >= LIFECYCLE.indexOf('approved');
      if (needsApproval) {
        const open = await trx
          .selectFrom('domestic_approvals')
          .select(['id', 'body_name', 'state'])
          .where('commitment_id', '=', id)
          .where('state', 'not in', ['approved', 'not-needed'])
          .execute();
        if (open.length > 0)
          throw unprocessable(
            `${to} needs every domestic approval granted; open: ${open.map((a) => `${a.body_name} (${a.state})`).join(', ')}.`,
            open.map((a) => ({ pointer: '/to', detail: `approval ${a.id} is ${a.state}` })),
          );
      }
      const row: CommitmentTable = {
        ...before,
        state: to,
        version: before.version + 1,
        updated_at: isoTime(),
      };
      await repo.update(trx, id, { state: to, version: row.version, updated_at: row.updated_at });
      return this.journal(
        trx,
        actor,
        row,
        'transition',
        note ?? `${from} → ${to}`,
        presentCommitment(before),
        options.requestId,
      );
    });
  }

  /** One visible commitment with its visible approvals. */
  async get(viewer: Viewer, id: string): Promise<Commitment> {
    const row = await repo.get(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Commitment ${id}`);
    return presentCommitment(row, await repo.approvals(this.ctx.db, viewer, [id]));
  }

  /** Visible commitments, a page at a time. */
  async list(viewer: Viewer, filter: CommitmentFilter & { cursor?: string; limit?: number }) {
    const limit = filter.limit ?? 100;
    const after = decodeCursor(filter.cursor, 2) as [string, string] | undefined;
    const rows = await repo.list(this.ctx.db, viewer, filter, { after, limit });
    const approvals = await repo.approvals(
      this.ctx.db,
      viewer,
      rows.slice(0, limit).map((r) => r.id),
    );
    return toPage(
      rows,
      limit,
      (r) => [r.created_at, r.id],
      (r) => presentCommitment(r, approvals),
    );
  }

  /** Every visible commitment matching the filter (for boards and resolutions), with approvals. */
  async all(viewer: Viewer, filter: CommitmentFilter = {}): Promise<Commitment[]> {
    const rows = await repo.list(this.ctx.db, viewer, filter);
    const approvals = await repo.approvals(
      this.ctx.db,
      viewer,
      filter.ids ? rows.map((r) => r.id) : undefined,
    );
    return rows.map((r) => presentCommitment(r, approvals));
  }

  /** The full history of a commitment, oldest version first. */
  async history(viewer: Viewer, id: string) {
    if (!(await repo.get(this.ctx.db, viewer, id))) throw notFound(`Commitment ${id}`);
    const rows = await repo.history(this.ctx.db, viewer, id);
    return rows.map((h) => ({
      version: h.version,
      at: h.at,
      actor: h.actor,
      action: h.action,
      note: h.note,
      snapshot: JSON.parse(h.snapshot_json) as unknown,
    }));
  }

  /** Number of visible commitments (overview). */
  count(viewer: Viewer): Promise<number> {
    return repo.count(this.ctx.db, viewer);
  }
}
