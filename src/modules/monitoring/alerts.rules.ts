import { createHmac } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { Incident, Observation } from './monitoring.schemas.js';

/**
 * Alert rules and their pure matching. Four kinds (issue 4, item 8): N observations of a
 * category in an area within a window; any incident of a given severity; an incident
 * attributed to a party; a ground assault across the line.
 */

const Bbox = Type.Array(Type.Number(), {
  minItems: 4,
  maxItems: 4,
  description: 'minLon, minLat, maxLon, maxLat',
});

/** Parameters of each rule kind. */
export const AlertRuleParamsSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('category-count'),
      category: Type.String({ maxLength: 100 }),
      count: Type.Integer({ minimum: 1, maximum: 100_000 }),
      windowMinutes: Type.Integer({ minimum: 1, maximum: 7 * 24 * 60 }),
      bbox: Type.Optional(Bbox),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('incident-severity'), minSeverity: Type.Integer({ minimum: 1, maximum: 4 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('incident-attributed'), party: Type.String({ minLength: 1, maxLength: 200 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('ground-assault-across-line'), bbox: Type.Optional(Bbox) },
    { additionalProperties: false },
  ),
]);
/** Parameters of a rule. */
export type AlertRuleParams = Static<typeof AlertRuleParamsSchema>;

/** Whether a point lies in an optional box (no box: everywhere). */
export function inBox(bbox: number[] | undefined, [lon, lat]: number[]): boolean {
  if (!bbox) return true;
  const [a, b, c, d] = bbox as [number, number, number, number];
  return lon! >= a && lon! <= c && lat! >= b && lat! <= d;
}

/**
 * Whether an observation can trigger the rule. For `category-count` this says only that the
 * observation is one of those counted; the caller then counts the window.
 */
export function observationTriggers(params: AlertRuleParams, o: Observation): boolean {
  switch (params.kind) {
    case 'category-count':
      return o.category === params.category && inBox(params.bbox, o.location.coordinates);
    case 'ground-assault-across-line':
      return (
        o.category === 'ground-assault' &&
        o.subtype !== 'within-buffer' &&
        inBox(params.bbox, o.location.coordinates)
      );
    case 'incident-severity':
    case 'incident-attributed':
      return false;
  }
}

/** Whether an incident (as it stands after a change) triggers the rule. */
export function incidentTriggers(params: AlertRuleParams, i: Incident): boolean {
  switch (params.kind) {
    case 'incident-severity':
      return i.severity >= params.minSeverity && i.status !== 'retracted';
    case 'incident-attributed':
      return (
        i.status === 'attributed' && (i.attribution ?? '').toLowerCase().includes(params.party.toLowerCase())
      );
    case 'category-count':
    case 'ground-assault-across-line':
      return false;
  }
}

/** The window a count rule fires in, so that it fires once per window, not once per observation. */
export function countWindow(
  observedAt: string,
  windowMinutes: number,
): { from: string; to: string; key: number } {
  const span = windowMinutes * 60_000;
  const at = Date.parse(observedAt);
  return {
    from: new Date(at - span).toISOString(),
    to: new Date(at + 1).toISOString(),
    key: Math.floor(at / span),
  };
}

/**
 * Webhook signature: hex HMAC-SHA256 over `<timestamp>.<body>` with the rule's secret, sent
 * as `X-Guarantor-Signature: sha256=<hex>` beside `X-Guarantor-Timestamp` (Unix seconds), so
 * that a receiver can check origin and refuse replays of old deliveries.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Delay before retry `attempt` (from 1) of a webhook: base × 2^(attempt−1), capped at an hour. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), 3_600_000);
}
