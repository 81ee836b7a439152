import type { GuarantorModule } from '../../platform/module.js';
import { presentTrigger } from './guarantees.present.js';
import { ActivationsService } from './activations.service.js';
import { activationsRoutes } from './activations.routes.js';
import { AnalysisService } from './analysis.service.js';
import { analysisRoutes } from './analysis.routes.js';
import { loadGuaranteesExercise } from './guarantees.exercise.js';
import { guaranteesMigrations } from './guarantees.migrations.js';
import { ResponsesService } from './responses.service.js';
import { TriggersService } from './triggers.service.js';
import { triggersRoutes } from './triggers.routes.js';

/** The guarantees module's services, reached by other modules as `ctx.services.guarantees`. */
export interface GuaranteesServices {
  triggers: TriggersService;
  activations: ActivationsService;
  responses: ResponsesService;
  analysis: AnalysisService;
}

declare module '../../platform/context.js' {
  interface Services {
    guarantees: GuaranteesServices;
  }
}

/** Guarantees: triggers, response commitments, activations and their clocks, simulation, pivotality. */
export const guaranteesModule: GuarantorModule = {
  name: 'guarantees',
  migrations: guaranteesMigrations,
  services(ctx) {
    const activations = new ActivationsService(ctx);
    const responses = new ResponsesService(ctx);
    const triggers = new TriggersService(ctx, activations);
    ctx.services.guarantees = {
      triggers,
      activations,
      responses,
      analysis: new AnalysisService(ctx, responses),
    };
    // Triggers are ledgered as their API form, which only their own edits change. Responses,
    // clocks and activations carry parts of other records (a response its commitment) and
    // are proven by their leaves without being reloaded by the audit.
    ctx.services.ledger.registerTableSource('guarantee.trigger', 'guarantee_triggers', 'id', presentTrigger);
    // Continuous evaluation: every verified incident re-evaluates the enabled triggers.
    triggers.listen();
  },
  routes(app, ctx) {
    const g = ctx.services.guarantees;
    triggersRoutes(app, ctx, g.triggers);
    activationsRoutes(app, g.activations);
    analysisRoutes(app, g.responses, g.analysis);
  },
  exercise: loadGuaranteesExercise,
  async overview(ctx, viewer) {
    const open = await ctx.services.guarantees.activations.list(viewer, { status: 'proposed', limit: 1000 });
    const responses = await ctx.services.guarantees.responses.list(viewer);
    return [
      { key: 'guarantees.proposedActivations', value: open.items.length },
      { key: 'guarantees.responseCommitments', value: responses.length },
    ];
  },
};
