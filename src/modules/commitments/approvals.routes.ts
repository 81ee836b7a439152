import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import {
  ApprovalPatchSchema,
  ApprovalSchema,
  ApprovalStateSchema,
  EventInputSchema,
  EventSchema,
  NewApprovalSchema,
} from './commitments.schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['commitments'];

/** Routes of domestic approvals and condition events. */
export function approvalsRoutes(app: App, ctx: AppContext): void {
  const approvals = ctx.services.commitments.approvals;
  app.post(
    '/api/v1/commitments/:id/approvals',
    {
      schema: {
        tags,
        summary: 'Add a domestic approval a commitment needs',
        params: IdParams,
        body: NewApprovalSchema,
        response: withProblems({ 201: ApprovalSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await approvals.add(viewerOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/approvals',
    {
      schema: {
        tags,
        summary: 'Domestic approvals visible to you',
        querystring: Type.Object({
          party: Type.Optional(PartyCodeSchema),
          state: Type.Optional(ApprovalStateSchema),
        }),
        response: withProblems({
          200: Type.Object({ items: Type.Array(ApprovalSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await approvals.list(viewerOf(req), req.query), nextCursor: null }),
  );
  app.get(
    '/api/v1/approvals/:id',
    {
      schema: {
        tags,
        summary: 'One domestic approval',
        params: IdParams,
        response: withProblems({ 200: ApprovalSchema }),
      },
    },
    (req) => approvals.get(viewerOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/approvals/:id',
    {
      schema: {
        tags,
        summary: 'Record progress or the vote of a domestic approval',
        params: IdParams,
        body: ApprovalPatchSchema,
        response: withProblems({ 200: ApprovalSchema }),
      },
    },
    (req) => approvals.update(viewerOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/commitment-events',
    {
      schema: {
        tags,
        summary: 'Events conditions wait for (ceasefire in force, renewed attack declared)',
        response: withProblems({
          200: Type.Object({ items: Type.Array(EventSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await approvals.events(viewerOf(req)), nextCursor: null }),
  );
  app.put(
    '/api/v1/commitment-events/:key',
    {
      schema: {
        tags,
        summary: 'Record whether an event has happened (coordinators)',
        params: Type.Object({ key: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }) }),
        body: EventInputSchema,
        response: withProblems({ 200: EventSchema }),
      },
    },
    (req) => approvals.setEvent(viewerOf(req), req.params.key, req.body),
  );
}
