import { visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { Executor } from '../../platform/db/database.js';
import type { ActivationTable, ClockTable, ResponseTable, TriggerTable } from './guarantees.tables.js';
import './guarantees.tables.js';

/** SQL of triggers, activations, response details and clocks; every read filters by releasability. */
export const guaranteesRepository = {
  listTriggers(db: Executor, viewer: Viewer): Promise<TriggerTable[]> {
    return db
      .selectFrom('guarantee_triggers as t')
      .selectAll()
      .where(visibleTo(viewer, 't'))
      .orderBy('t.name')
      .orderBy('t.id')
      .execute();
  },

  getTrigger(db: Executor, viewer: Viewer, id: string): Promise<TriggerTable | undefined> {
    return db
      .selectFrom('guarantee_triggers as t')
      .selectAll()
      .where('t.id', '=', id)
      .where(visibleTo(viewer, 't'))
      .executeTakeFirst();
  },

  /** Every enabled trigger, for the continuous evaluation (each is evaluated as its owner). */
  enabledTriggers(db: Executor): Promise<TriggerTable[]> {
    return db.selectFrom('guarantee_triggers').selectAll().where('enabled', '=', 1).orderBy('id').execute();
  },

  async insertTrigger(db: Executor, row: TriggerTable): Promise<void> {
    await db.insertInto('guarantee_triggers').values(row).execute();
  },

  async updateTrigger(db: Executor, id: string, patch: Partial<TriggerTable>): Promise<void> {
    await db.updateTable('guarantee_triggers').set(patch).where('id', '=', id).execute();
  },

  listActivations(
    db: Executor,
    viewer: Viewer,
    filter: { status?: string; triggerId?: string },
    after: readonly [string, string] | undefined,
    limit: number,
  ): Promise<ActivationTable[]> {
    let q = db.selectFrom('guarantee_activations as a').selectAll().where(visibleTo(viewer, 'a'));
    if (filter.status) q = q.where('a.status', '=', filter.status);
    if (filter.triggerId) q = q.where('a.trigger_id', '=', filter.triggerId);
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('a.raised_at', '<', after[0]),
          eb.and([eb('a.raised_at', '=', after[0]), eb('a.id', '<', after[1])]),
        ]),
      );
    }
    return q.orderBy('a.raised_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
  },

  getActivation(db: Executor, viewer: Viewer, id: string): Promise<ActivationTable | undefined> {
    return db
      .selectFrom('guarantee_activations as a')
      .selectAll()
      .where('a.id', '=', id)
      .where(visibleTo(viewer, 'a'))
      .executeTakeFirst();
  },

  /** The open proposal of a trigger, whoever may see it (inside the evaluation only). */
  openProposal(db: Executor, triggerId: string): Promise<ActivationTable | undefined> {
    return db
      .selectFrom('guarantee_activations')
      .selectAll()
      .where('trigger_id', '=', triggerId)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
  },

  /** Incident ids already decided (confirmed or rejected) under a trigger: they raise nothing again. */
  async decidedIncidentIds(db: Executor, triggerId: string): Promise<Set<string>> {
    const rows = await db
      .selectFrom('guarantee_activations')
      .select('incident_ids_json')
      .where('trigger_id', '=', triggerId)
      .where('status', '!=', 'proposed')
      .execute();
    return new Set(rows.flatMap((r) => JSON.parse(r.incident_ids_json) as string[]));
  },

  async insertActivation(db: Executor, row: ActivationTable): Promise<void> {
    await db.insertInto('guarantee_activations').values(row).execute();
  },

  async updateActivation(db: Executor, id: string, patch: Partial<ActivationTable>): Promise<void> {
    await db.updateTable('guarantee_activations').set(patch).where('id', '=', id).execute();
  },

  listResponses(db: Executor, viewer: Viewer): Promise<ResponseTable[]> {
    return db
      .selectFrom('guarantee_responses as r')
      .selectAll()
      .where(visibleTo(viewer, 'r'))
      .orderBy('r.owner_party')
      .orderBy('r.commitment_id')
      .execute();
  },

  getResponse(db: Executor, viewer: Viewer, id: string): Promise<ResponseTable | undefined> {
    return db
      .selectFrom('guarantee_responses as r')
      .selectAll()
      .where('r.commitment_id', '=', id)
      .where(visibleTo(viewer, 'r'))
      .executeTakeFirst();
  },

  /** Every response answering a trigger (or any), whoever owns it: an activation starts all their clocks. */
  responsesFor(db: Executor, triggerId: string | null): Promise<ResponseTable[]> {
    let q = db.selectFrom('guarantee_responses').selectAll();
    q = triggerId
      ? q.where((eb) => eb.or([eb('trigger_id', 'is', null), eb('trigger_id', '=', triggerId)]))
      : q.where('trigger_id', 'is', null);
    return q.orderBy('commitment_id').execute();
  },

  async insertResponse(db: Executor, row: ResponseTable): Promise<void> {
    await db.insertInto('guarantee_responses').values(row).execute();
  },

  clocks(db: Executor, viewer: Viewer, activationId: string): Promise<ClockTable[]> {
    return db
      .selectFrom('guarantee_clocks as c')
      .selectAll()
      .where('c.activation_id', '=', activationId)
      .where(visibleTo(viewer, 'c'))
      .orderBy('c.owner_party')
      .orderBy('c.due_at')
      .orderBy('c.id')
      .execute();
  },

  getClock(db: Executor, viewer: Viewer, id: string): Promise<ClockTable | undefined> {
    return db
      .selectFrom('guarantee_clocks as c')
      .selectAll()
      .where('c.id', '=', id)
      .where(visibleTo(viewer, 'c'))
      .executeTakeFirst();
  },

  async insertClocks(db: Executor, rows: readonly ClockTable[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200) {
      await db
        .insertInto('guarantee_clocks')
        .values(rows.slice(i, i + 200))
        .execute();
    }
  },

  async updateClock(db: Executor, id: string, patch: Partial<ClockTable>): Promise<void> {
    await db.updateTable('guarantee_clocks').set(patch).where('id', '=', id).execute();
  },
};
