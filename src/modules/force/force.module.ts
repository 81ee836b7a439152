import type { GuarantorModule } from '../../platform/module.js';
import { forceMigrations } from './force.migrations.js';
import { ForceService } from './force.service.js';
import { forceRepository } from './force.repository.js';
import { BoardService } from './board.service.js';
import { boardRoutes, forceRoutes } from './force.routes.js';
import { loadForceExercise } from './force.exercise.js';
import { recordOffers, registerForceLedgerSources } from './force.ledger.js';

declare module '../../platform/context.js' {
  interface Services {
    force: ForceService;
    forceBoard: BoardService;
  }
}

/** The multinational force: requirement lines, offers, readiness, caveats, transfers of authority, the board. */
export const forceModule: GuarantorModule = {
  name: 'force',
  migrations: forceMigrations,
  services(ctx) {
    ctx.services.force = new ForceService(ctx);
    ctx.services.forceBoard = new BoardService(ctx);
    // An offer is released as its commitment is: a later change of the commitment carries
    // over, and the offers' new releasability goes into the ledger with it.
    ctx.services.commitments.onReleasabilityChange(async (trx, id, cols) => {
      await forceRepository.releaseOffersAs(trx, id, cols);
      await recordOffers(ctx, trx, await forceRepository.offersOfCommitment(trx, id));
    });
    registerForceLedgerSources(ctx);
  },
  routes(app, ctx) {
    forceRoutes(app, ctx);
    boardRoutes(app, ctx);
  },
  exercise: loadForceExercise,
  async overview(ctx, viewer) {
    const board = await ctx.services.forceBoard.board(viewer);
    return [
      { key: 'force.personnelRequired', value: board.personnel.required },
      { key: 'force.personnelFirm', value: board.personnel.firm },
      { key: 'force.personnelConditional', value: board.personnel.conditional },
    ];
  },
};
