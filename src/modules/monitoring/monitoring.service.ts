import { cellToParent, getResolution } from 'h3-js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import type { Headline } from '../../platform/module.js';
import { invalidField } from '../../platform/http/problem.js';
import { observationsRepository, type ObservationFilter } from './observations.repository.js';
import { H3_RESOLUTION } from './observations.present.js';
import { AWAITING_VERIFICATION } from './workflow.js';

/** One H3 cell of a map aggregate. */
export interface H3Cell {
  cell: string;
  count: number;
  quantity: number;
  violations: number;
}

/** Map aggregates and headline figures of the monitoring engine. */
export class MonitoringService {
  constructor(private readonly ctx: AppContext) {}

  /**
   * Observations the viewer may see, counted per H3 cell at `resolution` (0–8): grouped by
   * the stored resolution-8 cell in SQL, then rolled up to the parent cell.
   */
  async h3(viewer: Viewer, filter: ObservationFilter, resolution: number): Promise<H3Cell[]> {
    if (!Number.isInteger(resolution) || resolution < 0 || resolution > H3_RESOLUTION) {
      throw invalidField('/resolution', `must be an integer from 0 to ${H3_RESOLUTION}`);
    }
    const rows = await observationsRepository.byH3(this.ctx.db, viewer, filter);
    const cells = new Map<string, H3Cell>();
    for (const r of rows) {
      const cell = getResolution(r.h3) === resolution ? r.h3 : cellToParent(r.h3, resolution);
      const c = cells.get(cell) ?? { cell, count: 0, quantity: 0, violations: 0 };
      c.count += r.n;
      c.quantity += r.q;
      c.violations += r.v;
      cells.set(cell, c);
    }
    return [...cells.values()].sort((a, b) => b.count - a.count || (a.cell < b.cell ? -1 : 1));
  }

  /**
   * Headline figures: ceasefire violations (sum of reported quantities of violation
   * observations) in the last 24 hours and 7 days with the change against the period before,
   * incidents awaiting verification and incidents referred to the Special Commission.
   */
  async overview(viewer: Viewer, now: number = Date.now()): Promise<Headline[]> {
    const iso = (ms: number) => new Date(ms).toISOString();
    const violations = async (from: number, to: number) =>
      (
        await observationsRepository.count(this.ctx.db, viewer, {
          violation: true,
          from: iso(from),
          to: iso(to),
        })
      ).quantity;
    const day = 86_400_000;
    const [d1, d0, w1, w0] = await Promise.all([
      violations(now - day, now),
      violations(now - 2 * day, now - day),
      violations(now - 7 * day, now),
      violations(now - 14 * day, now - 7 * day),
    ]);
    const incidents = this.ctx.services.incidents;
    return [
      { key: 'monitoring.violations24h', value: d1, change: d1 - d0 },
      { key: 'monitoring.violations7d', value: w1, change: w1 - w0 },
      {
        key: 'monitoring.incidentsAwaitingVerification',
        value: await incidents.count(viewer, { status: AWAITING_VERIFICATION }),
      },
      { key: 'monitoring.referrals', value: await incidents.count(viewer, { status: ['referred'] }) },
    ];
  }
}
