import { randomBytes, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { canSee, toColumns, visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { forbidden, invalidField, notFound, ProblemError } from '../../platform/http/problem.js';
import {
  countWindow,
  incidentTriggers,
  observationTriggers,
  retryDelayMs,
  signWebhook,
  type AlertRuleParams,
} from './alerts.rules.js';
import type { Incident, Observation } from './monitoring.schemas.js';
import type { AlertEventTable, AlertRuleTable, SavedSearchTable } from './outputs.tables.js';
import { isCategory } from './taxonomy.js';

/** An alert rule as the API shows it (the webhook secret only once, on creation). */
export interface AlertRule {
  id: string;
  name: string;
  params: AlertRuleParams;
  webhookUrl: string | null;
  enabled: boolean;
  party: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A fired alert. */
export interface AlertEvent {
  id: string;
  ruleId: string;
  at: string;
  subjectKind: string;
  subjectId: string;
  summary: string;
}

/** A saved search. */
export interface SavedSearch {
  id: string;
  name: string;
  target: 'observations' | 'incidents';
  filter: Record<string, unknown>;
  party: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const MAX_ATTEMPTS = 6;

const ruleParams = (r: AlertRuleTable): AlertRuleParams => {
  // The creator's coalition membership is kept beside the parameters for evaluation only.
  const { inCoalition: _inCoalition, ...params } = JSON.parse(r.params_json) as AlertRuleParams & {
    inCoalition?: boolean;
  };
  return params;
};
const presentRule = (r: AlertRuleTable): AlertRule => ({
  id: r.id,
  name: r.name,
  params: ruleParams(r),
  webhookUrl: r.webhook_url,
  enabled: r.enabled === 1,
  party: r.owner_party,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const presentAlert = (a: AlertEventTable): AlertEvent => ({
  id: a.id,
  ruleId: a.rule_id,
  at: a.at,
  subjectKind: a.subject_kind,
  subjectId: a.subject_id,
  summary: a.summary,
});
const presentSearch = (s: SavedSearchTable): SavedSearch => ({
  id: s.id,
  name: s.name,
  target: s.target as SavedSearch['target'],
  filter: JSON.parse(s.filter_json) as Record<string, unknown>,
  party: s.owner_party,
  createdBy: s.created_by,
  createdAt: s.created_at,
  updatedAt: s.updated_at,
});

/**
 * Alerts and saved searches. Rules belong to a party (national: releasability `owner`) and
 * are evaluated on the bus events of the monitoring core (`monitoring.observation`,
 * `monitoring.incident`) from the rule party's own view: a record the party may not see
 * never fires its rules. A fired alert is stored once (a unique key per rule and subject, so
 * that several servers evaluating the same event fire it once), announced on the bus for the
 * live streams of every server, and delivered to the rule's webhook with an HMAC-SHA256
 * signature and retries with exponential back-off, each attempt in the delivery log.
 */
export class AlertsService {
  private readonly live = new EventEmitter();
  private unsubscribe: (() => void)[] = [];
  private sweeper: NodeJS.Timeout | undefined;
  private readonly pending = new Set<Promise<unknown>>();
  /** Base of the webhook back-off, ms (`ALERT_WEBHOOK_RETRY_BASE_MS`, default 5000). */
  readonly retryBaseMs: number;

  constructor(private readonly ctx: AppContext) {
    this.live.setMaxListeners(0);
    this.retryBaseMs = Number(process.env.ALERT_WEBHOOK_RETRY_BASE_MS ?? 5000) || 5000;
  }

  /** Subscribes to the monitoring events and starts the webhook retry sweep (servers only). */
  start(): void {
    if (this.unsubscribe.length) return;
    const track = (p: Promise<unknown>) => {
      const tracked = p.catch((error: unknown) =>
        this.ctx.log.warn({ err: error }, 'alert evaluation failed'),
      );
      this.pending.add(tracked);
      void tracked.finally(() => this.pending.delete(tracked));
    };
    this.unsubscribe = [
      this.ctx.bus.subscribe('monitoring.observation', (p) =>
        track(this.evaluateObservation((p as { id: string }).id)),
      ),
      this.ctx.bus.subscribe('monitoring.incident', (p) =>
        track(this.evaluateIncident((p as { id: string }).id)),
      ),
      this.ctx.bus.subscribe('monitoring.alert', (p) => track(this.announce((p as { id: string }).id))),
      this.ctx.bus.subscribe('monitoring.observation', (p) =>
        this.live.emit('observation', (p as { id: string }).id),
      ),
    ];
    this.sweeper = setInterval(() => track(this.retryDue()), Math.max(250, Math.min(this.retryBaseMs, 5000)));
    this.sweeper.unref();
  }

  /** Stops listening and waits for evaluations in flight. */
  async stop(): Promise<void> {
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    if (this.sweeper) clearInterval(this.sweeper);
    await Promise.allSettled([...this.pending]);
  }

  /** Waits until every evaluation and delivery started so far has finished (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  // ---- rules -------------------------------------------------------------------------------

  /** Creates a rule of the viewer's party; answers the webhook secret once. */
  async createRule(
    viewer: Viewer,
    input: { name: string; params: AlertRuleParams; webhookUrl?: string | null; enabled?: boolean },
  ): Promise<AlertRule & { webhookSecret: string | null }> {
    this.checkParams(input.params, input.webhookUrl);
    const now = isoTime();
    const secret = input.webhookUrl ? randomBytes(32).toString('base64url') : null;
    const row: AlertRuleTable = {
      id: randomUUID(),
      name: input.name,
      kind: input.params.kind,
      params_json: JSON.stringify({ ...input.params, inCoalition: viewer.inCoalition }),
      webhook_url: input.webhookUrl ?? null,
      webhook_secret: secret,
      enabled: input.enabled === false ? 0 : 1,
      created_by: viewer.username,
      created_at: now,
      updated_at: now,
      ...toColumns(viewer.party, 'owner'),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('alert_rules').values(row).execute();
      await recordAudit(trx, viewer, {
        action: 'create',
        entity: 'alert_rule',
        entityId: row.id,
        after: presentRule(row),
        record: row,
      });
    });
    return { ...presentRule(row), webhookSecret: secret };
  }

  /** Rules of the viewer's party. */
  async listRules(viewer: Viewer): Promise<AlertRule[]> {
    const rows = await this.ctx.db
      .selectFrom('alert_rules as r')
      .selectAll()
      .where(visibleTo(viewer, 'r'))
      .orderBy('r.created_at')
      .execute();
    return rows.map(presentRule);
  }

  /** One rule of the viewer's party; 404 otherwise. */
  async getRule(viewer: Viewer, id: string): Promise<AlertRule> {
    return presentRule(await this.ruleRow(viewer, id));
  }

  /** Changes a rule's name, parameters, webhook or state (its party only). */
  async updateRule(
    viewer: Viewer,
    id: string,
    patch: { name?: string; params?: AlertRuleParams; webhookUrl?: string | null; enabled?: boolean },
  ): Promise<AlertRule> {
    const before = await this.ruleRow(viewer, id);
    this.requireOwner(viewer, before);
    const params = patch.params ?? ruleParams(before);
    const webhookUrl = patch.webhookUrl === undefined ? before.webhook_url : patch.webhookUrl;
    this.checkParams(params, webhookUrl);
    const after: AlertRuleTable = {
      ...before,
      name: patch.name ?? before.name,
      kind: params.kind,
      params_json: JSON.stringify({ ...params, inCoalition: viewer.inCoalition }),
      webhook_url: webhookUrl,
      webhook_secret: webhookUrl ? (before.webhook_secret ?? randomBytes(32).toString('base64url')) : null,
      enabled: patch.enabled === undefined ? before.enabled : patch.enabled ? 1 : 0,
      updated_at: isoTime(),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      const { id: _id, ...values } = after;
      await trx.updateTable('alert_rules').set(values).where('id', '=', id).execute();
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'alert_rule',
        entityId: id,
        before: presentRule(before),
        after: presentRule(after),
        record: after,
      });
    });
    return presentRule(after);
  }

  /** Deletes a rule (its party only). */
  async deleteRule(viewer: Viewer, id: string): Promise<void> {
    const row = await this.ruleRow(viewer, id);
    this.requireOwner(viewer, row);
    await this.ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('alert_rules').where('id', '=', id).execute();
      await recordAudit(trx, viewer, {
        action: 'delete',
        entity: 'alert_rule',
        entityId: id,
        before: presentRule(row),
        record: row,
      });
    });
  }

  /** Fired alerts the viewer's party may see, newest first. */
  async listAlerts(viewer: Viewer, limit = 100): Promise<AlertEvent[]> {
    const rows = await this.ctx.db
      .selectFrom('alert_events as a')
      .selectAll()
      .where(visibleTo(viewer, 'a'))
      .orderBy('a.at', 'desc')
      .limit(limit)
      .execute();
    return rows.map(presentAlert);
  }

  /** The webhook delivery log of a rule of the viewer's party. */
  async deliveries(viewer: Viewer, ruleId: string) {
    await this.ruleRow(viewer, ruleId);
    const rows = await this.ctx.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('rule_id', '=', ruleId)
      .orderBy('at', 'desc')
      .limit(500)
      .execute();
    return rows.map((d) => ({
      id: d.id,
      alertId: d.alert_id,
      attempt: d.attempt,
      at: d.at,
      outcome: d.outcome,
      statusCode: d.status_code,
      error: d.error,
      nextAttemptAt: d.next_attempt_at,
    }));
  }

  // ---- saved searches ------------------------------------------------------------------------

  /** Saves a named filter for the viewer's party. */
  async createSearch(
    viewer: Viewer,
    input: { name: string; target: SavedSearch['target']; filter: Record<string, unknown> },
  ): Promise<SavedSearch> {
    const now = isoTime();
    const row: SavedSearchTable = {
      id: randomUUID(),
      name: input.name,
      target: input.target,
      filter_json: JSON.stringify(input.filter),
      created_by: viewer.username,
      created_at: now,
      updated_at: now,
      ...toColumns(viewer.party, 'owner'),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('saved_searches').values(row).execute();
      await recordAudit(trx, viewer, {
        action: 'create',
        entity: 'saved_search',
        entityId: row.id,
        after: presentSearch(row),
        record: row,
      });
    });
    return presentSearch(row);
  }

  /** Saved searches of the viewer's party. */
  async listSearches(viewer: Viewer): Promise<SavedSearch[]> {
    const rows = await this.ctx.db
      .selectFrom('saved_searches as s')
      .selectAll()
      .where(visibleTo(viewer, 's'))
      .orderBy('s.created_at')
      .execute();
    return rows.map(presentSearch);
  }

  /** One saved search of the viewer's party; 404 otherwise. */
  async getSearch(viewer: Viewer, id: string): Promise<SavedSearch> {
    const row = await this.ctx.db
      .selectFrom('saved_searches as s')
      .selectAll()
      .where('s.id', '=', id)
      .where(visibleTo(viewer, 's'))
      .executeTakeFirst();
    if (!row) throw notFound(`Saved search ${id}`);
    return presentSearch(row);
  }

  /** Renames a saved search or changes its filter (its party only). */
  async updateSearch(
    viewer: Viewer,
    id: string,
    patch: { name?: string; filter?: Record<string, unknown> },
  ): Promise<SavedSearch> {
    const before = await this.getSearch(viewer, id);
    if (before.party !== viewer.party) throw forbidden('Only the party that saved a search may change it.');
    const updated_at = isoTime();
    await this.ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('saved_searches')
        .set({
          ...(patch.name ? { name: patch.name } : {}),
          ...(patch.filter ? { filter_json: JSON.stringify(patch.filter) } : {}),
          updated_at,
        })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'saved_search',
        entityId: id,
        before,
        after: patch,
        record: toColumns(viewer.party, 'owner'),
      });
    });
    return this.getSearch(viewer, id);
  }

  /** Deletes a saved search (its party only). */
  async deleteSearch(viewer: Viewer, id: string): Promise<void> {
    const before = await this.getSearch(viewer, id);
    if (before.party !== viewer.party) throw forbidden('Only the party that saved a search may delete it.');
    await this.ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('saved_searches').where('id', '=', id).execute();
      await recordAudit(trx, viewer, {
        action: 'delete',
        entity: 'saved_search',
        entityId: id,
        before,
        record: toColumns(viewer.party, 'owner'),
      });
    });
  }

  // ---- live streams ------------------------------------------------------------------------

  /** Calls `send` with each new alert the viewer may see; returns the unsubscribe function. */
  onAlert(viewer: Viewer, send: (alert: AlertEvent) => void): () => void {
    const handler = (row: AlertEventTable) => {
      if (canSee(viewer, row)) send(presentAlert(row));
    };
    this.live.on('alert', handler);
    return () => this.live.off('alert', handler);
  }

  /** Calls `send` with each new observation the viewer may see (for live maps). */
  onObservation(viewer: Viewer, send: (o: Observation) => void): () => void {
    const handler = (id: string) => {
      // Each subscriber reads through its own view, so releasability is decided per reader.
      this.ctx.services.observations.get(viewer, id).then(send, (error: unknown) => {
        if (!(error instanceof ProblemError && error.status === 404))
          this.ctx.log.warn({ err: error }, 'live observation failed');
      });
    };
    this.live.on('observation', handler);
    return () => this.live.off('observation', handler);
  }

  // ---- evaluation --------------------------------------------------------------------------

  private ruleViewer(rule: AlertRuleTable): Viewer {
    const params = JSON.parse(rule.params_json) as { inCoalition?: boolean };
    return {
      userId: `rule:${rule.id}`,
      username: rule.created_by,
      party: rule.owner_party,
      role: 'viewer',
      inCoalition: params.inCoalition ?? true,
    };
  }

  private async enabledRules(kinds: string[]): Promise<AlertRuleTable[]> {
    return this.ctx.db
      .selectFrom('alert_rules')
      .selectAll()
      .where('enabled', '=', 1)
      .where('kind', 'in', kinds)
      .execute();
  }

  private async evaluateObservation(id: string): Promise<void> {
    for (const rule of await this.enabledRules(['category-count', 'ground-assault-across-line'])) {
      const viewer = this.ruleViewer(rule);
      const o = await this.visible(() => this.ctx.services.observations.get(viewer, id));
      if (!o) continue;
      const params = ruleParams(rule);
      if (!observationTriggers(params, o)) continue;
      if (params.kind === 'category-count') {
        const w = countWindow(o.observedAt, params.windowMinutes);
        const bbox = params.bbox as [number, number, number, number] | undefined;
        const { count } = await this.ctx.services.observations.count(viewer, {
          category: params.category,
          from: w.from,
          to: w.to,
          ...(bbox ? { bbox } : {}),
        });
        if (count < params.count) continue;
        await this.fire(
          rule,
          'observation',
          o.id,
          `${rule.id}:window:${w.key}`,
          `${count} ${params.category} observations within ${params.windowMinutes} min up to ${o.observedAt}`,
        );
      } else {
        await this.fire(
          rule,
          'observation',
          o.id,
          `${rule.id}:observation:${o.id}`,
          `ground assault across the line at ${o.location.coordinates[1]}, ${o.location.coordinates[0]} (${o.observedAt})`,
        );
      }
    }
  }

  private async evaluateIncident(id: string): Promise<void> {
    for (const rule of await this.enabledRules(['incident-severity', 'incident-attributed'])) {
      const viewer = this.ruleViewer(rule);
      const i = await this.visible<Incident>(() => this.ctx.services.incidents.get(viewer, id));
      if (!i) continue;
      const params = ruleParams(rule);
      if (!incidentTriggers(params, i)) continue;
      const what =
        params.kind === 'incident-attributed' ? `attributed to ${i.attribution}` : `severity ${i.severity}`;
      await this.fire(
        rule,
        'incident',
        i.id,
        `${rule.id}:incident:${i.id}:${params.kind}`,
        `incident ${i.id} (${i.primaryCategory}) ${what}, status ${i.status}`,
      );
    }
  }

  private async visible<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 404) return null;
      throw error;
    }
  }

  private async fire(
    rule: AlertRuleTable,
    subjectKind: string,
    subjectId: string,
    dedupKey: string,
    summary: string,
  ) {
    const row: AlertEventTable = {
      id: randomUUID(),
      rule_id: rule.id,
      at: isoTime(),
      subject_kind: subjectKind,
      subject_id: subjectId,
      summary,
      dedup_key: dedupKey,
      // The alert is the rule party's own: national only, whatever fired it.
      ...toColumns(rule.owner_party, 'owner'),
    };
    const inserted = await this.ctx.db
      .insertInto('alert_events')
      .values(row)
      .onConflict((oc) => oc.column('dedup_key').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
    await this.ctx.bus.publish('monitoring.alert', { id: row.id });
    if (rule.webhook_url && rule.webhook_secret) await this.deliver(rule, row, 1);
  }

  private async announce(alertId: string): Promise<void> {
    const row = await this.ctx.db
      .selectFrom('alert_events')
      .selectAll()
      .where('id', '=', alertId)
      .executeTakeFirst();
    if (row) this.live.emit('alert', row);
  }

  private async deliver(rule: AlertRuleTable, alert: AlertEventTable, attempt: number): Promise<void> {
    const body = JSON.stringify({ alert: presentAlert(alert), rule: { id: rule.id, name: rule.name } });
    const timestamp = Math.floor(Date.now() / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(rule.webhook_url!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-guarantor-timestamp': String(timestamp),
          'x-guarantor-signature': signWebhook(rule.webhook_secret!, timestamp, body),
          'x-guarantor-alert-id': alert.id,
        },
        body,
        signal: AbortSignal.timeout(10_000),
        redirect: 'manual',
      });
      statusCode = res.status;
      await res.body?.cancel();
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const outcome = error === null ? 'delivered' : attempt >= MAX_ATTEMPTS ? 'abandoned' : 'failed';
    await this.ctx.db
      .insertInto('webhook_deliveries')
      .values({
        id: randomUUID(),
        alert_id: alert.id,
        rule_id: rule.id,
        attempt,
        at: isoTime(),
        outcome,
        status_code: statusCode,
        error,
        next_attempt_at:
          outcome === 'failed' ? isoTime(Date.now() + retryDelayMs(attempt, this.retryBaseMs)) : null,
      })
      .execute();
  }

  /** Retries failed deliveries whose back-off has passed (read from the log, so restarts resume them). */
  private async retryDue(): Promise<void> {
    const due = await this.ctx.db
      .selectFrom('webhook_deliveries as d')
      .selectAll()
      .where('d.outcome', '=', 'failed')
      .where('d.next_attempt_at', '<=', isoTime())
      .limit(100)
      .execute();
    for (const d of due) {
      // Claim the retry: only the server that clears next_attempt_at sends it.
      const claimed = await this.ctx.db
        .updateTable('webhook_deliveries')
        .set({ outcome: 'retried' })
        .where('id', '=', d.id)
        .where('outcome', '=', 'failed')
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) continue;
      const rule = await this.ctx.db
        .selectFrom('alert_rules')
        .selectAll()
        .where('id', '=', d.rule_id)
        .executeTakeFirst();
      const alert = await this.ctx.db
        .selectFrom('alert_events')
        .selectAll()
        .where('id', '=', d.alert_id)
        .executeTakeFirst();
      if (rule?.webhook_url && rule.webhook_secret && alert) await this.deliver(rule, alert, d.attempt + 1);
    }
  }

  private async ruleRow(viewer: Viewer, id: string): Promise<AlertRuleTable> {
    const row = await this.ctx.db
      .selectFrom('alert_rules as r')
      .selectAll()
      .where('r.id', '=', id)
      .where(visibleTo(viewer, 'r'))
      .executeTakeFirst();
    if (!row) throw notFound(`Alert rule ${id}`);
    return row;
  }

  private requireOwner(viewer: Viewer, row: AlertRuleTable): void {
    if (row.owner_party !== viewer.party) throw forbidden('Only the party that owns a rule may change it.');
  }

  private checkParams(params: AlertRuleParams, webhookUrl: string | null | undefined): void {
    if (params.kind === 'category-count' && !isCategory(params.category)) {
      throw invalidField('/params/category', `unknown category "${params.category}"`);
    }
    if (webhookUrl) {
      let url: URL;
      try {
        url = new URL(webhookUrl);
      } catch {
        throw invalidField('/webhookUrl', 'must be an absolute http or https URL');
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw invalidField('/webhookUrl', 'must be an absolute http or https URL');
      }
    }
  }
}
