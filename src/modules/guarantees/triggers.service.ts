import { randomUUID } from 'node:crypto';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { invalidField, notFound } from '../../platform/http/problem.js';
import type { ActivationsService } from './activations.service.js';
import { guaranteesRepository as repo } from './guarantees.repository.js';
import { partyViewer, presentTrigger, ruleOf } from './guarantees.present.js';
import type { Evaluation, NewTrigger, Trigger, TriggerPatch } from './guarantees.schemas.js';
import type { TriggerTable } from './guarantees.tables.js';
import { evaluateRule, peakWindow, VERIFIED_STATES, type RuleIncident } from './trigger-rule.js';

// Incidents read per evaluation at most; a window holding more is met many times over.
const MAX_INCIDENTS = 20_000;

/**
 * Triggers: named definitions of a renewed armed attack, evaluated continuously on every
 * verified incident (`monitoring.incident` on the bus) and on demand. A met rule raises — or
 * adds its new incidents to — the trigger's one open proposed activation.
 */
export class TriggersService {
  private queue: Promise<void> = Promise.resolve();
  private queued = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly activations: ActivationsService,
  ) {}

  /** Triggers the viewer may see. */
  async list(viewer: Viewer): Promise<Trigger[]> {
    return (await repo.listTriggers(this.ctx.db, viewer)).map(presentTrigger);
  }

  /** One trigger; 404 when unknown or not releasable to the viewer. */
  async get(viewer: Viewer, id: string): Promise<Trigger> {
    const row = await repo.getTrigger(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Trigger ${id}`);
    return presentTrigger(row);
  }

  /** Defines a trigger (coordinators), owned by their party. */
  async create(actor: AuditActor, input: NewTrigger, party?: string): Promise<Trigger> {
    const owner = 'system' in actor ? party : actor.party;
    if (!owner) throw invalidField('/party', 'the owner party is required');
    if ('role' in actor) requireRole(actor, ['coordinator'], 'define triggers');
    validateRule(input.rule);
    const now = isoTime();
    const row: TriggerTable = {
      id: randomUUID(),
      name: input.name,
      description: input.description ?? null,
      rule_json: JSON.stringify(input.rule),
      enabled: input.enabled === false ? 0 : 1,
      exercise: input.exercise ? 1 : 0,
      created_by: 'system' in actor ? `system:${actor.system}` : actor.username,
      created_at: now,
      updated_at: now,
      ...toColumns(owner, input.releasability),
    };
    const trigger = presentTrigger(row);
    await this.ctx.db.transaction().execute(async (trx) => {
      await repo.insertTrigger(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'guarantee-trigger',
        entityId: row.id,
        after: trigger,
        record: row,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'guarantee.trigger', recordId: row.id, content: trigger },
      ]);
    });
    return trigger;
  }

  /** Edits a trigger of the coordinator's party. */
  async update(viewer: Viewer, id: string, patch: TriggerPatch): Promise<Trigger> {
    requireRole(viewer, ['coordinator'], 'edit triggers');
    if (patch.rule) validateRule(patch.rule);
    const after = await this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.getTrigger(trx, viewer, id);
      if (!before) throw notFound(`Trigger ${id}`);
      if (before.owner_party !== viewer.party) throw notFound(`Trigger ${id} of your party`);
      const change: Partial<TriggerTable> = { updated_at: isoTime() };
      if (patch.name !== undefined) change.name = patch.name;
      if (patch.description !== undefined) change.description = patch.description;
      if (patch.rule !== undefined) change.rule_json = JSON.stringify(patch.rule);
      if (patch.enabled !== undefined) change.enabled = patch.enabled ? 1 : 0;
      if (patch.releasability !== undefined)
        Object.assign(change, toColumns(before.owner_party, patch.releasability));
      const row = { ...before, ...change };
      await repo.updateTrigger(trx, id, change);
      const trigger = presentTrigger(row);
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'guarantee-trigger',
        entityId: id,
        before: presentTrigger(before),
        after: trigger,
        record: row,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'guarantee.trigger', recordId: id, content: trigger },
      ]);
      return trigger;
    });
    return after;
  }

  /**
   * Evaluates one trigger now (or at `at`) as its owner party sees the incidents, and raises
   * or extends its proposed activation when the rule is met. `from` widens the period searched
   * for the peak window (how close the facts came).
   */
  async evaluate(
    viewer: Viewer,
    id: string,
    options: { at?: string; from?: string } = {},
  ): Promise<Evaluation> {
    requireRole(viewer, ['coordinator', 'analyst', 'verifier'], 'evaluate triggers');
    const row = await repo.getTrigger(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Trigger ${id}`);
    return this.evaluateRow(row, options);
  }

  /** Evaluates every enabled trigger (the continuous path); errors of one do not stop the others. */
  async evaluateAll(at?: string): Promise<void> {
    for (const row of await repo.enabledTriggers(this.ctx.db)) {
      try {
        await this.evaluateRow(row, at ? { at } : {});
      } catch (error) {
        this.ctx.log.error({ err: error, trigger: row.id }, 'trigger evaluation failed');
      }
    }
  }

  /**
   * Queues an evaluation of every trigger; evaluations run one at a time and a burst of
   * events collapses into one pending run. Returns when the queued run is done.
   */
  schedule(): Promise<void> {
    if (this.queued) return this.queue;
    this.queued = true;
    this.queue = this.queue.then(async () => {
      this.queued = false;
      await this.evaluateAll();
    });
    return this.queue;
  }

  /** Subscribes to verified incidents on the bus; returns the unsubscribe function. */
  listen(): () => void {
    const counted = new Set<string>(VERIFIED_STATES);
    return this.ctx.bus.subscribe('monitoring.incident', (payload) => {
      const status = (payload as { status?: unknown } | null)?.status;
      if (typeof status !== 'string' || !counted.has(status)) return;
      this.schedule().catch((error: unknown) =>
        this.ctx.log.error({ err: error }, 'trigger evaluation failed'),
      );
    });
  }

  private async evaluateRow(row: TriggerTable, options: { at?: string; from?: string }): Promise<Evaluation> {
    const rule = ruleOf(row);
    const at = options.at ?? isoTime();
    const windowStart = new Date(Date.parse(at) - rule.windowHours * 3_600_000).toISOString();
    const from = options.from && options.from < windowStart ? options.from : windowStart;
    const owner = partyViewer(row.owner_party, await this.ctx.services.parties.inCoalition(row.owner_party));
    const incidents = await this.incidents(owner, rule.statuses, rule.minSeverity, from, at, rule.area?.zone);
    const decided = await repo.decidedIncidentIds(this.ctx.db, row.id);
    const fresh = incidents.filter((i) => !decided.has(i.id));
    const now = evaluateRule(rule, fresh, at);
    const peak = peakWindow(rule, incidents);
    let activationId: string | null = null;
    if (now.met) activationId = await this.activations.raise(row, now);
    return { triggerId: row.id, ...now, peak, activationId };
  }

  private async incidents(
    owner: Viewer,
    statuses: string[],
    minSeverity: number,
    from: string,
    at: string,
    zone: string | undefined,
  ): Promise<RuleIncident[]> {
    const out: RuleIncident[] = [];
    let cursor: string | undefined;
    const to = new Date(Date.parse(at) + 1).toISOString();
    do {
      const page = await this.ctx.services.incidents.query(owner, {
        status: statuses,
        minSeverity,
        from,
        to,
        ...(zone ? { zone } : {}),
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      for (const i of page.items) {
        out.push({
          id: i.id,
          status: i.status,
          startedAt: i.startedAt,
          categories: i.categories,
          severity: i.severity,
          attribution: i.attribution,
          bbox: i.bbox,
          zones: i.zones,
        });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor && out.length < MAX_INCIDENTS);
    return out;
  }
}

function validateRule(rule: NewTrigger['rule']): void {
  const bbox = rule.area?.bbox;
  if (bbox && (bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
    throw invalidField('/rule/area/bbox', 'west must not exceed east, nor south north');
  }
}
