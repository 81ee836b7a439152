import type { GuarantorModule } from '../../platform/module.js';
import { agreementsMigrations } from './agreements.migrations.js';
import { agreementsRepository } from './agreements.repository.js';
import { agreementsRoutes } from './agreements.routes.js';
import { AgreementsService } from './agreements.service.js';
import { loadAgreementsExercise } from './agreements.exercise.js';
import { presentAgreement, presentClause } from './agreements.present.js';

declare module '../../platform/context.js' {
  interface Services {
    agreements: AgreementsService;
  }
}

/** Long-term bilateral defence agreements (pillar 5): registry, obligations, fulfilment. */
export const agreementsModule: GuarantorModule = {
  name: 'agreements',
  migrations: agreementsMigrations,
  services(ctx) {
    const service = new AgreementsService(ctx);
    ctx.services.agreements = service;
    ctx.services.supportPledges.setAgreementLookup(
      async (db, viewer, id) => (await agreementsRepository.get(db, viewer, id)) !== undefined,
    );
    ctx.services.ledger.registerTableSource('agreement', 'agreements', 'id', (r) => presentAgreement(r, []));
    ctx.services.ledger.registerTableSource('agreement.clause', 'agreement_clauses', 'id', presentClause);
  },
  routes: agreementsRoutes,
  exercise: loadAgreementsExercise,
  async overview(ctx, viewer) {
    const list = await ctx.services.agreements.list(viewer);
    return [
      { key: 'agreements.count', value: list.length },
      { key: 'agreements.reminders', value: (await ctx.services.agreements.reminders(viewer)).length },
    ];
  },
};
