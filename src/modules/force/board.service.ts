import type { AppContext } from '../../platform/context.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { WhatIf } from '../commitments/resolve-conditions.js';
import { computeBoard, type Board } from './force-board.js';
import { optimiseSourcing, type SourcingPlan } from './optimise-sourcing.js';
import { boardLine, boardOffer } from './force.present.js';
import { offersCsv, requirementsCsv } from './force-csv.js';

/** The force generation board, the sourcing optimiser and the CSV exports, per viewer. */
export class BoardService {
  constructor(private readonly ctx: AppContext) {}

  private async inputs(viewer: Viewer, whatIf: WhatIf) {
    const force = this.ctx.services.force;
    const [lines, offers, resolution] = await Promise.all([
      force.lines(viewer),
      force.offers(viewer),
      this.ctx.services.commitments.resolve(viewer, whatIf),
    ]);
    const states = new Map(resolution.items.map((r) => [r.id, r.state]));
    return { lines, offers, states, exercise: resolution.exercise || lines.some((l) => l.exercise) };
  }

  /** Fill per line and domain, firm and conditional apart, under optional what-if. */
  async board(viewer: Viewer, whatIf: WhatIf = {}): Promise<Board & { exercise: boolean }> {
    const { lines, offers, states, exercise } = await this.inputs(viewer, whatIf);
    return { ...computeBoard(lines.map(boardLine), offers.map(boardOffer), states), exercise };
  }

  /** Proposed acceptances of offers against lines (HiGHS), with reasons. */
  async optimise(viewer: Viewer, whatIf: WhatIf = {}): Promise<SourcingPlan & { exercise: boolean }> {
    const { lines, offers, states, exercise } = await this.inputs(viewer, whatIf);
    return { ...(await optimiseSourcing(lines.map(boardLine), offers.map(boardOffer), states)), exercise };
  }

  /** CSV of the statement of requirements or of the offers, as the viewer may see them. */
  async csv(viewer: Viewer, what: 'requirements' | 'offers'): Promise<string> {
    const force = this.ctx.services.force;
    const lines = await force.lines(viewer);
    return what === 'requirements' ? requirementsCsv(lines) : offersCsv(await force.offers(viewer), lines);
  }
}
