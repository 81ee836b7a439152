import { randomUUID } from 'node:crypto';
import { toColumns } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import { databaseTime, isoTime } from '../../platform/db/columns.js';
import { ProblemError } from '../../platform/http/problem.js';
import { presentAlert, ruleParams } from './alerts.present.js';
import {
  countWindow,
  incidentTriggers,
  observationTriggers,
  retryDelayMs,
  signWebhook,
} from './alerts.rules.js';
import type { Incident } from './monitoring.schemas.js';
import type { AlertEventTable, AlertRuleTable } from './outputs.tables.js';

const MAX_ATTEMPTS = 6;

/**
 * Evaluation and delivery of alerts. Rules are evaluated from the rule party's own view, so a
 * record the party may not see never fires its rules. A fired alert is stored once (a unique
 * key per rule and subject, so several servers evaluating the same event fire it once),
 * announced on the bus (`monitoring.alert`) and POSTed to the rule's webhook with an
 * HMAC-SHA256 signature; failures are retried with exponential back-off, each attempt in the
 * delivery log.
 */
export class AlertDelivery {
  constructor(
    private readonly ctx: AppContext,
    /** Base of the webhook back-off, ms. */
    private readonly retryBaseMs: number,
  ) {}

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

  /** Evaluates the observation-driven rules on a new observation (each from its party's view). */
  async evaluateObservation(id: string): Promise<void> {
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

  /** Evaluates the incident-driven rules on a changed incident. */
  async evaluateIncident(id: string): Promise<void> {
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
    const fields = {
      id: randomUUID(),
      rule_id: rule.id,
      subject_kind: subjectKind,
      subject_id: subjectId,
      summary,
      dedup_key: dedupKey,
      // The alert is the rule party's own: national only, whatever fired it.
      ...toColumns(rule.owner_party, 'owner'),
    };
    // The firing time orders the alert stream, whose positions every server must agree on:
    // the database's clock, not this server's, which may be seconds off another's.
    const inserted = await this.ctx.db
      .insertInto('alert_events')
      .values({ ...fields, at: databaseTime(this.ctx.dialect) })
      .onConflict((oc) => oc.column('dedup_key').doNothing())
      .returning('at')
      .executeTakeFirst();
    if (!inserted) return;
    const row: AlertEventTable = { ...fields, at: inserted.at };
    await this.ctx.bus.publish('monitoring.alert', { id: row.id });
    if (rule.webhook_url && rule.webhook_secret) await this.deliver(rule, row, 1);
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
  async retryDue(): Promise<void> {
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
}
