import { isViolation, previousDate, reportPeriod, UNASSIGNED, type ReportPeriod } from './daily-report.js';
import type { Observation } from './monitoring.schemas.js';

/** Longest range of report dates one series may cover (a quarter). */
export const MAX_SERIES_DAYS = 92;

/** Violations per region for each report date of a range and of the range before it. */
export interface ViolationSeries {
  /** Report dates `YYYY-MM-DD`, oldest first. */
  dates: string[];
  /** The dates of the previous period, same length, aligned with `dates`. */
  previousDates: string[];
  /** Start of the previous period and end of the range, ISO 8601 UTC. */
  from: string;
  to: string;
  /** One row per region (sector), regions with most violations first. */
  regions: { region: string; violations: number[]; previous: number[] }[];
  /** True when any figure rests on exercise data. */
  exercise: boolean;
}

/** Report dates from `first` to `last` inclusive (`YYYY-MM-DD`). */
export function reportDates(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${first}T12:00:00Z`); t <= Date.parse(`${last}T12:00:00Z`); t += 86_400_000)
    dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}

/**
 * Tallies violations per region and report day over a range of dates and the range of the
 * same length before it, with the daily report's own rules (report periods between cut-offs,
 * regions are sectors, a violation counts its reported quantity). Feed it the observations of
 * `[from, to)` in any order, then `build`.
 */
export class ViolationSeriesBuilder {
  readonly dates: string[];
  readonly previousDates: string[];
  private readonly periods: ReportPeriod[];
  private readonly counts = new Map<string, number[]>();
  private exercise = false;

  constructor(first: string, last: string, cutoff: string, timeZone: string) {
    this.dates = reportDates(first, last);
    let before = previousDate(first);
    const previous: string[] = [];
    for (let i = 0; i < this.dates.length; i++, before = previousDate(before)) previous.unshift(before);
    this.previousDates = previous;
    this.periods = [...previous, ...this.dates].map((d) => reportPeriod(d, cutoff, timeZone));
  }

  /** Start of the earliest period (exclusive cut-off of the day before). */
  get from(): string {
    return this.periods[0]!.from;
  }
  /** End of the latest period. */
  get to(): string {
    return this.periods.at(-1)!.to;
  }

  /** Counts one observation in its report day, when it is a violation inside the range. */
  add(o: Observation): void {
    if (!isViolation(o)) return;
    const at = o.observedAt;
    // Periods are contiguous and ordered: binary search for the one holding `at`.
    let lo = 0;
    let hi = this.periods.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.periods[mid]!;
      if (at < p.from) hi = mid - 1;
      else if (at >= p.to) lo = mid + 1;
      else {
        const region = o.tags.sector ?? UNASSIGNED;
        let row = this.counts.get(region);
        if (!row) this.counts.set(region, (row = new Array<number>(this.periods.length).fill(0)));
        row[mid]! += o.quantity ?? 1;
        this.exercise ||= o.exercise;
        return;
      }
    }
  }

  /** The series, regions with the most violations in the range first. */
  build(): ViolationSeries {
    const n = this.dates.length;
    const regions = [...this.counts].map(([region, row]) => ({
      region,
      violations: row.slice(n),
      previous: row.slice(0, n),
    }));
    const total = (r: { violations: number[] }) => r.violations.reduce((a, b) => a + b, 0);
    regions.sort((a, b) => total(b) - total(a) || a.region.localeCompare(b.region));
    return {
      dates: this.dates,
      previousDates: this.previousDates,
      from: this.from,
      to: this.to,
      regions,
      exercise: this.exercise,
    };
  }
}
