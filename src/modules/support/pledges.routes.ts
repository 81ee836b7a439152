import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { Page, PageQuery, withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import { badRequest } from '../../platform/http/problem.js';
import {
  DeliverySchema,
  DonorQuerySchema,
  DonorViewSchema,
  GdpInputSchema,
  GdpSchema,
  MeasureSchema,
  NewDeliverySchema,
  NewPledgeSchema,
  PledgeSchema,
  TimelinePointSchema,
  TrackerImportSchema,
} from './support.schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['support'];
// A full tracker release is a few megabytes; leave room for growth.
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

/** Routes of pledges, deliveries, donor views, GDP and the tracker import. */
export function pledgesRoutes(app: App, ctx: AppContext): void {
  const pledges = ctx.services.supportPledges;
  const tracker = ctx.services.supportTracker;
  app.get(
    '/api/v1/support/pledges',
    {
      schema: {
        tags,
        summary: 'Aid pledges (commitment, allocation, delivery) the caller may see',
        querystring: Type.Object({
          donor: Type.Optional(PartyCodeSchema),
          measure: Type.Optional(MeasureSchema),
          aidType: Type.Optional(Type.String({ maxLength: 50 })),
          requirementId: Type.Optional(Type.String({ maxLength: 100 })),
          coalitionId: Type.Optional(Type.String({ maxLength: 100 })),
          agreementId: Type.Optional(Type.String({ maxLength: 100 })),
          year: Type.Optional(Type.Integer({ minimum: 2014, maximum: 2100 })),
          fromTracker: Type.Optional(Type.Boolean()),
          exercise: Type.Optional(Type.Boolean()),
          ...PageQuery,
        }),
        response: withProblems({ 200: Page(PledgeSchema) }),
      },
    },
    (req) => pledges.list(viewerOf(req), req.query),
  );
  app.get(
    '/api/v1/support/pledges/:id',
    {
      schema: {
        tags,
        summary: 'One pledge',
        params: IdParams,
        response: withProblems({ 200: PledgeSchema }),
      },
    },
    (req) => pledges.get(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/support/pledges',
    {
      schema: {
        tags,
        summary: "Record a pledge of the caller's party; it is a commitment of the commitments core",
        body: NewPledgeSchema,
        response: withProblems({ 201: PledgeSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await pledges.create(viewerOf(req), req.body)),
  );
  app.get(
    '/api/v1/support/pledges/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'Deliveries of a pledge',
        params: IdParams,
        response: withProblems({
          200: Type.Object({ items: Type.Array(DeliverySchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await pledges.deliveries(viewerOf(req), req.params.id), nextCursor: null }),
  );
  app.post(
    '/api/v1/support/pledges/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'Record a delivery with the SHA-256 of its evidence (appended to the ledger)',
        params: IdParams,
        body: NewDeliverySchema,
        response: withProblems({ 201: DeliverySchema }),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await pledges.recordDelivery(viewerOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/v1/support/donors',
    {
      schema: {
        tags,
        summary: 'Totals by donor and type, EUR and % of GDP, against a fair share split by GDP',
        querystring: DonorQuerySchema,
        response: withProblems({ 200: DonorViewSchema }),
      },
    },
    (req) => pledges.donors(viewerOf(req), req.query),
  );
  app.get(
    '/api/v1/support/donors/timeline',
    {
      schema: {
        tags,
        summary: 'Pledges month by month (EUR), with running totals',
        querystring: Type.Object({
          donor: Type.Optional(PartyCodeSchema),
          type: Type.Optional(Type.String({ maxLength: 50 })),
          exercise: Type.Optional(Type.Boolean()),
        }),
        response: withProblems({
          200: Type.Object({ items: Type.Array(TimelinePointSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await pledges.timeline(viewerOf(req), req.query), nextCursor: null }),
  );

  app.get(
    '/api/v1/support/gdp',
    {
      schema: {
        tags,
        summary: 'The GDP table used for % of GDP and fair shares, with sources and years',
        response: withProblems({
          200: Type.Object({ items: Type.Array(GdpSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await pledges.gdp(viewerOf(req)), nextCursor: null }),
  );
  app.put(
    '/api/v1/support/gdp/:party/:year',
    {
      schema: {
        tags,
        summary: 'Set a GDP figure with its source (coordinators)',
        params: Type.Object({ party: PartyCodeSchema, year: Type.Integer({ minimum: 1990, maximum: 2100 }) }),
        body: GdpInputSchema,
        response: withProblems({ 200: GdpSchema }),
      },
    },
    (req) => pledges.setGdp(viewerOf(req), req.params.party, req.params.year, req.body),
  );

  app.get(
    '/api/v1/support/imports',
    {
      schema: {
        tags,
        summary: 'Past imports of the Kiel tracker',
        response: withProblems({
          200: Type.Object({ items: Type.Array(TrackerImportSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await tracker.imports(viewerOf(req)), nextCursor: null }),
  );
  app.post(
    '/api/v1/support/imports/kiel',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Import a Kiel Ukraine Support Tracker release: text/csv, or the XLSX workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream). All or nothing.',
        querystring: Type.Object({ fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })) }),
        response: withProblems({ 200: TrackerImportSchema, 201: TrackerImportSchema }),
      },
    },
    async (req, reply) => {
      const body: unknown = req.body;
      const bytes =
        typeof body === 'string'
          ? new TextEncoder().encode(body)
          : Buffer.isBuffer(body)
            ? new Uint8Array(body)
            : null;
      if (!bytes || bytes.length === 0)
        throw badRequest('Send the tracker file as the body (text/csv or the XLSX workbook).', [
          { pointer: '/', detail: 'the body is empty or not a file' },
        ]);
      const result = await tracker.importFile(viewerOf(req), {
        name: req.query.fileName ?? 'upload',
        bytes,
        ...(req.headers['content-type']?.startsWith('text/csv') ? { format: 'csv' as const } : {}),
      });
      return reply.code(result.duplicateOf ? 200 : 201).send(result);
    },
  );
}
