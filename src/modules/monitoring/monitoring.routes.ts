import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { ReleasabilitySchema } from '../../platform/access/releasability.js';
import { incidentsRoutes } from './incidents.routes.js';
import { ZoneFeatureSchema, ZoneSetInputSchema } from './monitoring.schemas.js';
import { observationsRoutes } from './observations.routes.js';
import {
  CATEGORIES,
  LOCATION_PRECISIONS,
  RELIABILITY,
  SOURCE_KINDS,
  TIME_PRECISIONS,
  WEAPON_CLASSES,
} from './taxonomy.js';
import { WORKFLOW } from './workflow.js';

const ZoneSetSchema = Type.Object({
  type: Type.Literal('FeatureCollection'),
  version: Type.Integer(),
  createdAt: Type.String(),
  createdBy: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
  exercise: Type.Boolean(),
  features: Type.Array(ZoneFeatureSchema),
});

/** Every route of the monitoring engine: observations, incidents, zones and the taxonomy. */
export function monitoringRoutes(app: App, ctx: AppContext): void {
  observationsRoutes(app, ctx);
  incidentsRoutes(app, ctx);
  const zones = ctx.services.zones;
  app.get(
    '/api/v1/zones',
    {
      schema: {
        tags: ['monitoring'],
        summary:
          'The zone set (line of contact, buffer zones, disengagement areas, withdrawal lines, sectors) as GeoJSON',
        querystring: Type.Object({
          version: Type.Optional(Type.Integer({ minimum: 1, description: 'Default: the latest' })),
        }),
        response: withProblems({ 200: ZoneSetSchema }),
      },
    },
    (req) => zones.get(viewerOf(req), req.query.version),
  );
  app.put(
    '/api/v1/zones',
    {
      bodyLimit: ctx.config.batchBodyLimitBytes,
      schema: {
        tags: ['monitoring'],
        summary:
          'Store a new version of the zone set from a GeoJSON FeatureCollection (coordinators, verifiers)',
        body: ZoneSetInputSchema,
        response: withProblems({ 201: ZoneSetSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await zones.put(viewerOf(req), req.body)),
  );
  app.get(
    '/api/v1/zones/versions',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Versions of the zone set, newest first',
        response: withProblems({
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                version: Type.Integer(),
                createdAt: Type.String(),
                createdBy: Type.String(),
                note: Type.Union([Type.String(), Type.Null()]),
                exercise: Type.Boolean(),
                releasability: ReleasabilitySchema,
              }),
            ),
            nextCursor: Type.Null(),
          }),
        }),
      },
    },
    async (req) => ({ items: await zones.versions(viewerOf(req)), nextCursor: null }),
  );
  app.get(
    '/api/v1/monitoring/taxonomy',
    {
      schema: {
        tags: ['monitoring'],
        summary:
          'Categories and sub-types (SMM/ACLED-compatible), source kinds, Admiralty grades, weapon classes, workflow',
        response: withProblems({ 200: Type.Object({}, { additionalProperties: true }) }),
      },
    },
    () => ({
      categories: CATEGORIES,
      sourceKinds: SOURCE_KINDS,
      reliability: RELIABILITY,
      credibility: [1, 2, 3, 4, 5, 6],
      timePrecisions: TIME_PRECISIONS,
      locationPrecisions: LOCATION_PRECISIONS,
      weaponClasses: WEAPON_CLASSES,
      workflow: WORKFLOW,
    }),
  );
}
