import type { GuarantorModule } from '../../platform/module.js';
import { visibleTo } from '../../platform/access/releasability.js';
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
    ctx.services.ledger.registerSource(
      'agreement',
      async (db, ids) => {
        const rows = ids.length
          ? await db.selectFrom('agreements').selectAll().where('id', 'in', ids).execute()
          : [];
        return new Map(rows.map((r) => [r.id, presentAgreement(r, [])]));
      },
      {
        visible: async (db, viewer, ids) =>
          new Set(
            ids.length === 0
              ? []
              : (
                  await db
                    .selectFrom('agreements as a')
                    .select('a.id')
                    .where(visibleTo(viewer, 'a'))
                    .where('a.id', 'in', ids)
                    .execute()
                ).map((r) => r.id),
          ),
      },
    );
    ctx.services.ledger.registerSource(
      'agreement.clause',
      async (db, ids) =>
        new Map((await agreementsRepository.clausesByIds(db, ids)).map((r) => [r.id, presentClause(r)])),
      {
        visible: async (db, viewer, ids) =>
          new Set(
            ids.length === 0
              ? []
              : (
                  await db
                    .selectFrom('agreement_clauses as c')
                    .select('c.id')
                    .where(visibleTo(viewer, 'c'))
                    .where('c.id', 'in', ids)
                    .execute()
                ).map((r) => r.id),
          ),
      },
    );
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
