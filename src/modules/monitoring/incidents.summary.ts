import { haversineM } from './corroborate.js';
import { admiraltyWeight, categoryDefinition, type Category, type Reliability } from './taxonomy.js';

/** What an incident's summary needs of each of its observations. */
export interface SummaryObservation {
  lon: number;
  lat: number;
  uncertaintyM: number;
  observedAt: string;
  observedUntil: string | null;
  category: Category;
  sourceKind: string;
  sourceId: string;
  reliability: Reliability;
  credibility: number;
  quantity: number | null;
  civilianKilled: number;
  civilianInjured: number;
  militaryKilled: number;
  withdrawalViolation: boolean;
  sector: string | null;
  zones: readonly string[];
}

/** The derived figures of an incident. */
export interface IncidentSummary {
  startedAt: string;
  endedAt: string;
  lon: number;
  lat: number;
  bbox: [number, number, number, number];
  uncertaintyM: number;
  categories: Category[];
  primaryCategory: Category;
  observationCount: number;
  sourceCount: number;
  confidence: number;
  severity: 1 | 2 | 3 | 4;
  quantity: number;
  violation: boolean;
  sector: string | null;
  zones: string[];
}

function mostCommon<T>(values: readonly T[], tieBreak: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && tieBreak(v, best) < 0)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * Summarises an incident from its observations:
 * - centroid: the mean of the points weighted by 1/uncertainty² (precise reports count more);
 * - uncertainty: the radius around the centroid that holds every observation's circle;
 * - source count: distinct sources (kind and id), so a source never corroborates itself;
 * - confidence: 1 − Π(1 − wₛ) over independent sources, wₛ the best Admiralty weight of
 *   source s (a documented heuristic);
 * - severity: the highest category severity, raised to 4 for civilian deaths, to at least 3
 *   for civilian injuries, military deaths or a weapon inside its withdrawal line, and by one
 *   for 50 or more reported rounds.
 */
export function summarizeIncident(observations: readonly SummaryObservation[]): IncidentSummary {
  if (observations.length === 0) throw new Error('an incident has at least one observation');
  let wSum = 0;
  let x = 0;
  let y = 0;
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let startedAt = observations[0]!.observedAt;
  let endedAt = observations[0]!.observedUntil ?? startedAt;
  const sources = new Map<string, number>();
  const quantityBySource = new Map<string, number>();
  let severity = 1;
  let civilianKilled = 0;
  let civilianInjured = 0;
  let militaryKilled = 0;
  let withdrawal = false;
  let violation = false;
  for (const o of observations) {
    const w = 1 / Math.max(10, o.uncertaintyM) ** 2;
    wSum += w;
    x += w * o.lon;
    y += w * o.lat;
    bbox[0] = Math.min(bbox[0], o.lon);
    bbox[1] = Math.min(bbox[1], o.lat);
    bbox[2] = Math.max(bbox[2], o.lon);
    bbox[3] = Math.max(bbox[3], o.lat);
    if (o.observedAt < startedAt) startedAt = o.observedAt;
    const end = o.observedUntil ?? o.observedAt;
    if (end > endedAt) endedAt = end;
    const source = `${o.sourceKind}\u0000${o.sourceId}`;
    sources.set(source, Math.max(sources.get(source) ?? 0, admiraltyWeight(o.reliability, o.credibility)));
    quantityBySource.set(source, Math.max(quantityBySource.get(source) ?? 0, o.quantity ?? 1));
    const def = categoryDefinition(o.category);
    severity = Math.max(severity, def.severity);
    violation ||= def.violation || o.withdrawalViolation;
    civilianKilled = Math.max(civilianKilled, o.civilianKilled);
    civilianInjured = Math.max(civilianInjured, o.civilianInjured);
    militaryKilled = Math.max(militaryKilled, o.militaryKilled);
    withdrawal ||= o.withdrawalViolation;
  }
  const lon = x / wSum;
  const lat = y / wSum;
  let uncertaintyM = 0;
  for (const o of observations) {
    uncertaintyM = Math.max(uncertaintyM, haversineM(lon, lat, o.lon, o.lat) + o.uncertaintyM);
  }
  const quantity = Math.max(...quantityBySource.values());
  if (civilianInjured > 0 || militaryKilled > 0 || withdrawal) severity = Math.max(severity, 3);
  if (quantity >= 50) severity = Math.min(4, severity + 1);
  if (civilianKilled > 0) severity = 4;
  let miss = 1;
  for (const w of sources.values()) miss *= 1 - w;
  const categories = [...new Set(observations.map((o) => o.category))].sort();
  // The most severe first, then by name: the same answer whatever order the members come in.
  const bySeverity = (a: Category, b: Category) =>
    categoryDefinition(b).severity - categoryDefinition(a).severity || (a < b ? -1 : a > b ? 1 : 0);
  return {
    startedAt,
    endedAt,
    lon,
    lat,
    bbox,
    uncertaintyM: Math.round(uncertaintyM),
    categories,
    primaryCategory: mostCommon(
      observations.map((o) => o.category),
      bySeverity,
    )!,
    observationCount: observations.length,
    sourceCount: sources.size,
    confidence: Math.round((1 - miss) * 1000) / 1000,
    severity: severity as 1 | 2 | 3 | 4,
    quantity,
    violation,
    sector:
      mostCommon(
        observations.map((o) => o.sector).filter((s): s is string => s !== null),
        (a, b) => a.localeCompare(b),
      ) ?? null,
    zones: [...new Set(observations.flatMap((o) => o.zones))].sort(),
  };
}
