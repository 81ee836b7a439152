import type { GuarantorModule } from '../../platform/module.js';
import { AccountsService } from './accounts.service.js';
import { accountsRoutes } from './accounts.routes.js';
import { coalitionCli } from './coalition.cli.js';
import { loadCoalitionExercise } from './coalition.exercise.js';
import { coalitionMigrations } from './coalition.migrations.js';
import { PartiesService } from './parties.service.js';
import { partiesRoutes } from './parties.routes.js';

declare module '../../platform/context.js' {
  interface Services {
    parties: PartiesService;
    accounts: AccountsService;
  }
}

/** The coalition registry: parties, representatives, users, roles and API tokens. */
export const coalitionModule: GuarantorModule = {
  name: 'coalition',
  migrations: coalitionMigrations,
  services(ctx) {
    ctx.services.parties = new PartiesService(ctx.db);
    ctx.services.accounts = new AccountsService(ctx.db, ctx.config.sessionTtlSeconds);
  },
  routes(app, ctx) {
    accountsRoutes(app, ctx);
    partiesRoutes(app, ctx);
  },
  cli: coalitionCli,
  exercise: loadCoalitionExercise,
  async overview(ctx, viewer) {
    return [
      { key: 'coalition.parties', value: await ctx.services.parties.count() },
      { key: 'coalition.users', value: await ctx.services.accounts.countUsers() },
      { key: 'coalition.usersOfParty', value: await ctx.services.accounts.countUsers(viewer.party) },
    ];
  },
};
