import type { GuarantorModule } from '../../platform/module.js';
import { commitmentsMigrations } from './commitments.migrations.js';
import { CommitmentsService } from './commitments.service.js';
import { commitmentsRoutes } from './commitments.routes.js';
import { approvalsRoutes } from './approvals.routes.js';
import { registerLedgerSources } from './commitments.ledger.js';

/**
 * The commitments core of pillars 2–5: promises by parties, their conditions, lifecycle,
 * domestic approvals and the conditions engine.
 */
export const commitmentsModule: GuarantorModule = {
  name: 'commitments',
  migrations: commitmentsMigrations,
  services(ctx) {
    ctx.services.commitments = new CommitmentsService(ctx);
    registerLedgerSources(ctx);
  },
  routes(app, ctx) {
    commitmentsRoutes(app, ctx);
    approvalsRoutes(app, ctx);
  },
  async overview(ctx, viewer) {
    const { counts } = await ctx.services.commitments.resolve(viewer);
    return [
      { key: 'commitments.visible', value: await ctx.services.commitments.count(viewer) },
      { key: 'commitments.firm', value: counts.firm ?? 0 },
      { key: 'commitments.pending', value: counts['conditional-pending'] ?? 0 },
      { key: 'commitments.failed', value: counts.failed ?? 0 },
    ];
  },
};
