import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { Page, PageQuery, withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import {
  DeliverySchema,
  MeasureSchema,
  NewDeliverySchema,
  NewPledgeSchema,
  PledgeLinksSchema,
  PledgeSchema,
} from './support.schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['support'];

/** Routes of pledges, their links and their deliveries. */
export function pledgesRoutes(app: App, ctx: AppContext): void {
  const pledges = ctx.services.supportPledges;
  const deliveries = ctx.services.supportDeliveries;
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
  app.patch(
    '/api/v1/support/pledges/:id',
    {
      schema: {
        tags,
        summary: 'Change what a pledge answers: requirement, capability coalition, agreement (the donor)',
        params: IdParams,
        body: PledgeLinksSchema,
        response: withProblems({ 200: PledgeSchema }),
      },
    },
    (req) => pledges.updateLinks(viewerOf(req), req.params.id, req.body),
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
    async (req) => ({ items: await deliveries.deliveries(viewerOf(req), req.params.id), nextCursor: null }),
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
      reply.code(201).send(await deliveries.recordDelivery(viewerOf(req), req.params.id, req.body)),
  );
}
