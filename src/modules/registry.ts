import type { AppContext } from '../platform/context.js';
import type { GuarantorModule } from '../platform/module.js';
import { auditModule } from '../platform/audit/audit.module.js';
import { buildServer, type ServerOptions } from '../platform/http/server.js';
import { statusRoutes } from '../platform/http/status.routes.js';
import type { App } from '../platform/http/app-type.js';
import { coalitionModule } from './coalition/coalition.module.js';
import { ledgerModule } from './ledger/ledger.module.js';
import { monitoringModule } from './monitoring/monitoring.module.js';
import { monitoringOutputsModule } from './monitoring/outputs.module.js';
import { commitmentsModule } from './commitments/commitments.module.js';
import { forceModule } from './force/force.module.js';
import { guaranteesModule } from './guarantees/guarantees.module.js';
import { supportModule } from './support/support.module.js';
import { agreementsModule } from './agreements/agreements.module.js';
import { deconflictionModule } from './deconfliction/deconfliction.module.js';

/**
 * Every module, in dependency order: a module may use the services of those before it.
 * Migration names carry fixed numbers: 00 platform, 01 coalition, 02 ledger, 03 monitoring,
 * 04 commitments, 05 force, 06 support, 07 guarantees, 08 agreements, 09 deconfliction.
 */
export const MODULES: readonly GuarantorModule[] = [
  auditModule,
  coalitionModule,
  ledgerModule,
  monitoringModule,
  monitoringOutputsModule,
  commitmentsModule,
  forceModule,
  guaranteesModule,
  supportModule,
  agreementsModule,
  deconflictionModule,
];

/** Builds the HTTP server with every module's routes. */
export async function createServer(ctx: AppContext, options: ServerOptions = {}): Promise<App> {
  const app = await buildServer(ctx, MODULES, ctx.services.accounts, options);
  statusRoutes(app, ctx, MODULES);
  return app;
}
