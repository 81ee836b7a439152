import { randomUUID } from 'node:crypto';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { forbidden, invalidField, notFound, unprocessable } from '../../platform/http/problem.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { buildClocks, type ConsultationDuty, type PlannedResponse } from './clock-plan.js';
import { consultationDuties } from './consultation-duties.js';
import { guaranteesRepository as repo } from './guarantees.repository.js';
import { partyViewer, presentActivation, presentClock, ruleOf } from './guarantees.present.js';
import type { Activation, Board, Clock, DeclareActivation } from './guarantees.schemas.js';
import type { ActivationTable, TriggerTable } from './guarantees.tables.js';
import { ATTACK_EVENT } from './simulate.js';
import type { RuleEvaluation } from './trigger-rule.js';

const ENDED = new Set(['withdrawn', 'lapsed', 'fulfilled']);

/**
 * Activations: proposed by a trigger or declared by a coordinator; on confirmation the clocks
 * start — consultations within their hours, pending domestic approvals, and each response
 * commitment's time to effect — and the board shows what each party has done against them.
 */
export class ActivationsService {
  constructor(private readonly ctx: AppContext) {}

  /** A page of activations the viewer may see, newest first. */
  async list(
    viewer: Viewer,
    query: { status?: string; triggerId?: string; cursor?: string; limit?: number },
  ) {
    const limit = query.limit ?? 100;
    const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
    const rows = await repo.listActivations(this.ctx.db, viewer, query, after, limit + 1);
    return toPage(rows, limit, (r) => [r.raised_at, r.id], presentActivation);
  }

  /** One activation; 404 when unknown or not releasable to the viewer. */
  async get(viewer: Viewer, id: string): Promise<Activation> {
    const row = await repo.getActivation(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Activation ${id}`);
    return presentActivation(row);
  }

  /**
   * Raises the trigger's proposed activation with the incidents that met its rule, or adds
   * newly matching incidents to the one already open. Returns the activation id.
   */
  async raise(trigger: TriggerTable, evaluation: RuleEvaluation): Promise<string> {
    const system = { system: 'guarantees' } as const;
    const attempt = () =>
      this.ctx.db.transaction().execute(async (trx) => {
        const open = await repo.openProposal(trx, trigger.id);
        const now = isoTime();
        const evidence = JSON.stringify({
          rule: JSON.parse(trigger.rule_json) as unknown,
          ...evaluation,
          incidentIds: undefined,
        });
        if (open) {
          const known = JSON.parse(open.incident_ids_json) as string[];
          const added = evaluation.incidentIds.filter((id) => !known.includes(id));
          if (added.length === 0) return open.id;
          const change = {
            incident_ids_json: JSON.stringify([...known, ...added]),
            evidence_json: evidence,
            updated_at: now,
          };
          await repo.updateActivation(trx, open.id, change);
          await this.journal(trx, system, { ...open, ...change }, 'update', presentActivation(open));
          return open.id;
        }
        const row: ActivationTable = {
          id: randomUUID(),
          trigger_id: trigger.id,
          origin: 'proposed',
          status: 'proposed',
          title: `${trigger.name}: ${evaluation.count} matching incidents in ${ruleOf(trigger).windowHours} h`,
          rationale: `Rule met: ${evaluation.count} of at least ${evaluation.minCount} matching incidents between ${evaluation.windowStart} and ${evaluation.windowEnd}.`,
          incident_ids_json: JSON.stringify(evaluation.incidentIds),
          evidence_json: evidence,
          raised_at: now,
          raised_by: 'system:guarantees',
          started_at: null,
          decided_at: null,
          decided_by: null,
          decision_rationale: null,
          exercise: trigger.exercise,
          updated_at: now,
          owner_party: trigger.owner_party,
          releasability: trigger.releasability,
          releasable_to: trigger.releasable_to,
        };
        await repo.insertActivation(trx, row);
        await this.journal(trx, system, row, 'propose');
        return row.id;
      });
    try {
      return await attempt();
    } catch (error) {
      // Another server raised the proposal first (one open proposal per trigger): extend it.
      this.ctx.log.debug({ err: error }, 'proposal raced; retrying as an update');
      return attempt();
    }
  }

  /** A coordinator declares an activation by hand, with rationale; the clocks start at once. */
  async declare(viewer: Viewer, input: DeclareActivation): Promise<Activation> {
    requireRole(viewer, ['coordinator'], 'declare an activation');
    if (input.triggerId && !(await repo.getTrigger(this.ctx.db, viewer, input.triggerId))) {
      throw invalidField('/triggerId', `no trigger ${input.triggerId} is visible to you`);
    }
    const now = isoTime();
    const startedAt = input.startedAt ? isoTime(Date.parse(input.startedAt)) : now;
    if (startedAt > now) throw invalidField('/startedAt', 'an activation cannot start in the future');
    const plan = await this.clockPlan(input.triggerId ?? null, startedAt);
    const row: ActivationTable = {
      id: randomUUID(),
      trigger_id: input.triggerId ?? null,
      origin: 'declared',
      status: 'confirmed',
      title: input.title,
      rationale: input.rationale,
      incident_ids_json: JSON.stringify(input.incidentIds ?? []),
      evidence_json: null,
      raised_at: now,
      raised_by: viewer.username,
      started_at: startedAt,
      decided_at: now,
      decided_by: viewer.username,
      decision_rationale: input.rationale,
      exercise: input.exercise ? 1 : 0,
      updated_at: now,
      ...toColumns(viewer.party, input.releasability),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      await repo.insertActivation(trx, row);
      await repo.insertClocks(trx, buildClocks(row, plan.responses, plan.duties));
      await this.journal(trx, viewer, row, 'declare');
    });
    const declared = presentActivation(row);
    await this.recordAttackEvent(viewer, declared);
    return declared;
  }

  /** Confirms a proposed activation (coordinators): the clocks start now. */
  async confirm(viewer: Viewer, id: string, rationale: string): Promise<Activation> {
    requireRole(viewer, ['coordinator'], 'confirm an activation');
    const found = await repo.getActivation(this.ctx.db, viewer, id);
    if (!found) throw notFound(`Activation ${id}`);
    const plan = await this.clockPlan(found.trigger_id, isoTime());
    const confirmed = await this.decide(viewer, id, 'confirmed', rationale, (trx, row) =>
      repo.insertClocks(trx, buildClocks(row, plan.responses, plan.duties)),
    );
    await this.recordAttackEvent(viewer, confirmed);
    return confirmed;
  }

  /** Rejects a proposed activation (coordinators), with rationale; its incidents raise nothing again. */
  reject(viewer: Viewer, id: string, rationale: string): Promise<Activation> {
    requireRole(viewer, ['coordinator'], 'reject an activation');
    return this.decide(viewer, id, 'rejected', rationale);
  }

  private async decide(
    viewer: Viewer,
    id: string,
    status: 'confirmed' | 'rejected',
    rationale: string,
    then?: (trx: Executor, row: ActivationTable) => Promise<void>,
  ): Promise<Activation> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.getActivation(trx, viewer, id);
      if (!before) throw notFound(`Activation ${id}`);
      if (before.status !== 'proposed') {
        throw unprocessable(
          `Activation ${id} is ${before.status}; only a proposed activation can be decided.`,
        );
      }
      const now = isoTime();
      const change: Partial<ActivationTable> = {
        status,
        decided_at: now,
        decided_by: viewer.username,
        decision_rationale: rationale,
        started_at: status === 'confirmed' ? now : null,
        updated_at: now,
      };
      const row = { ...before, ...change };
      await repo.updateActivation(trx, id, change);
      if (then) await then(trx, row);
      await this.journal(
        trx,
        viewer,
        row,
        status === 'confirmed' ? 'confirm' : 'reject',
        presentActivation(before),
      );
      return presentActivation(row);
    });
  }

  /** The live board: each party's clocks and how many are met, late, overdue or running. */
  async board(viewer: Viewer, id: string, asOf = isoTime()): Promise<Board> {
    const activation = await this.get(viewer, id);
    const clocks = (await repo.clocks(this.ctx.db, viewer, id)).map((c) => presentClock(c, asOf));
    const byParty = new Map<string, Clock[]>();
    for (const c of clocks) byParty.set(c.party, [...(byParty.get(c.party) ?? []), c]);
    return {
      activation,
      asOf,
      parties: [...byParty.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([party, list]) => ({
          party,
          promised: list.length,
          met: list.filter((c) => c.status === 'met').length,
          late: list.filter((c) => c.status === 'late').length,
          overdue: list.filter((c) => c.status === 'overdue').length,
          running: list.filter((c) => c.status === 'running' || c.status === 'open').length,
          clocks: list,
        })),
    };
  }

  /** A party reports a step done (planners and coordinators of the clock's party). */
  async report(
    viewer: Viewer,
    activationId: string,
    clockId: string,
    input: { note: string; doneAt?: string },
  ): Promise<Clock> {
    requireRole(viewer, ['planner', 'coordinator'], 'report a step done');
    const now = isoTime();
    const doneAt = input.doneAt ? isoTime(Date.parse(input.doneAt)) : now;
    if (doneAt > now) throw invalidField('/doneAt', 'a step cannot be done in the future');
    return this.ctx.db.transaction().execute(async (trx) => {
      const before = await repo.getClock(trx, viewer, clockId);
      if (!before || before.activation_id !== activationId)
        throw notFound(`Clock ${clockId} of activation ${activationId}`);
      if (before.owner_party !== viewer.party)
        throw forbidden(`Only ${before.owner_party} reports its own steps.`);
      if (before.done_at !== null)
        throw unprocessable(`Clock ${clockId} was reported done on ${before.done_at}.`);
      const change = { done_at: doneAt, done_by: viewer.username, note: input.note };
      await repo.updateClock(trx, clockId, change);
      const after = presentClock({ ...before, ...change }, now);
      await recordAudit(trx, viewer, {
        action: 'report',
        entity: 'guarantee-clock',
        entityId: clockId,
        before: presentClock(before, now),
        after,
        record: before,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'guarantee.clock', recordId: clockId, content: { ...after, status: undefined } },
      ]);
      return after;
    });
  }

  /**
   * Records "renewed attack declared" in the commitments core when an activation starts, so
   * that commitments waiting on it resolve; released as the activation is. An event already
   * recorded as happened keeps its first date. The activation stands even if the core refuses
   * (another party holds the event national-only): the refusal is logged.
   */
  private async recordAttackEvent(viewer: Viewer, activation: Activation): Promise<void> {
    const core = this.ctx.services.commitments.approvals;
    try {
      const known = (await core.events(viewer)).find((e) => e.key === ATTACK_EVENT);
      if (known?.happened) return;
      await core.setEvent(viewer, ATTACK_EVENT, {
        name: 'Renewed armed attack declared',
        happened: true,
        at: activation.startedAt!,
        source: `Activation ${activation.id}: ${activation.title}`.slice(0, 2000),
        releasability: activation.releasability,
        ...(activation.exercise ? { exercise: true } : {}),
      });
    } catch (error) {
      this.ctx.log.warn({ err: error, activation: activation.id }, 'the attack event was not recorded');
    }
  }

  /**
   * What an activation starts clocks for: the responses that answer the trigger, with their
   * commitments as each owner sees them, and the agreements' consultation duties in force at
   * `at`.
   */
  private async clockPlan(
    triggerId: string | null,
    at: string,
  ): Promise<{ responses: PlannedResponse[]; duties: ConsultationDuty[] }> {
    const out: PlannedResponse[] = [];
    for (const response of await repo.responsesFor(this.ctx.db, triggerId)) {
      const commitment = await this.ctx.services.commitments
        .get(partyViewer(response.owner_party), response.commitment_id)
        .catch(() => undefined);
      if (commitment && !ENDED.has(commitment.state)) out.push({ response, commitment });
    }
    return { responses: out, duties: await consultationDuties(this.ctx, at) };
  }

  private async journal(
    trx: Executor,
    actor: AuditActor,
    row: ActivationTable,
    action: string,
    before?: Activation,
  ): Promise<void> {
    const after = presentActivation(row);
    await recordAudit(trx, actor, {
      action,
      entity: 'guarantee-activation',
      entityId: row.id,
      before,
      after,
      record: row,
    });
    await this.ctx.services.ledger.record(trx, [
      { kind: 'guarantee.activation', recordId: row.id, content: after },
    ]);
  }
}
