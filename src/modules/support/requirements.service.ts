import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { forbidden, invalidField, notFound } from '../../platform/http/problem.js';
import { requirementsRepository as repo } from './requirements.repository.js';
import { coverageOf, presentCoalition, presentRequirement, storedPartyList } from './support.present.js';
import type {
  Coalition,
  NewCoalition,
  NewRequirement,
  Requirement,
  RequirementPatch,
} from './support.schemas.js';
import type { RequirementTable } from './support.tables.js';

/** Parties that state Ukraine's requirements and approve its priority lists (PURL: UKR, NATO, USA). */
export const REQUIREMENT_PARTIES = ['UKR', 'NATO'] as const;
const WRITERS = ['coordinator', 'planner'] as const;

/** Options of writes by the system (scenario loader). */
export interface SystemWrite {
  party?: string;
  exercise?: boolean;
}

/** The owner party of a write: the actor's, or the one the system names. */
export function ownerOf(actor: AuditActor, options: SystemWrite): string {
  const party = 'system' in actor ? options.party : actor.party;
  if (!party) throw invalidField('/party', 'the owner party is required');
  return party;
}

/** Ukraine's requirements with their coverage, and the capability coalitions. */
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
}
