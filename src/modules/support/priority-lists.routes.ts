import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import {
  NewPriorityListSchema,
  NewTrancheSchema,
  PriorityListSchema,
  TranchePatchSchema,
  TrancheSchema,
} from './support.schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['support'];

/** Routes of the PURL-style monthly priority lists and their funding tranches. */
export function priorityListsRoutes(app: App, ctx: AppContext): void {
  const lists = ctx.services.supportPriorityLists;
  app.get(
    '/api/v1/support/priority-lists',
    {
      schema: {
        tags,
        summary: 'PURL-style monthly prioritised lists with their funding tranches',
        querystring: Type.Object({ month: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}$' })) }),
        response: withProblems({
          200: Type.Object({ items: Type.Array(PriorityListSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await lists.lists(viewerOf(req), req.query.month), nextCursor: null }),
  );
  app.get(
    '/api/v1/support/priority-lists/:id',
    {
      schema: {
        tags,
        summary: 'One priority list',
        params: IdParams,
        response: withProblems({ 200: PriorityListSchema }),
      },
    },
    (req) => lists.list(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/support/priority-lists',
    {
      schema: {
        tags,
        summary: 'Publish a monthly priority list (Ukraine or NATO)',
        body: NewPriorityListSchema,
        response: withProblems({ 201: PriorityListSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await lists.createList(viewerOf(req), req.body)),
  );
  app.post(
    '/api/v1/support/priority-lists/:id/tranches',
    {
      schema: {
        tags,
        summary: 'Add a funding tranche to a list',
        params: IdParams,
        body: NewTrancheSchema,
        response: withProblems({ 201: TrancheSchema }),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await lists.addTranche(viewerOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/v1/support/tranches/:id',
    {
      schema: {
        tags,
        summary: "Update a tranche's pledged, funded and delivered figures",
        params: IdParams,
        body: TranchePatchSchema,
        response: withProblems({ 200: TrancheSchema }),
      },
    },
    (req) => lists.updateTranche(viewerOf(req), req.params.id, req.body),
  );
}
