import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { fromColumns, toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { forbidden, invalidField, notFound } from '../../platform/http/problem.js';
import { requirementsRepository as repo } from './requirements.repository.js';
import { ownerOf, REQUIREMENT_PARTIES, type SystemWrite } from './requirements.service.js';
import { partyList, presentTranche, storedPartyList } from './support.present.js';
import type {
  NewPriorityList,
  NewTranche,
  PriorityList,
  Requirement,
  Tranche,
  TranchePatch,
} from './support.schemas.js';
import type { PriorityListTable, TrancheTable } from './support.tables.js';

const WRITERS = ['coordinator', 'planner'] as const;

/**
 * PURL-style monthly prioritised lists of Ukraine's requirements, published by Ukraine or
 * NATO, with their funding tranches (target, pledged, funded, delivered).
 */
export class PriorityListsService {
  constructor(private readonly ctx: AppContext) {}

  private async presentLists(viewer: Viewer, rows: PriorityListTable[]): Promise<PriorityList[]> {
    const ids = rows.map((r) => r.id);
    const [lines, tranches] = await Promise.all([
      repo.lines(this.ctx.db, viewer, ids),
      repo.tranches(this.ctx.db, viewer, ids),
    ]);
    return rows.map((r) => ({
      id: r.id,
      month: r.month,
      title: r.title,
      status: r.status as PriorityList['status'],
      approvedBy: partyList(r.approved_by),
      lines: lines
        .filter((l) => l.list_id === r.id)
        .map((l) => ({
          rank: l.rank,
          requirementId: l.requirement_id,
          title: l.title,
          capability: l.capability as Requirement['capability'],
        })),
      tranches: tranches.filter((t) => t.list_id === r.id).map(presentTranche),
      owner: r.owner_party,
      releasability: fromColumns(r),
      exercise: r.exercise === 1,
    }));
  }

  /** Priority lists, newest month first. */
  async lists(viewer: Viewer, month?: string): Promise<PriorityList[]> {
    return this.presentLists(viewer, await repo.lists(this.ctx.db, viewer, month));
  }

  /** One priority list with its lines and tranches. */
  async list(viewer: Viewer, id: string): Promise<PriorityList> {
    const row = await repo.list(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Priority list ${id}`);
    return (await this.presentLists(viewer, [row]))[0]!;
  }

  /** Publishes a monthly prioritised list of requirements, in the order given. */
  async createList(
    actor: AuditActor,
    input: NewPriorityList,
    options: SystemWrite = {},
  ): Promise<PriorityList> {
    if (!('system' in actor)) {
      requireRole(actor, WRITERS, 'publish priority lists');
      if (!(REQUIREMENT_PARTIES as readonly string[]).includes(actor.party))
        throw forbidden(`Priority lists are published by ${REQUIREMENT_PARTIES.join(' or ')}.`);
    }
    const owner = ownerOf(actor, options);
    const now = isoTime();
    const row: PriorityListTable = {
      id: randomUUID(),
      month: input.month,
      title: input.title,
      status: input.status ?? 'draft',
      approved_by: storedPartyList(input.approvedBy ?? []),
      exercise: options.exercise ? 1 : 0,
      created_at: now,
      updated_at: now,
      ...toColumns(owner, input.releasability),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      if (!('system' in actor)) {
        const found = new Set(
          (await repo.requirementsByIds(trx, actor, input.requirementIds)).map((r) => r.id),
        );
        input.requirementIds.forEach((id, i) => {
          if (!found.has(id)) throw invalidField(`/requirementIds/${i}`, `unknown requirement ${id}`);
        });
      }
      await repo.insertList(
        trx,
        row,
        input.requirementIds.map((requirement_id, i) => ({ list_id: row.id, rank: i + 1, requirement_id })),
      );
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'support.priority-list',
        entityId: row.id,
        after: input,
        record: row,
      });
    });
    return 'system' in actor
      ? {
          id: row.id,
          month: row.month,
          title: row.title,
          status: row.status as PriorityList['status'],
          approvedBy: partyList(row.approved_by),
          lines: [],
          tranches: [],
          owner,
          releasability: input.releasability,
          exercise: options.exercise ?? false,
        }
      : this.list(actor, row.id);
  }

  /** Adds a funding tranche to a list (the list's owner). */
  async addTranche(
    actor: AuditActor,
    listId: string,
    input: NewTranche,
    options: SystemWrite = {},
  ): Promise<Tranche> {
    const now = isoTime();
    let row: TrancheTable | undefined;
    await this.ctx.db.transaction().execute(async (trx) => {
      const list =
        'system' in actor
          ? await trx
              .selectFrom('support_priority_lists')
              .selectAll()
              .where('id', '=', listId)
              .executeTakeFirst()
          : await repo.list(trx, actor, listId);
      if (!list) throw notFound(`Priority list ${listId}`);
      if (!('system' in actor)) {
        requireRole(actor, WRITERS, 'add tranches');
        if (actor.party !== list.owner_party)
          throw forbidden(`Only ${list.owner_party} may add tranches to this list.`);
      }
      checkTranche({
        target: input.target,
        pledged: input.pledged ?? 0,
        funded: input.funded ?? 0,
        delivered: input.delivered ?? 0,
      });
      row = {
        id: randomUUID(),
        list_id: listId,
        label: input.label,
        currency: input.currency,
        target: input.target,
        pledged: input.pledged ?? 0,
        funded: input.funded ?? 0,
        delivered: input.delivered ?? 0,
        exercise: (options.exercise ?? false) ? 1 : list.exercise,
        created_at: now,
        updated_at: now,
        owner_party: list.owner_party,
        releasability: list.releasability,
        releasable_to: list.releasable_to,
      };
      await repo.insertTranche(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'support.tranche',
        entityId: row.id,
        after: presentTranche(row),
        record: row,
      });
    });
    return presentTranche(row!);
  }

  /** Updates a tranche's pledged, funded and delivered figures. */
  async updateTranche(viewer: Viewer, id: string, patch: TranchePatch): Promise<Tranche> {
    requireRole(viewer, WRITERS, 'update tranches');
    let after: TrancheTable | undefined;
    await this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.tranche(trx, viewer, id);
      if (!before) throw notFound(`Tranche ${id}`);
      if (before.owner_party !== viewer.party)
        throw forbidden(`Only ${before.owner_party} may update this tranche.`);
      after = { ...before, ...patch, updated_at: isoTime() };
      checkTranche(after);
      await repo.updateTranche(trx, id, { ...patch, updated_at: after.updated_at });
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'support.tranche',
        entityId: id,
        before: presentTranche(before),
        after: presentTranche(after),
        record: before,
      });
    });
    return presentTranche(after!);
  }
}

/** PURL: a tranche is delivered only once funded, and funded only as far as pledged. */
function checkTranche(t: { target: number; pledged: number; funded: number; delivered: number }): void {
  if (t.funded > t.pledged)
    throw invalidField('/funded', `funded (${t.funded}) exceeds pledged (${t.pledged})`);
  if (t.delivered > t.funded)
    throw invalidField('/delivered', `delivered (${t.delivered}) exceeds funded (${t.funded})`);
}
