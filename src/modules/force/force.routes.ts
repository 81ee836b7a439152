import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import { WhatIfSchema } from '../commitments/commitments.schemas.js';
import {
  LinePatchSchema,
  LineSchema,
  NewLineSchema,
  NewOfferSchema,
  OfferPatchSchema,
  OfferSchema,
  ReadinessStepInputSchema,
  TransferInputSchema,
} from './force.schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['force'];
const list = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Null() });

/** Routes of requirement lines and offers under `/api/v1/force`. */
export function forceRoutes(app: App, ctx: AppContext): void {
  const force = ctx.services.force;
  app.get(
    '/api/v1/force/lines',
    {
      schema: {
        tags,
        summary: 'Requirement lines (CJSOR) visible to you',
        response: withProblems({ 200: list(LineSchema) }),
      },
    },
    async (req) => ({ items: await force.lines(viewerOf(req)), nextCursor: null }),
  );
  app.post(
    '/api/v1/force/lines',
    {
      schema: {
        tags,
        summary: 'Add a requirement line',
        body: NewLineSchema,
        response: withProblems({ 201: LineSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await force.createLine(viewerOf(req), req.body)),
  );
  app.get(
    '/api/v1/force/lines/:id',
    {
      schema: {
        tags,
        summary: 'One requirement line',
        params: IdParams,
        response: withProblems({ 200: LineSchema }),
      },
    },
    (req) => force.line(viewerOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/force/lines/:id',
    {
      schema: {
        tags,
        summary: 'Edit a requirement line; accept a gap or re-solicit it',
        params: IdParams,
        body: LinePatchSchema,
        response: withProblems({ 200: LineSchema }),
      },
    },
    (req) => force.updateLine(viewerOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/force/offers',
    {
      schema: {
        tags,
        summary: 'Offers visible to you, with commitment and effective state',
        querystring: Type.Object({
          lineId: Type.Optional(Type.String({ maxLength: 100 })),
          party: Type.Optional(PartyCodeSchema),
        }),
        response: withProblems({ 200: list(OfferSchema) }),
      },
    },
    async (req) => ({ items: await force.offers(viewerOf(req), req.query), nextCursor: null }),
  );
  app.post(
    '/api/v1/force/offers',
    {
      schema: {
        tags,
        summary: 'Offer a unit against a line (creates its commitment and approvals)',
        body: NewOfferSchema,
        response: withProblems({ 201: OfferSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await force.createOffer(viewerOf(req), req.body)),
  );
  app.get(
    '/api/v1/force/offers/:id',
    {
      schema: { tags, summary: 'One offer', params: IdParams, response: withProblems({ 200: OfferSchema }) },
    },
    (req) => force.offer(viewerOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/force/offers/:id',
    {
      schema: {
        tags,
        summary: "Edit an offer's force details",
        params: IdParams,
        body: OfferPatchSchema,
        response: withProblems({ 200: OfferSchema }),
      },
    },
    (req) => force.updateOffer(viewerOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/force/offers/:id/readiness',
    {
      schema: {
        tags,
        summary: 'Climb or renew the readiness ladder, with evidence',
        params: IdParams,
        body: ReadinessStepInputSchema,
        response: withProblems({ 200: OfferSchema }),
      },
    },
    (req) => force.addReadiness(viewerOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/force/offers/:id/transfers',
    {
      schema: {
        tags,
        summary: 'Record a transfer of authority to the force command',
        params: IdParams,
        body: TransferInputSchema,
        response: withProblems({ 200: OfferSchema }),
      },
    },
    (req) => force.transfer(viewerOf(req), req.params.id, req.body),
  );
}

/** Routes of the board, the optimiser, the map and the CSV exports. */
export function boardRoutes(app: App, ctx: AppContext): void {
  const board = ctx.services.forceBoard;
  const force = ctx.services.force;
  app.post(
    '/api/v1/force/board',
    {
      schema: {
        tags,
        summary: 'Force generation board: fill per line and domain, firm vs conditional; what-if in the body',
        body: Type.Optional(WhatIfSchema),
        response: withProblems({ 200: Type.Unknown() }),
      },
    },
    (req) => board.board(viewerOf(req), req.body ?? {}),
  );
  app.post(
    '/api/v1/force/optimise',
    {
      schema: {
        tags,
        summary: 'Sourcing optimiser (HiGHS MIP): which offers to accept against which lines, and why',
        body: Type.Optional(WhatIfSchema),
        response: withProblems({ 200: Type.Unknown() }),
      },
    },
    (req) => board.optimise(viewerOf(req), req.body ?? {}),
  );
  app.get(
    '/api/v1/force/map',
    {
      schema: {
        tags,
        summary: 'Offers at their planned locations as GeoJSON (RFC 7946), with APP-6 codes',
        response: withProblems({ 200: Type.Unknown() }),
      },
    },
    async (req, reply) => {
      const offers = await force.offers(viewerOf(req));
      return reply.type('application/geo+json').send({
        type: 'FeatureCollection',
        features: offers
          .filter((o) => o.plannedLocation)
          .map((o) => ({
            type: 'Feature',
            id: o.id,
            geometry: { type: 'Point', coordinates: [o.plannedLocation!.lon, o.plannedLocation!.lat] },
            properties: {
              party: o.party,
              unitName: o.unitName,
              sidc: o.sidc,
              location: o.plannedLocation!.name,
              lineId: o.lineId,
              effectiveState: o.effectiveState,
              exercise: o.exercise,
            },
          })),
      });
    },
  );
  app.get(
    '/api/v1/force/export/:what',
    {
      schema: {
        tags,
        summary: 'CSV of the statement of requirements or of the offers',
        params: Type.Object({
          what: Type.Union([Type.Literal('requirements.csv'), Type.Literal('offers.csv')]),
        }),
      },
    },
    async (req, reply) => {
      const what = req.params.what === 'requirements.csv' ? 'requirements' : 'offers';
      const csv = await board.csv(viewerOf(req), what);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${req.params.what}"`)
        .send(csv);
    },
  );
}
