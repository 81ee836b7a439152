/**
 * Trigger rules: when do verified monitoring facts amount to a renewed armed attack? A rule
 * counts incidents of given categories, at least a severity, in given workflow states,
 * attributed to given parties, inside an area, within a sliding time window — the US draft's
 * "significant, deliberate, and sustained armed attack" made countable. Pure: no database.
 */

/** A trigger's rule (stored as JSON, validated by `TriggerRuleSchema`). */
export interface TriggerRule {
  /** Incident categories that count, e.g. `ground-assault`, `air-drone-strike`. */
  categories: string[];
  /** Lowest severity that counts (1 minor … 4 critical). */
  minSeverity: number;
  /** Workflow states that count; default verified and later. */
  statuses: string[];
  /** Attributions that count (party codes, e.g. `RUS`); empty means any attributed incident. */
  attributedTo: string[];
  /** Incidents needed within the window. */
  minCount: number;
  /** Length of the sliding window in hours. */
  windowHours: number;
  /** Optional area: a bounding box [west, south, east, north] (WGS 84) and/or a zone id. */
  area?: { bbox?: [number, number, number, number]; zone?: string };
}

/** The workflow states that count by default: verified and everything after it. */
export const VERIFIED_STATES = ['verified', 'referred', 'attributed', 'closed'] as const;

/** What a rule reads of an incident. */
export interface RuleIncident {
  id: string;
  status: string;
  startedAt: string;
  categories: string[];
  severity: number;
  attribution: string | null;
  bbox: number[];
  zones: string[];
}

/** The outcome of evaluating a rule at a time. */
export interface RuleEvaluation {
  met: boolean;
  /** Matching incidents in the window ending at `at`. */
  count: number;
  minCount: number;
  windowStart: string;
  windowEnd: string;
  /** The matching incidents in the window, oldest first. */
  incidentIds: string[];
}

/** The busiest window of a period: how close the facts came to the rule. */
export interface PeakWindow {
  count: number;
  minCount: number;
  /** `count / minCount`, so 1 or more means the rule was met. */
  ratio: number;
  windowStart: string | null;
  windowEnd: string | null;
  incidentIds: string[];
}

/** Whether one incident counts under the rule (window aside). */
export function incidentMatches(rule: TriggerRule, incident: RuleIncident): boolean {
  if (!rule.statuses.includes(incident.status)) return false;
  if (incident.severity < rule.minSeverity) return false;
  if (!incident.categories.some((c) => rule.categories.includes(c))) return false;
  if (incident.attribution === null) return false;
  if (rule.attributedTo.length > 0 && !rule.attributedTo.includes(incident.attribution)) return false;
  const area = rule.area;
  if (area?.zone && !incident.zones.includes(area.zone)) return false;
  if (area?.bbox) {
    const [w, s, e, n] = area.bbox;
    const [iw, is, ie, inn] = incident.bbox as [number, number, number, number];
    if (ie < w || iw > e || inn < s || is > n) return false;
  }
  return true;
}

/**
 * Evaluates a rule at time `at`: the matching incidents that started in (at − window, at]
 * and whether there are at least `minCount` of them.
 *
 * @example evaluateRule(rule, incidents, '2026-12-01T06:00:00.000Z').met
 */
export function evaluateRule(
  rule: TriggerRule,
  incidents: readonly RuleIncident[],
  at: string,
): RuleEvaluation {
  const end = Date.parse(at);
  const start = end - rule.windowHours * 3_600_000;
  const inWindow = incidents
    .filter((i) => {
      const t = Date.parse(i.startedAt);
      return t > start && t <= end && incidentMatches(rule, i);
    })
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
  return {
    met: inWindow.length >= rule.minCount,
    count: inWindow.length,
    minCount: rule.minCount,
    windowStart: new Date(start).toISOString(),
    windowEnd: new Date(end).toISOString(),
    incidentIds: inWindow.map((i) => i.id),
  };
}

/**
 * The window of `windowHours` holding the most matching incidents over a whole period (two
 * pointers over the sorted start times, O(n log n)): how close the worst days came.
 */
export function peakWindow(rule: TriggerRule, incidents: readonly RuleIncident[]): PeakWindow {
  const sorted = incidents
    .filter((i) => incidentMatches(rule, i))
    .map((i) => ({ id: i.id, t: Date.parse(i.startedAt) }))
    .sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
  const width = rule.windowHours * 3_600_000;
  let best = { count: 0, from: -1, to: -1 };
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]!.t - sorted[lo]!.t >= width) lo++;
    if (hi - lo + 1 > best.count) best = { count: hi - lo + 1, from: lo, to: hi };
  }
  const members = best.count > 0 ? sorted.slice(best.from, best.to + 1) : [];
  return {
    count: best.count,
    minCount: rule.minCount,
    ratio: best.count / rule.minCount,
    windowStart: members[0] ? new Date(members[0].t).toISOString() : null,
    windowEnd: members.at(-1) ? new Date(members.at(-1)!.t).toISOString() : null,
    incidentIds: members.map((m) => m.id),
  };
}
