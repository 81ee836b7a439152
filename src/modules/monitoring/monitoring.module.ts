import type { GuarantorModule } from '../../platform/module.js';
import { visibleIdsIn, visibleTo } from '../../platform/access/releasability.js';
import { DEFAULT_CORROBORATION, type CorroborationOptions } from './corroborate.js';
import { IncidentsService } from './incidents.service.js';
import { loadMonitoringExercise } from './monitoring.exercise.js';
import { monitoringMigrations } from './monitoring.migrations.js';
import { monitoringRoutes } from './monitoring.routes.js';
import { MonitoringService } from './monitoring.service.js';
import { observationColumnsDisagreeing } from './observations.ledger.js';
import { ObservationsService, observationLedgerContent } from './observations.service.js';
import { ZonesService } from './zones.service.js';

declare module '../../platform/context.js' {
  interface Services {
    observations: ObservationsService;
    incidents: IncidentsService;
    zones: ZonesService;
    monitoring: MonitoringService;
  }
}

/**
 * Corroboration distance and window from the environment:
 * `MONITORING_CORROBORATION_DISTANCE_M` (default 2000) and
 * `MONITORING_CORROBORATION_WINDOW_MINUTES` (default 120).
 */
export function corroborationFromEnv(env: NodeJS.ProcessEnv = process.env): CorroborationOptions {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`${name} must be a positive number, got "${raw}"`);
    return value;
  };
  return {
    distanceM: number('MONITORING_CORROBORATION_DISTANCE_M', DEFAULT_CORROBORATION.distanceM),
    windowMs:
      number('MONITORING_CORROBORATION_WINDOW_MINUTES', DEFAULT_CORROBORATION.windowMs / 60_000) * 60_000,
  };
}

/** Ceasefire monitoring: observations, zones, corroborated incidents and their verification. */
export const monitoringModule: GuarantorModule = {
  name: 'monitoring',
  migrations: monitoringMigrations,
  services(ctx) {
    const zones = new ZonesService(ctx);
    ctx.services.zones = zones;
    ctx.services.observations = new ObservationsService(ctx, zones, corroborationFromEnv());
    ctx.services.incidents = new IncidentsService(ctx);
    ctx.services.monitoring = new MonitoringService(ctx);
    ctx.services.ledger.registerSource(
      'observation',
      async (db, ids) => {
        const rows = await db
          .selectFrom('observations')
          .select(['id', 'owner_party', 'body_json'])
          .where('id', 'in', ids)
          .execute();
        return new Map(rows.map((r) => [r.id, observationLedgerContent(r)]));
      },
      {
        visible: (db, viewer, ids) => visibleIdsIn(db, viewer, 'observations', 'id', ids),
        derived: async (db, ids) => {
          const rows = await db.selectFrom('observations').selectAll().where('id', 'in', ids).execute();
          return new Map(rows.map((r) => [r.id, observationColumnsDisagreeing(r)]));
        },
      },
    );
    // An incident's revisions and comments are proven to the parties that may see the
    // incident (and, for a comment, the comment itself).
    const revisionKeys = (ids: string[]) =>
      ids.map((id) => {
        const at = id.lastIndexOf('#');
        return { id, incident: id.slice(0, at), revision: Number(id.slice(at + 1)) };
      });
    ctx.services.ledger.registerSource(
      'incident.revision',
      async (db, ids) => {
        const keys = revisionKeys(ids);
        if (keys.length === 0) return new Map();
        const rows = await db
          .selectFrom('incident_revisions')
          .selectAll()
          .where(
            'incident_id',
            'in',
            keys.map((k) => k.incident),
          )
          .execute();
        const wanted = new Set(ids);
        return new Map(
          rows.map((r) => [`${r.incident_id}#${r.revision}`, r] as const).filter(([k]) => wanted.has(k)),
        );
      },
      {
        visible: async (db, viewer, ids) => {
          const keys = revisionKeys(ids);
          const seen = await visibleIdsIn(
            db,
            viewer,
            'incidents',
            'id',
            keys.map((k) => k.incident),
          );
          return new Set(keys.filter((k) => seen.has(k.incident)).map((k) => k.id));
        },
      },
    );
    ctx.services.ledger.registerSource(
      'incident.comment',
      async (db, ids) => {
        if (ids.length === 0) return new Map();
        const rows = await db.selectFrom('incident_comments').selectAll().where('id', 'in', ids).execute();
        return new Map(rows.map((r) => [r.id, r]));
      },
      {
        visible: async (db, viewer, ids) => {
          if (ids.length === 0) return new Set();
          const rows = await db
            .selectFrom('incident_comments as c')
            .innerJoin('incidents as i', 'i.id', 'c.incident_id')
            .select('c.id')
            .where('c.id', 'in', ids)
            .where(visibleTo(viewer, 'c'))
            .where(visibleTo(viewer, 'i'))
            .execute();
          return new Set(rows.map((r) => r.id));
        },
      },
    );
  },
  routes: monitoringRoutes,
  exercise: loadMonitoringExercise,
  overview: (ctx, viewer) => ctx.services.monitoring.overview(viewer),
};
