import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import {
  COALITION_ROLES,
  NewPartySchema,
  NewRepresentativeSchema,
  PARTY_KINDS,
  PartyPatchSchema,
  PartySchema,
  RepresentativeSchema,
} from './coalition.schemas.js';

const CodeParams = Type.Object({ code: PartyCodeSchema });

/** Routes of the coalition registry under `/api/v1/parties`. */
export function partiesRoutes(app: App, ctx: AppContext): void {
  const parties = ctx.services.parties;
  app.get(
    '/api/v1/parties',
    {
      schema: {
        tags: ['coalition'],
        summary: 'Parties of the coalition',
        querystring: Type.Object({
          role: Type.Optional(Type.Union(COALITION_ROLES.map((r) => Type.Literal(r)))),
          kind: Type.Optional(Type.Union(PARTY_KINDS.map((r) => Type.Literal(r)))),
          q: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: withProblems({
          200: Type.Object({ items: Type.Array(PartySchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await parties.list(viewerOf(req), req.query), nextCursor: null }),
  );
  app.get(
    '/api/v1/parties/:code',
    {
      schema: {
        tags: ['coalition'],
        summary: 'One party with its representatives',
        params: CodeParams,
        response: withProblems({ 200: PartySchema }),
      },
    },
    (req) => parties.get(viewerOf(req), req.params.code),
  );
  app.post(
    '/api/v1/parties',
    {
      schema: {
        tags: ['coalition'],
        summary: 'Add a party (coordinators)',
        body: NewPartySchema,
        response: withProblems({ 201: PartySchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await parties.create(viewerOf(req), req.body)),
  );
  app.patch(
    '/api/v1/parties/:code',
    {
      schema: {
        tags: ['coalition'],
        summary: 'Edit a party (coordinators)',
        params: CodeParams,
        body: PartyPatchSchema,
        response: withProblems({ 200: PartySchema }),
      },
    },
    (req) => parties.update(viewerOf(req), req.params.code, req.body),
  );
  app.post(
    '/api/v1/parties/:code/representatives',
    {
      schema: {
        tags: ['coalition'],
        summary: 'Add a representative (coordinators)',
        params: CodeParams,
        body: NewRepresentativeSchema,
        response: withProblems({ 201: RepresentativeSchema }),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await parties.addRepresentative(viewerOf(req), req.params.code, req.body)),
  );
  app.delete(
    '/api/v1/parties/:code/representatives/:id',
    {
      schema: {
        tags: ['coalition'],
        summary: 'Remove a representative (coordinators)',
        params: Type.Object({ code: PartyCodeSchema, id: Type.String({ format: 'uuid' }) }),
        response: withProblems({ 204: Type.Null() }),
      },
    },
    async (req, reply) => {
      await parties.removeRepresentative(viewerOf(req), req.params.code, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
