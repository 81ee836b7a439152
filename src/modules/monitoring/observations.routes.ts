import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { invalidField } from '../../platform/http/problem.js';
import { PageQuery, Page, withProblems } from '../../platform/http/schemas.js';
import type { Viewer } from '../../platform/access/viewer.js';
import {
  AreaTimeQuery,
  FormatQuery,
  H3CellSchema,
  IngestAnswerSchema,
  ObservationInputSchema,
  ObservationSchema,
  orGeoJson,
  type Observation,
} from './monitoring.schemas.js';
import type { ObservationFilter } from './observations.repository.js';
import type { IngestResult, ObservationsService } from './observations.service.js';
import { SOURCE_KINDS } from './taxonomy.js';

/** Lines per transaction of an NDJSON batch: each chunk is answered once it is durable. */
export const NDJSON_CHUNK = 2000;

/** Parses `minLon,minLat,maxLon,maxLat`, naming `bbox` when it is not a valid box. */
export function parseBbox(bbox: string | undefined): [number, number, number, number] | undefined {
  if (bbox === undefined) return undefined;
  const v = bbox.split(',').map(Number);
  const [x0, y0, x1, y1] = v as [number, number, number, number];
  if (
    v.length !== 4 ||
    v.some((n) => !Number.isFinite(n)) ||
    x0 < -180 ||
    x1 > 180 ||
    y0 < -90 ||
    y1 > 90 ||
    x0 > x1 ||
    y0 > y1
  ) {
    throw invalidField(
      '/bbox',
      'must be minLon,minLat,maxLon,maxLat within [-180,180] × [-90,90], min ≤ max',
    );
  }
  return [x0, y0, x1, y1];
}

/** The filter of an observation list from its query string. */
export function observationFilter(q: {
  bbox?: string;
  from?: string;
  to?: string;
  category?: string;
  zone?: string;
  sector?: string;
  sourceKind?: string;
  incident?: string;
  violation?: boolean;
  exercise?: boolean;
}): ObservationFilter {
  const bbox = parseBbox(q.bbox);
  return {
    ...(bbox ? { bbox } : {}),
    ...(q.from ? { from: new Date(q.from).toISOString() } : {}),
    ...(q.to ? { to: new Date(q.to).toISOString() } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(q.zone ? { zone: q.zone } : {}),
    ...(q.sector ? { sector: q.sector } : {}),
    ...(q.sourceKind ? { sourceKind: q.sourceKind } : {}),
    ...(q.incident ? { incidentId: q.incident } : {}),
    ...(q.violation !== undefined ? { violation: q.violation } : {}),
    ...(q.exercise !== undefined ? { exercise: q.exercise } : {}),
  };
}

/** An observation as a GeoJSON Feature at its location. */
export function observationFeature(o: Observation) {
  const { location, ...properties } = o;
  return { type: 'Feature' as const, id: o.id, geometry: location, properties };
}

const ObservationListQuery = Type.Object({
  ...AreaTimeQuery,
  ...PageQuery,
  ...FormatQuery,
  sourceKind: Type.Optional(Type.Union(SOURCE_KINDS.map((k) => Type.Literal(k)))),
  incident: Type.Optional(Type.String({ maxLength: 100 })),
  violation: Type.Optional(Type.Boolean()),
});

function answerOf(r: IngestResult) {
  return {
    line: r.line,
    id: r.id,
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.errors
      ? { errors: r.errors.map((e) => ({ ...(e.pointer ? { pointer: e.pointer } : {}), detail: e.detail })) }
      : {}),
    ...(r.incidentId !== undefined ? { incidentId: r.incidentId } : {}),
  };
}

/**
 * Answers an NDJSON batch line by line: lines are stored a chunk at a time, and a chunk's
 * answers are written only once its transaction has committed (durable when acknowledged).
 */
async function* ingestNdjson(
  service: ObservationsService,
  viewer: Viewer,
  body: string,
): AsyncGenerator<string> {
  let texts: string[] = [];
  let numbers: number[] = [];
  // Each chunk is prepared, stored in one transaction and answered before the next is read.
  const flush = async function* () {
    const batch = await service.prepareNdjson(viewer, texts, numbers);
    const results = await service.storePrepared(viewer, batch, { brief: true });
    yield results.map((r) => `${JSON.stringify(answerOf(r))}\n`).join('');
    texts = [];
    numbers = [];
  };
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    texts.push(text);
    numbers.push(i + 1);
    if (texts.length >= NDJSON_CHUNK) yield* flush();
  }
  if (texts.length > 0) yield* flush();
}

/** Routes of observations: ingest (JSON and NDJSON), lists, GeoJSON, counts and H3 aggregates. */
export function observationsRoutes(app: App, ctx: AppContext): void {
  const observations = ctx.services.observations;
  app.post(
    '/api/v1/observations',
    {
      bodyLimit: ctx.config.batchBodyLimitBytes,
      schema: {
        tags: ['monitoring'],
        summary: 'Post one observation (JSON) or a batch (NDJSON, answered per line)',
        description:
          'application/json: one observation; 201 stored, 200 replayed (same id, same content), 409 same id with other content, 400 naming the field. ' +
          'application/x-ndjson: one observation per line; answers NDJSON, one line per input line: {line, id, status: stored|replayed|rejected, reason, errors}.',
        body: {
          content: {
            'application/json': { schema: ObservationInputSchema },
            'application/x-ndjson': { schema: Type.String() },
          },
        },
        response: withProblems({
          200: Type.Unsafe<unknown>({
            description: 'Replayed (JSON) or per-line answers (NDJSON)',
            content: {
              'application/json': {
                schema: Type.Object({
                  id: Type.String(),
                  status: Type.Literal('replayed'),
                  observation: ObservationSchema,
                }),
              },
              'application/x-ndjson': { schema: IngestAnswerSchema },
            },
          }),
          201: Type.Object({
            id: Type.String(),
            status: Type.Literal('stored'),
            observation: ObservationSchema,
          }),
        }),
      },
    },
    async (req, reply) => {
      const viewer = viewerOf(req);
      if (typeof req.body === 'string') {
        const stream = Readable.from(ingestNdjson(observations, viewer, req.body));
        return reply.code(200).type('application/x-ndjson').send(stream);
      }
      const result = await observations.ingest(viewer, req.body);
      return reply.code(result.status === 'stored' ? 201 : 200).send(result);
    },
  );
  app.get(
    '/api/v1/observations',
    {
      schema: {
        tags: ['monitoring'],
        summary:
          'Observations by bounding box, time, category, zone, source; newest first; format=geojson for a FeatureCollection',
        querystring: ObservationListQuery,
        response: withProblems({ 200: orGeoJson(Page(ObservationSchema)) }),
      },
    },
    async (req) => {
      const page = await observations.query(viewerOf(req), {
        ...observationFilter(req.query),
        ...(req.query.cursor ? { cursor: req.query.cursor } : {}),
        ...(req.query.limit ? { limit: req.query.limit } : {}),
      });
      if (req.query.format === 'geojson') {
        return {
          type: 'FeatureCollection' as const,
          features: page.items.map(observationFeature),
          nextCursor: page.nextCursor,
        };
      }
      return page;
    },
  );
  app.get(
    '/api/v1/observations/count',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Number of observations (and sum of quantities) the caller may see under the filters',
        querystring: Type.Omit(ObservationListQuery, ['cursor', 'limit', 'format']),
        response: withProblems({ 200: Type.Object({ count: Type.Integer(), quantity: Type.Integer() }) }),
      },
    },
    (req) => observations.count(viewerOf(req), observationFilter(req.query)),
  );
  app.get(
    '/api/v1/observations/h3',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'H3 hexagon aggregates of observations for maps (resolution 0–8)',
        querystring: Type.Object({
          ...Type.Omit(ObservationListQuery, ['cursor', 'limit', 'format']).properties,
          resolution: Type.Integer({ minimum: 0, maximum: 8, default: 7 }),
        }),
        response: withProblems({
          200: Type.Object({ resolution: Type.Integer(), cells: Type.Array(H3CellSchema) }),
        }),
      },
    },
    async (req) => ({
      resolution: req.query.resolution,
      cells: await ctx.services.monitoring.h3(
        viewerOf(req),
        observationFilter(req.query),
        req.query.resolution,
      ),
    }),
  );
  app.get(
    '/api/v1/observations/:id',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'One observation',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: withProblems({ 200: ObservationSchema }),
      },
    },
    (req) => observations.get(viewerOf(req), req.params.id),
  );
}
