import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { Page, PageQuery, withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import {
  CapabilitySchema,
  CoalitionSchema,
  NewCoalitionSchema,
  NewRequirementSchema,
  REQUIREMENT_STATUSES,
  RequirementPatchSchema,
  RequirementSchema,
} from './support.schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['support'];

/** Routes of capability coalitions and requirements. */
export function requirementsRoutes(app: App, ctx: AppContext): void {
  const svc = ctx.services.supportRequirements;
  app.get(
    '/api/v1/support/coalitions',
    {
      schema: {
        tags,
        summary: 'Capability coalitions with their lead nations and members',
        querystring: Type.Object({
          capability: Type.Optional(CapabilitySchema),
          party: Type.Optional(PartyCodeSchema),
        }),
        response: withProblems({
          200: Type.Object({ items: Type.Array(CoalitionSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await svc.coalitions(viewerOf(req), req.query), nextCursor: null }),
  );
  app.get(
    '/api/v1/support/coalitions/:id',
    {
      schema: {
        tags,
        summary: 'One capability coalition',
        params: IdParams,
        response: withProblems({ 200: CoalitionSchema }),
      },
    },
    (req) => svc.coalition(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/support/coalitions',
    {
      schema: {
        tags,
        summary: 'Add a capability coalition (coordinators)',
        body: NewCoalitionSchema,
        response: withProblems({ 201: CoalitionSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createCoalition(viewerOf(req), req.body)),
  );

  app.get(
    '/api/v1/support/requirements',
    {
      schema: {
        tags,
        summary: "Ukraine's requirements by priority, with coverage by pledges and deliveries",
        querystring: Type.Object({
          capability: Type.Optional(CapabilitySchema),
          status: Type.Optional(Type.Union(REQUIREMENT_STATUSES.map((s) => Type.Literal(s)))),
          coalitionId: Type.Optional(Type.String({ maxLength: 100 })),
          exercise: Type.Optional(Type.Boolean()),
          ...PageQuery,
        }),
        response: withProblems({ 200: Page(RequirementSchema) }),
      },
    },
    (req) => svc.requirements(viewerOf(req), req.query),
  );
  app.get(
    '/api/v1/support/requirements/:id',
    {
      schema: {
        tags,
        summary: 'One requirement with its coverage',
        params: IdParams,
        response: withProblems({ 200: RequirementSchema }),
      },
    },
    (req) => svc.requirement(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/support/requirements',
    {
      schema: {
        tags,
        summary: 'State a requirement (Ukraine or NATO planners)',
        body: NewRequirementSchema,
        response: withProblems({ 201: RequirementSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createRequirement(viewerOf(req), req.body)),
  );
  app.patch(
    '/api/v1/support/requirements/:id',
    {
      schema: {
        tags,
        summary: 'Change a requirement',
        params: IdParams,
        body: RequirementPatchSchema,
        response: withProblems({ 200: RequirementSchema }),
      },
    },
    (req) => svc.updateRequirement(viewerOf(req), req.params.id, req.body),
  );
}
