import { visibleIdsIn } from '../../platform/access/releasability.js';
import type { GuarantorModule } from '../../platform/module.js';
import { conflictsRoutes } from './conflicts.routes.js';
import { deconflictionCli } from './deconfliction.cli.js';
import { loadDeconflictionExercise } from './deconfliction.exercise.js';
import { deconflictionMigrations } from './deconfliction.migrations.js';
import { deconflictionRepository as repo } from './deconfliction.repository.js';
import { DeconflictionService } from './deconfliction.service.js';
import { notificationsRoutes } from './notifications.routes.js';

declare module '../../platform/context.js' {
  interface Services {
    deconfliction: DeconflictionService;
  }
}

/** Deconfliction: notifications, receipts, conflict detection, hotline. */
export const deconflictionModule: GuarantorModule = {
  name: 'deconfliction',
  migrations: deconflictionMigrations,
  services(ctx) {
    ctx.services.deconfliction = new DeconflictionService(ctx);
    // Ledger content is the stored row, so the audit reloads rows as they are now.
    const ledger = ctx.services.ledger;
    ledger.registerSource(
      'deconfliction.notification',
      async (db, ids) => new Map((await repo.notificationsUnfiltered(db, ids)).map((r) => [r.id, r])),
      { visible: (db, viewer, ids) => visibleIdsIn(db, viewer, 'deconfliction_notifications', 'id', ids) },
    );
    ledger.registerSource(
      'deconfliction.receipt',
      async (db, ids) =>
        new Map((await repo.receiptsByKeys(db, ids)).map((r) => [`${r.notification_id}:${r.party}`, r])),
    );
    ledger.registerSource(
      'deconfliction.conflict',
      async (db, ids) => new Map((await repo.conflictsUnfiltered(db, ids)).map((r) => [r.id, r])),
      { visible: (db, viewer, ids) => repo.fullyVisibleConflictIds(db, viewer, ids) },
    );
    ledger.registerSource(
      'deconfliction.conflict-ack',
      async (db, ids) =>
        new Map((await repo.conflictAcksByKeys(db, ids)).map((r) => [`${r.conflict_id}:${r.party}`, r])),
    );
    ledger.registerSource(
      'deconfliction.hotline',
      async (db, ids) => new Map((await repo.hotlineUnfiltered(db, ids)).map((r) => [r.id, r])),
      { visible: (db, viewer, ids) => visibleIdsIn(db, viewer, 'deconfliction_hotline', 'id', ids) },
    );
  },
  routes(app, ctx) {
    notificationsRoutes(app, ctx);
    conflictsRoutes(app, ctx);
  },
  cli: deconflictionCli,
  exercise: loadDeconflictionExercise,
  async overview(ctx, viewer) {
    return [
      {
        key: 'deconfliction.liveNotifications',
        value: await ctx.services.deconfliction.notifications.countLive(viewer),
      },
    ];
  },
};
