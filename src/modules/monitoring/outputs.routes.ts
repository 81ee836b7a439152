import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { DateTimeSchema, withProblems } from '../../platform/http/schemas.js';
import { invalidField } from '../../platform/http/problem.js';
import { caseFileHtml, caseFilePdf } from './case-file.render.js';
import { OUTPUT_LANGUAGES, type OutputLanguage } from './daily-report.i18n.js';
import { dailyReportHtml, dailyReportPdf } from './daily-report.render.js';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES } from './exports.service.js';
import { RELIABILITY } from './taxonomy.js';

const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

const ImportSummarySchema = Type.Object({
  importId: Type.String(),
  format: Type.String(),
  fileSha256: Type.String({ description: 'hex SHA-256 of the body as received' }),
  records: Type.Integer(),
  stored: Type.Integer(),
  replayed: Type.Integer(),
  skipped: Type.Integer({ description: 'Records that are not ceasefire matters (e.g. ACLED protests)' }),
  items: Type.Array(
    Type.Object({
      position: Type.Integer({ description: 'CSV line (from 1) or event/feature index (from 0)' }),
      id: Type.String(),
      status: literals(['stored', 'replayed'] as const),
    }),
  ),
});

const ImportQuery = Type.Object({
  fileName: Type.Optional(Type.String({ maxLength: 300 })),
  releasability: Type.Optional(
    Type.String({
      maxLength: 400,
      description: 'public, coalition, owner or party codes separated by commas',
    }),
  ),
});

const AcledQuery = Type.Object({
  ...ImportQuery.properties,
  reliability: Type.Optional(literals(RELIABILITY)),
  credibility: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
});

/** Filters of the streaming exports (also those of the map points, less `status`). */
export const ExportQuery = Type.Object({
  bbox: Type.Optional(Type.String({ description: 'minLon,minLat,maxLon,maxLat' })),
  from: Type.Optional(DateTimeSchema),
  to: Type.Optional(DateTimeSchema),
  category: Type.Optional(Type.String({ maxLength: 100 })),
  zone: Type.Optional(Type.String({ maxLength: 200 })),
  sector: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(
    Type.String({ maxLength: 300, description: 'incidents: statuses separated by commas' }),
  ),
  exercise: Type.Optional(Type.Boolean()),
});

/** Reads the `releasability` query parameter of the importers. */
function releasabilityParam(raw: string | undefined) {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'public' || raw === 'coalition' || raw === 'owner') return raw;
  const parties = raw.split(',').map((p) => p.trim());
  if (!parties.every((p) => /^([A-Z]{3}|EU|NATO)$/.test(p))) {
    throw invalidField(
      '/releasability',
      'must be public, coalition, owner or party codes separated by commas',
    );
  }
  return parties;
}

const textBody = (description: string) => ({ description, type: 'string' }) as const;

/**
 * Routes of the monitoring outputs: imports (ACLED CSV, CoT, GeoJSON), streaming exports,
 * the daily report and the case file. Thin: schema → one service call → answer.
 */
export function outputsRoutes(app: App, ctx: AppContext): void {
  const { monitoringImports, monitoringExports, dailyReports, caseFiles } = ctx.services;
  const batchLimit = ctx.config.batchBodyLimitBytes;

  app.post(
    '/api/v1/imports/acled',
    {
      bodyLimit: batchLimit,
      schema: {
        tags: ['monitoring'],
        summary: 'Import an ACLED CSV export (all or nothing; idempotent by event_id_cnty)',
        description:
          'Body `text/csv` with the ACLED codebook columns (byte-order mark, quoting, ISO and "dd Month yyyy" dates). Every bad value fails the whole file with a 400 naming the line and column; nothing is stored. Events that are not ceasefire matters (protests, agreements…) are skipped and counted.',
        querystring: AcledQuery,
        consumes: ['text/csv'],
        body: textBody('ACLED CSV'),
        response: withProblems({ 201: ImportSummarySchema }),
      },
    },
    async (req, reply) => {
      const releasability = releasabilityParam(req.query.releasability);
      const summary = await monitoringImports.importAcled(viewerOf(req), req.body as string, {
        ...(req.query.fileName ? { fileName: req.query.fileName } : {}),
        ...(releasability ? { releasability } : {}),
        ...(req.query.reliability
          ? { reliability: req.query.reliability as (typeof RELIABILITY)[number] }
          : {}),
        ...(req.query.credibility ? { credibility: req.query.credibility } : {}),
      });
      return reply.code(201).send(summary);
    },
  );

  app.post(
    '/api/v1/observations/cot',
    {
      bodyLimit: batchLimit,
      schema: {
        tags: ['monitoring'],
        summary: 'Post Cursor on Target events as observations (all or nothing)',
        description:
          'Body `application/xml`: one or more CoT `<event>`s (optionally inside `<events>`). Monitoring fields travel in `<__guarantor category subtype quantity bearingDeg distanceM weaponSystem weaponClass sourceKind sourceId reliability credibility releasability/>`. DTDs and entities are refused; coordinates are range-checked.',
        querystring: ImportQuery,
        consumes: ['application/xml', 'text/xml'],
        body: textBody('CoT XML'),
        response: withProblems({ 201: ImportSummarySchema }),
      },
    },
    async (req, reply) => {
      const releasability = releasabilityParam(req.query.releasability);
      const summary = await monitoringImports.importCot(viewerOf(req), req.body as string, {
        ...(req.query.fileName ? { fileName: req.query.fileName } : {}),
        ...(releasability ? { releasability } : {}),
      });
      return reply.code(201).send(summary);
    },
  );

  app.post(
    '/api/v1/imports/geojson',
    {
      bodyLimit: batchLimit,
      schema: {
        tags: ['monitoring'],
        summary: 'Import a GeoJSON FeatureCollection of observations (all or nothing)',
        description:
          'Body `application/geo+json`: Point features whose properties are the observation contract; errors name the feature, e.g. `/features/3/properties/category`.',
        querystring: Type.Object({ fileName: Type.Optional(Type.String({ maxLength: 300 })) }),
        consumes: ['application/geo+json'],
        body: textBody('GeoJSON FeatureCollection'),
        response: withProblems({ 201: ImportSummarySchema }),
      },
    },
    async (req, reply) => {
      const summary = await monitoringImports.importGeoJson(viewerOf(req), req.body as string, {
        ...(req.query.fileName ? { fileName: req.query.fileName } : {}),
      });
      return reply.code(201).send(summary);
    },
  );

  app.get(
    '/api/v1/imports',
    {
      schema: {
        tags: ['monitoring'],
        summary: "Recent imports of the viewer's party",
        response: withProblems({
          200: Type.Object({ items: Type.Array(Type.Unknown()), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await monitoringImports.list(viewerOf(req)), nextCursor: null }),
  );

  app.get(
    '/api/v1/observations/:id/provenance',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'The foreign record an imported observation came from (e.g. every ACLED column)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: withProblems({
          200: Type.Object({
            observationId: Type.String(),
            importId: Type.String(),
            format: Type.String(),
            position: Type.Integer(),
            provenance: Type.Record(Type.String(), Type.Unknown()),
          }),
        }),
      },
    },
    (req) => monitoringImports.provenance(viewerOf(req), req.params.id),
  );

  for (const subject of ['observations', 'incidents'] as const) {
    for (const format of EXPORT_FORMATS) {
      app.get(
        `/api/v1/exports/${subject}.${format}`,
        {
          schema: {
            tags: ['monitoring'],
            summary: `Export every ${subject.slice(0, -1)} you may see as ${format.toUpperCase()} (streamed, no row cap)`,
            querystring: ExportQuery,
            produces: [EXPORT_MEDIA_TYPES[format].split(';')[0]!],
          },
        },
        async (req, reply) => {
          const viewer = viewerOf(req);
          const rows =
            subject === 'observations'
              ? monitoringExports.observations(viewer, format, req.query)
              : monitoringExports.incidents(viewer, format, req.query);
          // Pull the first chunk before answering, so that a bad filter is still a 400 problem.
          const first = await rows.next();
          const stream = Readable.from(
            (async function* () {
              if (!first.done) yield first.value;
              yield* rows;
            })(),
          );
          return reply
            .type(EXPORT_MEDIA_TYPES[format])
            .header(
              'content-disposition',
              `attachment; filename="${subject}.${format === 'cot' ? 'cot.xml' : format}"`,
            )
            .send(stream);
        },
      );
    }
  }

  const OutputQuery = Type.Object({
    lang: Type.Optional(literals(OUTPUT_LANGUAGES)),
    format: Type.Optional(literals(['json', 'html', 'pdf'] as const)),
  });

  app.get(
    '/api/v1/reports/daily/:date',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Daily report in the OSCE SMM pattern, from what the viewer may see',
        description:
          'Numbered N/YYYY; period from the cut-off (default 19:30 Europe/Kyiv) of the day before to the cut-off of `date`. `format=json|html|pdf`, `lang=en|fr|uk`. Marked EXERCISE when it rests on exercise data.',
        params: Type.Object({ date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) }),
        querystring: Type.Object({
          ...OutputQuery.properties,
          cutoff: Type.Optional(Type.String({ pattern: '^\\d{2}:\\d{2}$', description: 'HH:MM local' })),
          timeZone: Type.Optional(Type.String({ maxLength: 64, description: 'IANA time zone' })),
        }),
        produces: ['application/json', 'text/html', 'application/pdf'],
      },
    },
    async (req, reply) => {
      const report = await dailyReports.build(viewerOf(req), req.params.date, {
        ...(req.query.cutoff ? { cutoff: req.query.cutoff } : {}),
        ...(req.query.timeZone ? { timeZone: req.query.timeZone } : {}),
      });
      const lang = (req.query.lang ?? 'en') as OutputLanguage;
      if (req.query.format === 'html')
        return reply.type('text/html; charset=utf-8').send(dailyReportHtml(report, lang));
      if (req.query.format === 'pdf') {
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="daily-report-${req.params.date}-${lang}.pdf"`)
          .send(await dailyReportPdf(report, lang));
      }
      return reply.send(report);
    },
  );

  app.get(
    '/api/v1/incidents/:id/case-file',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Case file of an incident for the Special Commission (JSON, HTML or PDF)',
        description:
          'The incident, its observations the viewer may see, evidence hashes, history, comments and disputes, and ledger inclusion proofs.',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        querystring: OutputQuery,
        produces: ['application/json', 'text/html', 'application/pdf'],
      },
    },
    async (req, reply) => {
      const file = await caseFiles.build(viewerOf(req), req.params.id);
      const lang = (req.query.lang ?? 'en') as OutputLanguage;
      if (req.query.format === 'html')
        return reply.type('text/html; charset=utf-8').send(caseFileHtml(file, lang));
      if (req.query.format === 'pdf') {
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="case-file-${file.incident.id}.pdf"`)
          .send(await caseFilePdf(file, lang));
      }
      return reply.send(file);
    },
  );
}
