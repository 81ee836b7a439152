import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { Page, PageQuery, withProblems } from '../../platform/http/schemas.js';
import { incidentFeature } from './incidents.present.js';
import type { IncidentFilter } from './incidents.repository.js';
import {
  AreaTimeQuery,
  CommentInputSchema,
  FormatQuery,
  INCIDENT_STATUSES,
  IncidentCommentSchema,
  IncidentRevisionSchema,
  IncidentSchema,
  orGeoJson,
  TransitionInputSchema,
} from './monitoring.schemas.js';
import { parseBbox } from './observations.routes.js';

const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

const IncidentListQuery = Type.Object({
  ...AreaTimeQuery,
  ...PageQuery,
  ...FormatQuery,
  status: Type.Optional(
    Type.Array(Type.Union(INCIDENT_STATUSES.map((s) => Type.Literal(s))), {
      description: 'One or more statuses (repeat the parameter or separate by commas)',
    }),
  ),
  minSeverity: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
});

function incidentFilter(q: {
  bbox?: string;
  from?: string;
  to?: string;
  status?: string[];
  category?: string;
  zone?: string;
  sector?: string;
  minSeverity?: number;
  exercise?: boolean;
}): IncidentFilter {
  const bbox = parseBbox(q.bbox);
  return {
    ...(bbox ? { bbox } : {}),
    ...(q.from ? { from: new Date(q.from).toISOString() } : {}),
    ...(q.to ? { to: new Date(q.to).toISOString() } : {}),
    ...(q.status ? { status: q.status.flatMap((s) => s.split(',')) } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(q.zone ? { zone: q.zone } : {}),
    ...(q.sector ? { sector: q.sector } : {}),
    ...(q.minSeverity ? { minSeverity: q.minSeverity } : {}),
    ...(q.exercise !== undefined ? { exercise: q.exercise } : {}),
  };
}

/** Routes of incidents: lists, GeoJSON, counts, history, the workflow, comments and disputes. */
export function incidentsRoutes(app: App, ctx: AppContext): void {
  const incidents = ctx.services.incidents;
  app.get(
    '/api/v1/incidents',
    {
      schema: {
        tags: ['monitoring'],
        summary:
          'Incidents by bounding box, time (span overlaps), status, category, zone; newest first; format=geojson',
        querystring: IncidentListQuery,
        response: withProblems({ 200: orGeoJson(Page(IncidentSchema)) }),
      },
    },
    async (req) => {
      const page = await incidents.query(viewerOf(req), {
        ...incidentFilter(req.query),
        ...(req.query.cursor ? { cursor: req.query.cursor } : {}),
        ...(req.query.limit ? { limit: req.query.limit } : {}),
      });
      if (req.query.format === 'geojson') {
        return {
          type: 'FeatureCollection' as const,
          features: page.items.map(incidentFeature),
          nextCursor: page.nextCursor,
        };
      }
      return page;
    },
  );
  app.get(
    '/api/v1/incidents/count',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Number of incidents the caller may see under the filters',
        querystring: Type.Omit(IncidentListQuery, ['cursor', 'limit', 'format']),
        response: withProblems({ 200: Type.Object({ count: Type.Integer() }) }),
      },
    },
    async (req) => ({ count: await incidents.count(viewerOf(req), incidentFilter(req.query)) }),
  );
  app.get(
    '/api/v1/incidents/:id',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'One incident with its observation ids',
        params: IdParams,
        response: withProblems({ 200: IncidentSchema }),
      },
    },
    (req) => incidents.get(viewerOf(req), req.params.id),
  );
  app.get(
    '/api/v1/incidents/:id/revisions',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Immutable history of an incident: every change with actor, time and rationale',
        params: IdParams,
        response: withProblems({
          200: Type.Object({ items: Type.Array(IncidentRevisionSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await incidents.revisions(viewerOf(req), req.params.id), nextCursor: null }),
  );
  app.post(
    '/api/v1/incidents/:id/transitions',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Move an incident through the verification workflow (role-checked, with rationale)',
        description:
          'reported → triaged → corroborated → verified → referred → attributed → closed, plus disputed and retracted. ' +
          'verifier: triage, corroborate (needs 2 independent sources), verify, retract; verifier or coordinator: refer, close a verified incident; coordinator: attribute (send attribution), close.',
        params: IdParams,
        body: TransitionInputSchema,
        response: withProblems({ 200: IncidentSchema }),
      },
    },
    (req) => incidents.transition(viewerOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/incidents/:id/comments',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Comments and disputes on an incident, as the caller may see them',
        params: IdParams,
        response: withProblems({
          200: Type.Object({ items: Type.Array(IncidentCommentSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await incidents.comments(viewerOf(req), req.params.id), nextCursor: null }),
  );
  app.post(
    '/api/v1/incidents/:id/comments',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Comment on the shared record (any party)',
        params: IdParams,
        body: CommentInputSchema,
        response: withProblems({ 201: IncidentCommentSchema }),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await incidents.comment(viewerOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/incidents/:id/disputes',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Dispute an incident (any party): recorded on the record, and the status becomes disputed',
        params: IdParams,
        body: CommentInputSchema,
        response: withProblems({ 200: IncidentSchema }),
      },
    },
    (req) => incidents.dispute(viewerOf(req), req.params.id, req.body),
  );
}
