import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import {
  DonorQuerySchema,
  DonorViewSchema,
  GdpInputSchema,
  GdpSchema,
  TimelinePointSchema,
} from './support.schemas.js';

const tags = ['support'];

/** Routes of the donor views (EUR, % of GDP, fair share, timeline) and the GDP table. */
export function donorViewsRoutes(app: App, ctx: AppContext): void {
  const donors = ctx.services.supportDonors;
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
    (req) => donors.donors(viewerOf(req), req.query),
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
    async (req) => ({ items: await donors.timeline(viewerOf(req), req.query), nextCursor: null }),
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
    async (req) => ({ items: await donors.gdp(viewerOf(req)), nextCursor: null }),
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
    (req) => donors.setGdp(viewerOf(req), req.params.party, req.params.year, req.body),
  );
}
