import type { GuarantorModule } from '../module.js';
import { auditMigrations } from './audit.migrations.js';
import { auditRoutes } from './audit.routes.js';

/** The platform's own tables and routes: audit trail and settings. */
export const auditModule: GuarantorModule = {
  name: 'audit',
  migrations: auditMigrations,
  routes: auditRoutes,
};
