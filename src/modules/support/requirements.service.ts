import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { fromColumns, toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { forbidden, invalidField, notFound } from '../../platform/http/problem.js';
import { requirementsRepository as repo } from './requirements.repository.js';
import {
  coverageOf,
  partyList,
  presentCoalition,
  presentRequirement,
  presentTranche,
  storedPartyList,
} from './support.present.js';
import type {
  Coalition,
  NewCoalition,
  NewPriorityList,
  NewRequirement,
  NewTranche,
  PriorityList,
  Requirement,
  RequirementPatch,
  Tranche,
  TranchePatch,
} from './support.schemas.js';
import type { PriorityListTable, RequirementTable, TrancheTable } from './support.tables.js';

/** Parties that state Ukraine's requirements and approve its priority lists (PURL: UKR, NATO, USA). */
export const REQUIREMENT_PARTIES = ['UKR', 'NATO'] as const;
const WRITERS = ['coordinator', 'planner'] as const;

/** Options of writes by the system (scenario loader). */
export interface SystemWrite {
  party?: string;
  exercise?: boolean;
}

function ownerOf(actor: AuditActor, options: SystemWrite): string {
  const party = 'system' in actor ? options.party : actor.party;
  if (!party) throw invalidField('/party', 'the owner party is required');
  return party;
}

/** Ukraine's requirements, PURL-style priority lists and tranches, and capability coalitions. */
export class RequirementsService {
  constructor(private readonly ctx: AppContext) {}

  /** Capability coalitions the viewer may see, by name. */
  async coalitions(
    viewer: Viewer,
    filter: { capability?: string; party?: string } = {},
  ): Promise<Coalition[]> {
    return (await repo.coalitions(this.ctx.db, viewer, filter)).map(presentCoalition);
  }

  /** One coalition; 404 when unknown or not releasable to the viewer. */
  async coalition(viewer: Viewer, id: string): Promise<Coalition> {
    const row = await repo.coalition(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Coalition ${id}`);
    return presentCoalition(row);
  }

  /** Adds a capability coalition (coordinators); leads are members too. */
  async createCoalition(
    actor: AuditActor,
    input: NewCoalition,
    options: SystemWrite = {},
  ): Promise<Coalition> {
    if (!('system' in actor)) requireRole(actor, ['coordinator'], 'add a capability coalition');
    const owner = ownerOf(actor, options);
    const now = isoTime();
    const row = {
      id: randomUUID(),
      name: input.name,
      capability: input.capability,
      lead_parties: storedPartyList(input.leads),
      member_parties: storedPartyList([...input.leads, ...(input.members ?? [])]),
      source: input.source ?? null,
      exercise: options.exercise ? 1 : 0,
      created_at: now,
      updated_at: now,
      ...toColumns(owner, input.releasability ?? 'public'),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      if (await repo.coalitionByName(trx, input.name))
        throw invalidField('/name', `a coalition "${input.name}" exists`);
      await repo.insertCoalition(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'support.coalition',
        entityId: row.id,
        after: presentCoalition(row),
        record: row,
      });
    });
    return presentCoalition(row);
  }

  private async withCoverage(viewer: Viewer, rows: RequirementTable[]): Promise<Requirement[]> {
    const sums = await repo.coverage(
      this.ctx.db,
      viewer,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentRequirement(r, coverageOf(r.quantity, sums.get(r.id))));
  }

  /** Requirements by priority (most urgent first), with their coverage by pledges. */
  async requirements(
    viewer: Viewer,
    filter: {
      capability?: string;
      status?: string;
      coalitionId?: string;
      exercise?: boolean;
      cursor?: string;
      limit?: number;
    },
  ) {
    const limit = filter.limit ?? 100;
    const after = decodeCursor(filter.cursor, 2) as [number, string] | undefined;
    const rows = await repo.requirements(this.ctx.db, viewer, filter, after, limit + 1);
    const page = toPage(
      rows,
      limit,
      (r) => [r.priority, r.id],
      (r) => r,
    );
    return { items: await this.withCoverage(viewer, page.items), nextCursor: page.nextCursor };
  }

  /** One requirement with its coverage. */
  async requirement(viewer: Viewer, id: string): Promise<Requirement> {
    const row = await repo.requirement(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Requirement ${id}`);
    return (await this.withCoverage(viewer, [row]))[0]!;
  }

  private async checkCoalition(db: Executor, viewer: AuditActor, id: string | undefined, pointer: string) {
    if (id === undefined || 'system' in viewer) return;
    if (!(await repo.coalition(db, viewer, id))) throw invalidField(pointer, `unknown coalition ${id}`);
  }

  /** States a requirement of Ukraine (planners and coordinators of Ukraine or NATO). */
  async createRequirement(
    actor: AuditActor,
    input: NewRequirement,
    options: SystemWrite = {},
  ): Promise<Requirement> {
    if (!('system' in actor)) {
      requireRole(actor, WRITERS, 'state requirements');
      if (!(REQUIREMENT_PARTIES as readonly string[]).includes(actor.party))
        throw forbidden(
          `Requirements are stated by ${REQUIREMENT_PARTIES.join(' or ')}, not ${actor.party}.`,
        );
    }
    const now = isoTime();
    const row: RequirementTable = {
      id: randomUUID(),
      capability: input.capability,
      title: input.title,
      description: input.description ?? null,
      quantity: input.quantity ?? null,
      unit: input.unit ?? null,
      priority: input.priority,
      needed_by: input.neededBy ?? null,
      coalition_id: input.coalitionId ?? null,
      status: 'open',
      exercise: options.exercise ? 1 : 0,
      created_at: now,
      updated_at: now,
      ...toColumns(ownerOf(actor, options), input.releasability),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      await this.checkCoalition(trx, actor, input.coalitionId, '/coalitionId');
      await repo.insertRequirement(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'support.requirement',
        entityId: row.id,
        after: input,
        record: row,
      });
    });
    return presentRequirement(row, coverageOf(row.quantity, undefined));
  }

  /** Changes a requirement's priority, quantity, date, status or coalition (its owner party). */
  async updateRequirement(viewer: Viewer, id: string, patch: RequirementPatch): Promise<Requirement> {
    requireRole(viewer, WRITERS, 'change requirements');
    await this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.requirement(trx, viewer, id);
      if (!before) throw notFound(`Requirement ${id}`);
      if (before.owner_party !== viewer.party)
        throw forbidden(`Only ${before.owner_party} may change this requirement.`);
      await this.checkCoalition(trx, viewer, patch.coalitionId, '/coalitionId');
      const change: Partial<RequirementTable> = { updated_at: isoTime() };
      if (patch.priority !== undefined) change.priority = patch.priority;
      if (patch.quantity !== undefined) change.quantity = patch.quantity;
      if (patch.neededBy !== undefined) change.needed_by = patch.neededBy;
      if (patch.status !== undefined) change.status = patch.status;
      if (patch.coalitionId !== undefined) change.coalition_id = patch.coalitionId;
      await repo.updateRequirement(trx, id, change);
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'support.requirement',
        entityId: id,
        before,
        after: { ...before, ...change },
        record: before,
      });
    });
    return this.requirement(viewer, id);
  }

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
