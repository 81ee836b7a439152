import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import {
  AgreementPatchSchema,
  AgreementSchema,
  ClauseSchema,
  ConsultationObligationSchema,
  FulfilmentSchema,
  NewAgreementSchema,
  NewClauseSchema,
  ReminderSchema,
} from './agreements.schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['agreements'];
const List = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Null() });

/** Routes of the agreements registry, clauses, fulfilment, reminders and consultations. */
export function agreementsRoutes(app: App, ctx: AppContext): void {
  const svc = ctx.services.agreements;
  app.get(
    '/api/v1/agreements',
    {
      schema: {
        tags,
        summary: 'Bilateral security agreements with their clauses',
        querystring: Type.Object({ partner: Type.Optional(PartyCodeSchema) }),
        response: withProblems({ 200: List(AgreementSchema) }),
      },
    },
    async (req) => ({ items: await svc.list(viewerOf(req), req.query), nextCursor: null }),
  );
  app.get(
    '/api/v1/agreements/tracker',
    {
      schema: {
        tags,
        summary: 'Promised against committed, allocated and delivered, per agreement and year',
        response: withProblems({ 200: List(FulfilmentSchema) }),
      },
    },
    async (req) => ({ items: await svc.tracker(viewerOf(req)), nextCursor: null }),
  );
  app.get(
    '/api/v1/agreements/reminders',
    {
      schema: {
        tags,
        summary: 'Expiries and reviews coming up, and ratifications still open',
        querystring: Type.Object({
          withinDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500 })),
          today: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
        }),
        response: withProblems({ 200: List(ReminderSchema) }),
      },
    },
    async (req) => ({ items: await svc.reminders(viewerOf(req), req.query), nextCursor: null }),
  );
  app.get(
    '/api/v1/agreements/consultations',
    {
      schema: {
        tags,
        summary: 'Consultation obligations (e.g. within 24 hours of a renewed armed attack)',
        querystring: Type.Object({ at: Type.Optional(Type.String({ format: 'date-time' })) }),
        response: withProblems({ 200: List(ConsultationObligationSchema) }),
      },
    },
    async (req) => ({
      items: await svc.consultationObligations(viewerOf(req), req.query.at),
      nextCursor: null,
    }),
  );
  app.get(
    '/api/v1/agreements/:id',
    {
      schema: {
        tags,
        summary: 'One agreement with its clauses',
        params: IdParams,
        response: withProblems({ 200: AgreementSchema }),
      },
    },
    (req) => svc.get(viewerOf(req), req.params.id),
  );
  app.get(
    '/api/v1/agreements/:id/fulfilment',
    {
      schema: {
        tags,
        summary: "An agreement's fulfilment per year, from the pledges",
        params: IdParams,
        response: withProblems({ 200: FulfilmentSchema }),
      },
    },
    (req) => svc.fulfilment(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/agreements',
    {
      schema: {
        tags,
        summary: "Record an agreement and its clauses (the partner's coordinators and planners)",
        body: NewAgreementSchema,
        response: withProblems({ 201: AgreementSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await svc.create(viewerOf(req), req.body)),
  );
  app.post(
    '/api/v1/agreements/:id/clauses',
    {
      schema: {
        tags,
        summary: 'Add a clause (an obligation, recorded as a commitment)',
        params: IdParams,
        body: NewClauseSchema,
        response: withProblems({ 201: ClauseSchema }),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await svc.createClause(viewerOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/v1/agreements/:id',
    {
      schema: {
        tags,
        summary: 'Record entry into force, review date, ratification or the document hash',
        params: IdParams,
        body: AgreementPatchSchema,
        response: withProblems({ 200: AgreementSchema }),
      },
    },
    (req) => svc.update(viewerOf(req), req.params.id, req.body),
  );
}
