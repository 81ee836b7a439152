import { randomUUID } from 'node:crypto';
import ms from 'milsymbol';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import { conflict, invalidField, notFound } from '../../platform/http/problem.js';
import { forceRepository as repo } from './force.repository.js';
import type { Line, LinePatch, NewLine, NewOffer, Offer, OfferPatch } from './force.schemas.js';
import type { ForceOfferTable, RequirementLineTable } from './force.tables.js';
import { offerContent, presentLine, presentOffer } from './force.present.js';
import {
  recordReadiness,
  recordTransfer,
  type ReadinessStepInput,
  type TransferInput,
} from './offer-steps.js';

const PLANNERS = ['planner', 'coordinator'] as const;
const actorName = (a: AuditActor) => ('system' in a ? `system:${a.system}` : a.username);

/** Throws a 400 on `pointer` unless milsymbol knows the symbol code (APP-6 / MIL-STD-2525). */
export function validateSidc(sidc: string, pointer = '/sidc'): void {
  if (!new ms.Symbol(sidc).isValid())
    throw invalidField(pointer, `"${sidc}" is not a valid APP-6 / MIL-STD-2525 symbol code`);
}

/**
 * Requirement lines and unit offers of the multinational force. An offer is a `unit`
 * commitment of the commitments core plus its force details, written in one transaction.
 */
export class ForceService {
  constructor(private readonly ctx: AppContext) {}

  private async ledger(trx: Executor, kind: string, recordId: string, content: unknown) {
    await this.ctx.services.ledger.record(trx, [{ kind, recordId, content }]);
  }

  /** Adds a requirement line (planners, coordinators of the force HQ's parties). */
  async createLine(actor: AuditActor, input: NewLine, party?: string): Promise<Line> {
    const owner = 'system' in actor ? party : actor.party;
    if (!owner) throw invalidField('/owner', 'the owner party is required');
    if (!('system' in actor)) requireRole(actor, PLANNERS, 'add requirement lines');
    const now = isoTime();
    const row: RequirementLineTable = {
      id: randomUUID(),
      ref: input.ref,
      domain: input.domain,
      capability: input.capability,
      quantity: input.quantity,
      unit: input.unit,
      area: input.area,
      phase: input.phase,
      priority: input.priority,
      readiness_days: input.readinessDays,
      decision: null,
      note: input.note ?? null,
      exercise: input.exercise ? 1 : 0,
      version: 1,
      created_at: now,
      updated_at: now,
      ...toColumns(owner, input.releasability),
    };
    return this.ctx.db.transaction().execute(async (trx) => {
      if (await repo.lineByRef(trx, input.ref)) throw conflict(`A line ${input.ref} exists already.`);
      await repo.insertLine(trx, row);
      const after = presentLine(row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'requirement-line',
        entityId: row.id,
        after,
        record: row,
      });
      await this.ledger(trx, 'force.line', row.id, after);
      return after;
    });
  }

  /** Edits a line of the viewer's party; `decision` accepts a gap or re-solicits the line. */
  async updateLine(viewer: Viewer, id: string, patch: LinePatch): Promise<Line> {
    requireRole(viewer, PLANNERS, 'edit requirement lines');
    return this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.line(trx, viewer, id);
      if (!before) throw notFound(`Requirement line ${id}`);
      if (before.owner_party !== viewer.party) throw notFound(`Requirement line ${id}`);
      const change: Partial<RequirementLineTable> = {};
      if (patch.ref !== undefined && patch.ref !== before.ref) {
        if (await repo.lineByRef(trx, patch.ref)) throw conflict(`A line ${patch.ref} exists already.`);
        change.ref = patch.ref;
      }
      if (patch.domain !== undefined) change.domain = patch.domain;
      if (patch.capability !== undefined) change.capability = patch.capability;
      if (patch.quantity !== undefined) change.quantity = patch.quantity;
      if (patch.unit !== undefined) change.unit = patch.unit;
      if (patch.area !== undefined) change.area = patch.area;
      if (patch.phase !== undefined) change.phase = patch.phase;
      if (patch.priority !== undefined) change.priority = patch.priority;
      if (patch.readinessDays !== undefined) change.readiness_days = patch.readinessDays;
      if (patch.note !== undefined) change.note = patch.note;
      if (patch.decision !== undefined) change.decision = patch.decision;
      if (patch.releasability !== undefined)
        Object.assign(change, toColumns(before.owner_party, patch.releasability));
      const row = { ...before, ...change, version: before.version + 1, updated_at: isoTime() };
      await repo.updateLine(trx, id, { ...change, version: row.version, updated_at: row.updated_at });
      const after = presentLine(row);
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'requirement-line',
        entityId: id,
        before: presentLine(before),
        after,
        record: row,
      });
      await this.ledger(trx, 'force.line', id, after);
      return after;
    });
  }

  /** Visible lines, by reference. */
  async lines(viewer: Viewer): Promise<Line[]> {
    return (await repo.lines(this.ctx.db, viewer)).map(presentLine);
  }

  /** One visible line. */
  async line(viewer: Viewer, id: string): Promise<Line> {
    const row = await repo.line(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Requirement line ${id}`);
    return presentLine(row);
  }

  private async checkServes(
    trx: Executor,
    actor: AuditActor,
    lineId: string,
    serves: { lineId: string }[],
    pointer: string,
  ) {
    const visible = async (id: string) =>
      'system' in actor
        ? trx.selectFrom('requirement_lines').selectAll().where('id', '=', id).executeTakeFirst()
        : repo.line(trx, actor, id);
    const line = await visible(lineId);
    if (!line) throw invalidField('/lineId', `no requirement line ${lineId} is visible to you`);
    for (const [i, s] of serves.entries())
      if (!(await visible(s.lineId)))
        throw invalidField(`${pointer}/${i}/lineId`, `no requirement line ${s.lineId} is visible to you`);
    if (!serves.some((s) => s.lineId === lineId))
      throw invalidField(pointer, 'must include the line the offer is made against');
    return line;
  }

  /** Makes an offer: the `unit` commitment (with its approvals) and the force details, in one transaction. */
  async createOffer(actor: AuditActor, input: NewOffer, party?: string): Promise<Offer> {
    const owner = 'system' in actor ? party : actor.party;
    if (!owner) throw invalidField('/party', 'the owner party is required');
    validateSidc(input.sidc);
    const serves = input.serves ?? [{ lineId: input.lineId, quantity: input.quantity }];
    const id = await this.ctx.db.transaction().execute(async (trx) => {
      const line = await this.checkServes(trx, actor, input.lineId, serves, '/serves');
      const commitment = await this.ctx.services.commitments.create(
        actor,
        {
          kind: 'unit',
          title: input.title ?? `${input.unitName} for ${line.ref}`,
          quantity: input.quantity,
          unit: line.unit,
          ...(input.valueEur !== undefined ? { valueEur: input.valueEur } : {}),
          ...(input.period ? { period: input.period } : {}),
          purpose: { pillar: 'force', requirementRef: line.ref },
          state: input.state ?? 'announced',
          conditions: input.conditions ?? null,
          sources: input.sources ?? [],
          releasability: input.releasability,
          exercise: input.exercise ?? false,
        },
        { trx, party: owner },
      );
      for (const a of input.approvals ?? [])
        await this.ctx.services.commitments.approvals.add(
          actor,
          commitment.id,
          { ...a, exercise: input.exercise ?? false },
          { trx },
        );
      const now = isoTime();
      const row: ForceOfferTable = {
        id: randomUUID(),
        commitment_id: commitment.id,
        line_id: input.lineId,
        unit_name: input.unitName,
        personnel: input.personnel ?? null,
        platforms_json: JSON.stringify(input.platforms ?? []),
        sidc: input.sidc,
        home_base_json: input.homeBase ? JSON.stringify(input.homeBase) : null,
        planned_location_json: input.plannedLocation ? JSON.stringify(input.plannedLocation) : null,
        notice_days: input.noticeDays ?? null,
        serves_json: JSON.stringify(serves),
        caveats_json: JSON.stringify(input.caveats ?? []),
        readiness: 'registered',
        readiness_expires_at: null,
        exercise: input.exercise ? 1 : 0,
        version: 1,
        created_at: now,
        updated_at: now,
        ...toColumns(owner, input.releasability),
      };
      await repo.insertOffer(trx, row);
      await repo.insertReadiness(trx, {
        id: randomUUID(),
        offer_id: row.id,
        level: 'registered',
        evidence: 'Pledge registered with the offer',
        assessed_at: now,
        expires_at: null,
        actor: actorName(actor),
        owner_party: row.owner_party,
        releasability: row.releasability,
        releasable_to: row.releasable_to,
      });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'force-offer',
        entityId: row.id,
        after: offerContent(row),
        record: row,
      });
      await this.ledger(trx, 'force.offer', row.id, offerContent(row));
      return row.id;
    });
    return 'system' in actor ? this.offerUnchecked(id) : this.offer(actor, id);
  }

  private async offerUnchecked(id: string): Promise<Offer> {
    const row = await this.ctx.db
      .selectFrom('force_offers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const viewer: Viewer = {
      userId: '',
      username: 'system',
      party: row.owner_party,
      role: 'viewer',
      inCoalition: true,
    };
    return this.offer(viewer, id);
  }

  /** Loads an offer the actor may change. */
  private async forChange(
    trx: Executor,
    viewer: Viewer,
    id: string,
    action: string,
  ): Promise<ForceOfferTable> {
    requireRole(viewer, PLANNERS, action);
    const row = await repo.offer(trx, viewer, id);
    if (!row || row.owner_party !== viewer.party) throw notFound(`Offer ${id}`);
    return row;
  }

  /** Edits the force details of an offer of the viewer's party. */
  async updateOffer(viewer: Viewer, id: string, patch: OfferPatch): Promise<Offer> {
    await this.ctx.db.transaction().execute(async (trx) => {
      const before = await this.forChange(trx, viewer, id, 'edit offers');
      const change: Partial<ForceOfferTable> = {};
      if (patch.sidc !== undefined) {
        validateSidc(patch.sidc);
        change.sidc = patch.sidc;
      }
      if (patch.unitName !== undefined) change.unit_name = patch.unitName;
      if (patch.personnel !== undefined) change.personnel = patch.personnel;
      if (patch.platforms !== undefined) change.platforms_json = JSON.stringify(patch.platforms);
      if (patch.homeBase !== undefined)
        change.home_base_json = patch.homeBase ? JSON.stringify(patch.homeBase) : null;
      if (patch.plannedLocation !== undefined)
        change.planned_location_json = patch.plannedLocation ? JSON.stringify(patch.plannedLocation) : null;
      if (patch.noticeDays !== undefined) change.notice_days = patch.noticeDays;
      if (patch.caveats !== undefined) change.caveats_json = JSON.stringify(patch.caveats);
      if (patch.lineId !== undefined || patch.serves !== undefined) {
        const lineId = patch.lineId ?? before.line_id;
        const serves =
          patch.serves ?? (JSON.parse(before.serves_json) as { lineId: string; quantity: number }[]);
        await this.checkServes(trx, viewer, lineId, serves, '/serves');
        change.line_id = lineId;
        change.serves_json = JSON.stringify(serves);
      }
      const row = { ...before, ...change, version: before.version + 1, updated_at: isoTime() };
      await repo.updateOffer(trx, id, { ...change, version: row.version, updated_at: row.updated_at });
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'force-offer',
        entityId: id,
        before: offerContent(before),
        after: offerContent(row),
        record: row,
      });
      await this.ledger(trx, 'force.offer', id, offerContent(row));
    });
    return this.offer(viewer, id);
  }

  /**
   * Climbs (or renews) the readiness ladder with evidence: one level up at a time, or the same
   * level again with a new expiry. `rapid` needs at most 60 days' notice.
   */
  async addReadiness(viewer: Viewer, id: string, step: ReadinessStepInput): Promise<Offer> {
    await this.ctx.db.transaction().execute(async (trx) => {
      const before = await this.forChange(trx, viewer, id, 'record readiness');
      await recordReadiness(this.ctx, trx, viewer, before, step);
    });
    return this.offer(viewer, id);
  }

  /**
   * Records a transfer of authority to the force command. The commitment must be `ready` or
   * `active`; a `ready` one becomes `active`.
   */
  async transfer(viewer: Viewer, id: string, input: TransferInput): Promise<Offer> {
    // Read before the transaction: SQLite has one connection, held by an open transaction.
    const { commitment } = await this.offer(viewer, id);
    await this.ctx.db.transaction().execute(async (trx) => {
      const offer = await this.forChange(trx, viewer, id, 'record transfers of authority');
      await recordTransfer(this.ctx, trx, viewer, offer, commitment, input);
    });
    return this.offer(viewer, id);
  }

  /** Visible offers with their commitments and effective states (filters: line, party). */
  async offers(viewer: Viewer, filter: { lineId?: string; party?: string } = {}): Promise<Offer[]> {
    const rows = await repo.offers(this.ctx.db, viewer, filter);
    return this.present(viewer, rows);
  }

  /** One visible offer. */
  async offer(viewer: Viewer, id: string): Promise<Offer> {
    const row = await repo.offer(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Offer ${id}`);
    return (await this.present(viewer, [row]))[0]!;
  }

  private async present(viewer: Viewer, rows: ForceOfferTable[]): Promise<Offer[]> {
    const ids = rows.map((r) => r.id);
    const [commitments, resolution, steps, transfers] = await Promise.all([
      this.ctx.services.commitments.all(viewer, { ids: rows.map((r) => r.commitment_id) }),
      this.ctx.services.commitments.resolve(viewer),
      repo.readiness(this.ctx.db, viewer, ids),
      repo.transfers(this.ctx.db, viewer, ids),
    ]);
    const byId = new Map(commitments.map((c) => [c.id, c]));
    const states = new Map(resolution.items.map((r) => [r.id, r]));
    return rows.flatMap((r) => {
      const c = byId.get(r.commitment_id);
      return c ? [presentOffer(r, c, states.get(c.id), steps, transfers)] : [];
    });
  }
}
