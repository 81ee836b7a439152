import type { Incident, Observation } from './monitoring.schemas.js';
import { CATEGORIES, isCategory } from './taxonomy.js';

/**
 * The daily report in the OSCE Special Monitoring Mission's pattern (domain/monitoring.md):
 * a fixed cut-off, a number "N/YYYY", ceasefire violations per region with explosions
 * counted separately and compared with the previous period, activity in the disengagement
 * areas, weapons in violation of withdrawal lines, restrictions of freedom of movement,
 * civilian casualties and significant incidents. Pure: the caller streams in the
 * observations and incidents the viewer may see, so every figure is the viewer's own.
 */

/** The reporting period of one daily report, in UTC. */
export interface ReportPeriod {
  /** Report date, `YYYY-MM-DD` (local to the time zone). */
  date: string;
  /** "N/YYYY": N is the day of the year of the report date, so numbers never collide. */
  number: string;
  /** Start of the period (exclusive cut-off of the previous report), ISO 8601 UTC. */
  from: string;
  /** Cut-off, ISO 8601 UTC; observations up to (not including) this instant count. */
  to: string;
  cutoff: string;
  timeZone: string;
}

/** Offset of a time zone from UTC at an instant, in minutes (Kyiv in summer: +180). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The UTC instant of a local wall-clock time in a time zone (daylight saving included). */
export function localToUtc(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two rounds settle the offset on either side of a daylight-saving change.
  let guess = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  guess = wall - zoneOffsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

/** Day before a `YYYY-MM-DD` date. */
export function previousDate(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The period a report covers: from the cut-off of the day before the report date to the
 * cut-off of the report date, both local (19:30 Europe/Kyiv by default, as the SMM did).
 *
 * @example reportPeriod('2026-03-15') // { number: '74/2026', from: '2026-03-14T17:30:00.000Z', to: '2026-03-15T17:30:00.000Z', … }
 */
export function reportPeriod(date: string, cutoff = '19:30', timeZone = 'Europe/Kyiv'): ReportPeriod {
  const dayOfYear =
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${date.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000 + 1;
  return {
    date,
    number: `${dayOfYear}/${date.slice(0, 4)}`,
    from: new Date(localToUtc(previousDate(date), cutoff, timeZone)).toISOString(),
    to: new Date(localToUtc(date, cutoff, timeZone)).toISOString(),
    cutoff,
    timeZone,
  };
}

/** Categories whose reports are explosions, counted separately as the SMM did. */
export const EXPLOSIVE_CATEGORIES: readonly string[] = [
  'explosion',
  'shelling',
  'missile',
  'air-drone-strike',
];

/** Violations in one region (sector) in the period and the one before. */
export interface RegionViolations {
  region: string;
  /** Ceasefire violations: the sum of reported quantities (1 when none given). */
  violations: number;
  explosions: number;
  previousViolations: number;
  previousExplosions: number;
  /** violations − previousViolations. */
  change: number;
  explosionsChange: number;
}

/** A weapon seen in violation of its withdrawal line. */
export interface WeaponInViolation {
  observationId: string;
  observedAt: string;
  location: [number, number];
  weaponClass: string | null;
  weaponSystem: string | null;
  quantity: number;
  distanceToLineM: number | null;
  sector: string | null;
}

/** A restriction of the monitors' freedom of movement. */
export interface MovementRestriction {
  observationId: string;
  observedAt: string;
  location: [number, number];
  kind: string;
  sector: string | null;
  notes: string | null;
}

/** Low / best / high estimate. */
export interface Estimate {
  low: number;
  best: number;
  high: number;
}

/** A significant incident of the period. */
export interface SignificantIncident {
  id: string;
  status: string;
  primaryCategory: string;
  startedAt: string;
  centroid: [number, number];
  severity: number;
  observationCount: number;
  sourceCount: number;
  sector: string | null;
}

/** The daily report as JSON. */
export interface DailyReport {
  period: ReportPeriod;
  /** True when any figure rests on exercise data: the report must then be marked EXERCISE. */
  exercise: boolean;
  totals: { violations: number; explosions: number; previousViolations: number; previousExplosions: number };
  regions: RegionViolations[];
  disengagementAreas: {
    area: string;
    observations: number;
    violations: number;
    categories: Record<string, number>;
  }[];
  weaponsInViolation: WeaponInViolation[];
  freedomOfMovement: MovementRestriction[];
  civilianCasualties: { killed: Estimate; injured: Estimate };
  significantIncidents: SignificantIncident[];
  /** How many observations and incidents the figures rest on (those visible to the viewer). */
  basis: { observations: number; previousObservations: number; incidents: number };
}

/** Smallest severity an incident needs to be listed as significant (1 minor … 4 critical). */
export const SIGNIFICANT_SEVERITY = 3;
/** The region of observations outside every sector. */
export const UNASSIGNED = 'outside any sector';
const LIST_LIMIT = 500;

interface Tally {
  violations: number;
  explosions: number;
}

/**
 * Builds a daily report from streamed records in constant memory per region and area
 * (lists are capped at 500 entries each). Feed the current period's observations with
 * `add`, the previous period's with `addPrevious`, incidents with `addIncident`, then `build`.
 */
export class DailyReportBuilder {
  private readonly current = new Map<string, Tally>();
  private readonly previous = new Map<string, Tally>();
  private readonly areas = new Map<
    string,
    { observations: number; violations: number; categories: Record<string, number> }
  >();
  private readonly weapons: WeaponInViolation[] = [];
  private readonly restrictions: MovementRestriction[] = [];
  // Casualties of one incident are reported by several observers: take each incident's
  // largest estimate once, and each uncorroborated observation on its own.
  private readonly harm = new Map<string, { killed: Estimate; injured: Estimate }>();
  private readonly incidents: SignificantIncident[] = [];
  private exercise = false;
  private counts = { observations: 0, previousObservations: 0, incidents: 0 };

  constructor(private readonly period: ReportPeriod) {}

  /** Adds an observation of the report's period. */
  add(o: Observation): void {
    this.counts.observations++;
    this.exercise ||= o.exercise;
    const region = o.tags.sector ?? UNASSIGNED;
    tally(this.current, region, o);
    const violation = isViolation(o);
    for (const area of o.tags.zones) {
      const a = this.areas.get(area) ?? { observations: 0, violations: 0, categories: {} };
      a.observations++;
      if (violation) a.violations += weight(o);
      a.categories[o.category] = (a.categories[o.category] ?? 0) + 1;
      this.areas.set(area, a);
    }
    const [lon, lat] = o.location.coordinates as [number, number];
    if (
      (o.category === 'weapon-in-violation' || o.tags.withdrawalViolation) &&
      this.weapons.length < LIST_LIMIT
    ) {
      this.weapons.push({
        observationId: o.id,
        observedAt: o.observedAt,
        location: [lon, lat],
        weaponClass: o.weaponClass ?? null,
        weaponSystem: o.weaponSystem ?? null,
        quantity: o.quantity ?? 1,
        distanceToLineM: o.tags.distanceToLineM === null ? null : Math.round(o.tags.distanceToLineM),
        sector: o.tags.sector,
      });
    }
    if (o.category === 'freedom-of-movement' && this.restrictions.length < LIST_LIMIT) {
      this.restrictions.push({
        observationId: o.id,
        observedAt: o.observedAt,
        location: [lon, lat],
        kind: o.subtype ?? 'unspecified',
        sector: o.tags.sector,
        notes: o.notes ?? null,
      });
    }
    const civilian = o.casualties?.civilian;
    if (civilian?.killed || civilian?.injured) {
      const key = o.incidentId ?? `observation:${o.id}`;
      const h = this.harm.get(key) ?? { killed: zero(), injured: zero() };
      this.harm.set(key, {
        killed: max(h.killed, civilian.killed),
        injured: max(h.injured, civilian.injured),
      });
    }
  }

  /** Adds an observation of the previous period (for the change figures only). */
  addPrevious(o: Observation): void {
    this.counts.previousObservations++;
    tally(this.previous, o.tags.sector ?? UNASSIGNED, o);
  }

  /** Adds an incident that started in the report's period. */
  addIncident(i: Incident): void {
    this.counts.incidents++;
    this.exercise ||= i.exercise;
    if (i.severity < SIGNIFICANT_SEVERITY || i.status === 'retracted' || this.incidents.length >= LIST_LIMIT)
      return;
    this.incidents.push({
      id: i.id,
      status: i.status,
      primaryCategory: i.primaryCategory,
      startedAt: i.startedAt,
      centroid: i.centroid.coordinates as [number, number],
      severity: i.severity,
      observationCount: i.observationCount,
      sourceCount: i.sourceCount,
      sector: i.sector,
    });
  }

  /** The report. */
  build(): DailyReport {
    const regions = [...new Set([...this.current.keys(), ...this.previous.keys()])].sort().map((region) => {
      const now = this.current.get(region) ?? { violations: 0, explosions: 0 };
      const before = this.previous.get(region) ?? { violations: 0, explosions: 0 };
      return {
        region,
        violations: now.violations,
        explosions: now.explosions,
        previousViolations: before.violations,
        previousExplosions: before.explosions,
        change: now.violations - before.violations,
        explosionsChange: now.explosions - before.explosions,
      };
    });
    const sum = (key: keyof RegionViolations) => regions.reduce((s, r) => s + (r[key] as number), 0);
    const killed = zero();
    const injured = zero();
    for (const h of this.harm.values()) {
      add(killed, h.killed);
      add(injured, h.injured);
    }
    const byTime = <T extends { observedAt: string }>(a: T, b: T) => a.observedAt.localeCompare(b.observedAt);
    return {
      period: this.period,
      exercise: this.exercise,
      totals: {
        violations: sum('violations'),
        explosions: sum('explosions'),
        previousViolations: sum('previousViolations'),
        previousExplosions: sum('previousExplosions'),
      },
      regions,
      disengagementAreas: [...this.areas.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([area, a]) => ({ area, ...a })),
      weaponsInViolation: this.weapons.sort(byTime),
      freedomOfMovement: this.restrictions.sort(byTime),
      civilianCasualties: { killed, injured },
      significantIncidents: this.incidents.sort(
        (a, b) => b.severity - a.severity || a.startedAt.localeCompare(b.startedAt),
      ),
      basis: { ...this.counts },
    };
  }
}

/** Whether an observation counts as a ceasefire violation (taxonomy). */
export function isViolation(o: Pick<Observation, 'category'>): boolean {
  return isCategory(o.category) && CATEGORIES[o.category].violation;
}

function weight(o: Observation): number {
  return o.quantity ?? 1;
}

function tally(map: Map<string, Tally>, region: string, o: Observation): void {
  if (!isViolation(o)) return;
  const t = map.get(region) ?? { violations: 0, explosions: 0 };
  t.violations += weight(o);
  if (EXPLOSIVE_CATEGORIES.includes(o.category)) t.explosions += weight(o);
  map.set(region, t);
}

function zero(): Estimate {
  return { low: 0, best: 0, high: 0 };
}

function max(a: Estimate, b: Estimate | undefined): Estimate {
  if (!b) return a;
  return { low: Math.max(a.low, b.low), best: Math.max(a.best, b.best), high: Math.max(a.high, b.high) };
}

function add(into: Estimate, e: Estimate): void {
  into.low += e.low;
  into.best += e.best;
  into.high += e.high;
}
