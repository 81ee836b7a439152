import type { GuarantorModule } from '../../platform/module.js';
import { AlertsService } from './alerts.service.js';
import { alertsRoutes } from './alerts.routes.js';
import { CaseFileService } from './case-file.service.js';
import { DailyReportService, reportSettingsFromEnv } from './daily-report.service.js';
import { ExportsService } from './exports.service.js';
import { outputsCli } from './outputs.cli.js';
import { MapPointsService } from './outputs.map-points.js';
import { ImportsService } from './outputs.imports.js';
import { outputsMigrations } from './outputs.migrations.js';
import { outputsRoutes } from './outputs.routes.js';
import { outputsViewRoutes } from './outputs.view-routes.js';

declare module '../../platform/context.js' {
  interface Services {
    monitoringImports: ImportsService;
    monitoringExports: ExportsService;
    dailyReports: DailyReportService;
    caseFiles: CaseFileService;
    mapPoints: MapPointsService;
    alerts: AlertsService;
  }
}

/**
 * The outputs of ceasefire monitoring, built on the monitoring core's services: imports
 * (ACLED CSV, Cursor on Target, GeoJSON), streaming exports, the daily report, case files
 * for the Special Commission, and alerts with saved searches (SSE and signed webhooks).
 */
export const monitoringOutputsModule: GuarantorModule = {
  name: 'monitoring-outputs',
  migrations: outputsMigrations,
  services(ctx) {
    ctx.services.monitoringImports = new ImportsService(ctx);
    ctx.services.monitoringExports = new ExportsService(ctx);
    ctx.services.dailyReports = new DailyReportService(ctx, reportSettingsFromEnv());
    ctx.services.caseFiles = new CaseFileService(ctx);
    ctx.services.mapPoints = new MapPointsService(ctx);
    ctx.services.alerts = new AlertsService(ctx);
  },
  routes(app, ctx) {
    outputsRoutes(app, ctx);
    outputsViewRoutes(app, ctx);
    alertsRoutes(app, ctx);
    ctx.services.alerts.start();
    app.addHook('onClose', () => ctx.services.alerts.stop());
  },
  cli: outputsCli,
};
