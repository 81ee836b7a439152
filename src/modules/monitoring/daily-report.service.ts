import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import { invalidField } from '../../platform/http/problem.js';
import { DailyReportBuilder, previousDate, reportPeriod, type DailyReport } from './daily-report.js';
import { MAX_SERIES_DAYS, ViolationSeriesBuilder, type ViolationSeries } from './daily-report.series.js';

/** Settings of the daily report: `MONITORING_REPORT_CUTOFF` (HH:MM) and `MONITORING_REPORT_TIMEZONE`. */
export interface DailyReportSettings {
  cutoff: string;
  timeZone: string;
}

/** Reads the report settings from the environment (19:30 Europe/Kyiv by default, as the SMM). */
export function reportSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DailyReportSettings {
  return {
    cutoff: env.MONITORING_REPORT_CUTOFF || '19:30',
    timeZone: env.MONITORING_REPORT_TIMEZONE || 'Europe/Kyiv',
  };
}

/** Checks a cut-off (`HH:MM`) and an IANA time zone, naming the parameter at fault. */
export function checkReportSettings(cutoff: string, timeZone: string): void {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(cutoff))
    throw invalidField('/cutoff', 'must be HH:MM (24-hour clock)');
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw invalidField('/timeZone', `unknown time zone "${timeZone}"`);
  }
}

/** Checks a calendar date `YYYY-MM-DD`, naming the parameter at fault. */
function checkDate(date: string, pointer: string): void {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(day) ||
    new Date(day).toISOString().slice(0, 10) !== date
  ) {
    throw invalidField(pointer, 'must be a date YYYY-MM-DD');
  }
}

/**
 * Builds daily reports for a viewer: every figure comes from the observations and incidents
 * releasable to the viewer, read as streams (constant memory), so a national-only record of
 * one party never changes another party's report.
 */
export class DailyReportService {
  constructor(
    private readonly ctx: AppContext,
    private readonly settings: DailyReportSettings,
  ) {}

  /**
   * Violations per region for each report date from `first` to `last` (at most 92 days) and
   * for as many days before, from what the viewer may see: the charts of the reports page.
   */
  async series(viewer: Viewer, first: string, last: string): Promise<ViolationSeries> {
    checkDate(first, '/from');
    checkDate(last, '/to');
    if (last < first) throw invalidField('/to', 'must not be before from');
    const days = (Date.parse(last) - Date.parse(first)) / 86_400_000 + 1;
    if (days > MAX_SERIES_DAYS) throw invalidField('/to', `at most ${MAX_SERIES_DAYS} days after from`);
    const builder = new ViolationSeriesBuilder(first, last, this.settings.cutoff, this.settings.timeZone);
    const filter = { from: builder.from, to: builder.to, violation: true };
    for await (const o of this.ctx.services.observations.stream(viewer, filter, 5000)) builder.add(o);
    return builder.build();
  }

  /** The report of `date` (`YYYY-MM-DD`), with the deployment's cut-off unless overridden. */
  async build(
    viewer: Viewer,
    date: string,
    overrides: { cutoff?: string; timeZone?: string } = {},
  ): Promise<DailyReport> {
    checkDate(date, '/date');
    const cutoff = overrides.cutoff ?? this.settings.cutoff;
    const timeZone = overrides.timeZone ?? this.settings.timeZone;
    checkReportSettings(cutoff, timeZone);
    const period = reportPeriod(date, cutoff, timeZone);
    const previous = reportPeriod(previousDate(date), cutoff, timeZone);
    const builder = new DailyReportBuilder(period);
    const observations = this.ctx.services.observations;
    for await (const o of observations.stream(viewer, { from: period.from, to: period.to })) builder.add(o);
    for await (const o of observations.stream(viewer, { from: previous.from, to: previous.to })) {
      builder.addPrevious(o);
    }
    let cursor: string | undefined;
    do {
      const page = await this.ctx.services.incidents.query(viewer, {
        from: period.from,
        to: period.to,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      // Incidents that began in the period belong to it; older ones were reported already.
      for (const i of page.items)
        if (i.startedAt >= period.from && i.startedAt < period.to) builder.addIncident(i);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return builder.build();
  }
}
