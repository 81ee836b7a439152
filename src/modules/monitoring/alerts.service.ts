import { randomBytes, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { toColumns, visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { BUS_LOST, BUS_RESUMED } from '../../platform/events/bus.js';
import { forbidden, invalidField, notFound, ProblemError } from '../../platform/http/problem.js';
import { AlertDelivery } from './alerts.delivery.js';
import {
  presentAlert,
  presentRule,
  ruleParams,
  type AlertEvent,
  type AlertRule,
  type SavedSearch,
} from './alerts.present.js';
import type { AlertCursor } from './alerts.replay.js';
import type { AlertRuleParams } from './alerts.rules.js';
import { SavedSearches } from './alerts.searches.js';
import { AlertFeed, type AlertSink, type ResumeRequest } from './alerts.stream.js';
import type { Observation } from './monitoring.schemas.js';
import type { AlertRuleTable } from './outputs.tables.js';

export type { AlertEvent, AlertRule, SavedSearch } from './alerts.present.js';
import { isCategory } from './taxonomy.js';

/**
 * Alerts and saved searches: the rules of each party (national: releasability `owner`), the
 * fired alerts, the live streams, and the bus subscriptions that hand each new observation or
 * changed incident to the evaluation and delivery (`alerts.delivery.ts`). Saved searches are
 * in `alerts.searches.ts`, the resumable alert stream in `alerts.stream.ts`; this class is the
 * module's one public surface for all of them.
 */
export class AlertsService {
  private readonly live = new EventEmitter();
  private unsubscribe: (() => void)[] = [];
  private sweeper: NodeJS.Timeout | undefined;
  private readonly pending = new Set<Promise<unknown>>();
  /** Base of the webhook back-off, ms (`ALERT_WEBHOOK_RETRY_BASE_MS`, default 5000). */
  readonly retryBaseMs: number;

  private readonly delivery: AlertDelivery;
  private readonly searches: SavedSearches;
  private readonly feed: AlertFeed;

  constructor(private readonly ctx: AppContext) {
    this.live.setMaxListeners(0);
    this.retryBaseMs = Number(process.env.ALERT_WEBHOOK_RETRY_BASE_MS ?? 5000) || 5000;
    this.delivery = new AlertDelivery(ctx, this.retryBaseMs);
    this.searches = new SavedSearches(ctx);
    this.feed = new AlertFeed(ctx, this.live);
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
        track(this.delivery.evaluateObservation((p as { id: string }).id)),
      ),
      this.ctx.bus.subscribe('monitoring.incident', (p) =>
        track(this.delivery.evaluateIncident((p as { id: string }).id)),
      ),
      this.ctx.bus.subscribe('monitoring.alert', (p) => track(this.announce((p as { id: string }).id))),
      this.ctx.bus.subscribe('monitoring.observation', (p) =>
        this.live.emit('observation', (p as { id: string }).id),
      ),
      // Open alert streams catch up from the database over a gap in the bus.
      this.ctx.bus.subscribe(BUS_LOST, () => this.live.emit('lost')),
      this.ctx.bus.subscribe(BUS_RESUMED, () => this.live.emit('resumed')),
    ];
    this.sweeper = setInterval(
      () => track(this.delivery.retryDue()),
      Math.max(250, Math.min(this.retryBaseMs, 5000)),
    );
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
  createSearch(
    viewer: Viewer,
    input: { name: string; target: SavedSearch['target']; filter: Record<string, unknown> },
  ): Promise<SavedSearch> {
    return this.searches.create(viewer, input);
  }

  /** Saved searches of the viewer's party. */
  listSearches(viewer: Viewer): Promise<SavedSearch[]> {
    return this.searches.list(viewer);
  }

  /** One saved search of the viewer's party; 404 otherwise. */
  getSearch(viewer: Viewer, id: string): Promise<SavedSearch> {
    return this.searches.get(viewer, id);
  }

  /** Renames a saved search or changes its filter (its party only). */
  updateSearch(
    viewer: Viewer,
    id: string,
    patch: { name?: string; filter?: Record<string, unknown> },
  ): Promise<SavedSearch> {
    return this.searches.update(viewer, id, patch);
  }

  /** Deletes a saved search (its party only). */
  deleteSearch(viewer: Viewer, id: string): Promise<void> {
    return this.searches.delete(viewer, id);
  }

  // ---- live streams ------------------------------------------------------------------------

  /**
   * Where a reconnecting alert stream resumes (`Last-Event-ID`); null when none was sent.
   * Throws 400 naming the header or parameter when it is not a position of the stream.
   */
  resumePoint(viewer: Viewer, sent: ResumeRequest | null): Promise<AlertCursor | null> {
    return this.feed.resumePoint(viewer, sent);
  }

  /**
   * Sends the viewer's stored alerts after `after` (oldest first, bounded, see
   * `alerts.replay.ts`), then each new alert the viewer may see; returns the unsubscribe function.
   */
  streamAlerts(viewer: Viewer, after: AlertCursor | null, sink: AlertSink): () => void {
    return this.feed.open(viewer, after, sink);
  }

  /**
   * Calls `send` with each new observation the viewer may see (for live maps), and `gap`
   * when this server heard the bus again after losing it: observations announced meanwhile
   * were not sent, and the map reads its period again.
   */
  onObservation(
    viewer: Viewer,
    send: (o: Observation) => void,
    gap: () => void = () => undefined,
  ): () => void {
    const handler = (id: string) => {
      // Each subscriber reads through its own view, so releasability is decided per reader.
      this.ctx.services.observations.get(viewer, id).then(send, (error: unknown) => {
        if (!(error instanceof ProblemError && error.status === 404))
          this.ctx.log.warn({ err: error }, 'live observation failed');
      });
    };
    this.live.on('observation', handler);
    this.live.on('resumed', gap);
    return () => {
      this.live.off('observation', handler);
      this.live.off('resumed', gap);
    };
  }

  private async announce(alertId: string): Promise<void> {
    const row = await this.ctx.db
      .selectFrom('alert_events')
      .selectAll()
      .where('id', '=', alertId)
      .executeTakeFirst();
    if (row) this.live.emit('alert', row);
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
