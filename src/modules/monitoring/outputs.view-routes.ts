import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { observationFilter } from './observations.routes.js';
import { ExportQuery } from './outputs.routes.js';
import { SOURCE_KINDS } from './taxonomy.js';

const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

const MapPointsQuery = Type.Object({
  ...Type.Omit(ExportQuery, ['status']).properties,
  sourceKind: Type.Optional(literals(SOURCE_KINDS)),
});

/**
 * Routes that feed the monitoring pages' views: the operational map's observations in compact
 * form and the violation series of the daily reports' charts. Releasability-filtered like
 * every read.
 */
export function outputsViewRoutes(app: App, ctx: AppContext): void {
  const { mapPoints, dailyReports } = ctx.services;

  app.get(
    '/api/v1/observations/map-points',
    {
      schema: {
        tags: ['monitoring'],
        summary:
          'Observations in compact form for maps (CSV: id, lon, lat, time, category, source, releasability)',
        description:
          'Streamed `text/csv`, newest first, one line per observation you may see: `id,lon,lat,observedAt,category,sourceKind,releasability` with `observedAt` in seconds since the Unix epoch (UTC), coordinates to 5 decimals and releasability as `public`, `coalition`, `owner` or `parties`.',
        querystring: MapPointsQuery,
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const rows = mapPoints.csv(viewerOf(req), observationFilter(req.query));
      const first = await rows.next();
      const stream = Readable.from(
        (async function* () {
          if (!first.done) yield first.value;
          yield* rows;
        })(),
      );
      return reply.type('text/csv; charset=utf-8').header('cache-control', 'no-store').send(stream);
    },
  );

  app.get(
    '/api/v1/reports/daily-series',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Violations per region for each report date of a range and of the range before it',
        description:
          'For the charts of daily reports: report periods between cut-offs as the daily report, regions are sectors, a violation counts its reported quantity. At most 92 days; from what the viewer may see.',
        querystring: Type.Object({
          from: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'First report date' }),
          to: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last report date' }),
        }),
      },
    },
    (req) => dailyReports.series(viewerOf(req), req.query.from, req.query.to),
  );
}
