import type { GuarantorModule } from '../../platform/module.js';
import { DeliveriesService } from './deliveries.service.js';
import { DonorViewsService } from './donor-views.service.js';
import { donorViewsRoutes } from './donor-views.routes.js';
import { PledgesService } from './pledges.service.js';
import { pledgesRoutes } from './pledges.routes.js';
import { pledgesRepository } from './pledges.repository.js';
import { PriorityListsService } from './priority-lists.service.js';
import { priorityListsRoutes } from './priority-lists.routes.js';
import { RequirementsService } from './requirements.service.js';
import { requirementsRoutes } from './requirements.routes.js';
import { supportCli } from './support.cli.js';
import { loadSupportExercise } from './support.exercise.js';
import { supportMigrations } from './support.migrations.js';
import { presentDelivery, presentImport, presentPledge } from './support.present.js';
import { TrackerImportService } from './tracker-import.service.js';
import { trackerImportRoutes } from './tracker-import.routes.js';

declare module '../../platform/context.js' {
  interface Services {
    supportRequirements: RequirementsService;
    supportPriorityLists: PriorityListsService;
    supportPledges: PledgesService;
    supportDeliveries: DeliveriesService;
    supportDonors: DonorViewsService;
    supportTracker: TrackerImportService;
  }
}

/**
 * Support for Ukraine's armed forces (pillar 2): requirements and priority lists, aid pledges
 * in the tracker's measures, deliveries, capability coalitions, donor views, the Kiel import.
 */
export const supportModule: GuarantorModule = {
  name: 'support',
  migrations: supportMigrations,
  services(ctx) {
    ctx.services.supportRequirements = new RequirementsService(ctx);
    ctx.services.supportPriorityLists = new PriorityListsService(ctx);
    ctx.services.supportPledges = new PledgesService(ctx);
    ctx.services.supportDeliveries = new DeliveriesService(ctx);
    ctx.services.supportDonors = new DonorViewsService(ctx);
    ctx.services.supportTracker = new TrackerImportService(ctx);
    const ledger = ctx.services.ledger;
    ledger.registerTableSource('support.pledge', 'support_pledges', 'id', presentPledge);
    ledger.registerTableSource('support.delivery', 'support_deliveries', 'id', presentDelivery);
    // Tracker imports describe a public data set: visible to every party.
    ledger.registerSource(
      'support.tracker-import',
      async (db, ids) =>
        new Map((await pledgesRepository.importsByIds(db, ids)).map((r) => [r.id, presentImport(r)])),
      { visible: (_db, _viewer, ids) => Promise.resolve(new Set(ids)) },
    );
  },
  routes(app, ctx) {
    requirementsRoutes(app, ctx);
    priorityListsRoutes(app, ctx);
    pledgesRoutes(app, ctx);
    donorViewsRoutes(app, ctx);
    trackerImportRoutes(app, ctx);
  },
  cli: supportCli,
  exercise: loadSupportExercise,
  async overview(ctx, viewer) {
    const view = await ctx.services.supportDonors.donors(viewer, {});
    const sum = (f: (l: (typeof view.items)[number]) => number) => view.items.reduce((s, l) => s + f(l), 0);
    return [
      { key: 'support.donors', value: view.items.length },
      { key: 'support.allocationEur', value: sum((l) => l.allocationEur) },
      { key: 'support.deliveredEur', value: sum((l) => l.deliveredEur) },
    ];
  },
};
