import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { Page, PageQuery, withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import { CommitmentKindSchema, PillarSchema } from './commitments.model.js';
import {
  CommitmentPatchSchema,
  CommitmentSchema,
  CommitmentStateSchema,
  HistoryEntrySchema,
  NewCommitmentSchema,
  ResolveAnswerSchema,
  TransitionSchema,
  WhatIfSchema,
} from './commitments.schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['commitments'];

/** Routes of commitments under `/api/v1/commitments`. */
export function commitmentsRoutes(app: App, ctx: AppContext): void {
  const commitments = ctx.services.commitments;
  app.get(
    '/api/v1/commitments',
    {
      schema: {
        tags,
        summary: 'Commitments visible to you, oldest first',
        querystring: Type.Object({
          party: Type.Optional(PartyCodeSchema),
          kind: Type.Optional(CommitmentKindSchema),
          state: Type.Optional(CommitmentStateSchema),
          pillar: Type.Optional(PillarSchema),
          requirementRef: Type.Optional(Type.String({ maxLength: 200 })),
          exercise: Type.Optional(Type.Boolean()),
          ...PageQuery,
        }),
        response: withProblems({ 200: Page(CommitmentSchema) }),
      },
    },
    (req) => commitments.list(viewerOf(req), req.query),
  );
  app.post(
    '/api/v1/commitments',
    {
      schema: {
        tags,
        summary: 'Record a commitment of your party (planners, coordinators)',
        body: NewCommitmentSchema,
        response: withProblems({ 201: CommitmentSchema }),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await commitments.create(viewerOf(req), req.body, { requestId: req.id })),
  );
  app.get(
    '/api/v1/commitments/resolution-input',
    {
      schema: {
        tags,
        summary: 'What the conditions engine needs, as visible to you (for client-side what-if)',
        response: withProblems({
          200: Type.Object({
            commitments: Type.Array(Type.Unknown()),
            approvals: Type.Array(Type.Unknown()),
            events: Type.Array(Type.Unknown()),
            exercise: Type.Boolean(),
          }),
        }),
      },
    },
    (req) => commitments.resolutionInput(viewerOf(req)),
  );
  app.post(
    '/api/v1/commitments/resolve',
    {
      schema: {
        tags,
        summary: 'Effective state of every visible commitment, with reasons; what-if in the body',
        body: Type.Optional(WhatIfSchema),
        response: withProblems({ 200: ResolveAnswerSchema }),
      },
    },
    (req) => commitments.resolve(viewerOf(req), req.body ?? {}),
  );
  app.get(
    '/api/v1/commitments/:id',
    {
      schema: {
        tags,
        summary: 'One commitment with its approvals',
        params: IdParams,
        response: withProblems({ 200: CommitmentSchema }),
      },
    },
    (req) => commitments.get(viewerOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/commitments/:id',
    {
      schema: {
        tags,
        summary: 'Edit a commitment of your party; pass `version` to guard against lost updates',
        params: IdParams,
        body: CommitmentPatchSchema,
        response: withProblems({ 200: CommitmentSchema }),
      },
    },
    (req) => commitments.update(viewerOf(req), req.params.id, req.body, { requestId: req.id }),
  );
  app.post(
    '/api/v1/commitments/:id/transition',
    {
      schema: {
        tags,
        summary: 'Move a commitment along its lifecycle',
        params: IdParams,
        body: TransitionSchema,
        response: withProblems({ 200: CommitmentSchema }),
      },
    },
    (req) =>
      commitments.transition(viewerOf(req), req.params.id, req.body.to, req.body.note, { requestId: req.id }),
  );
  app.get(
    '/api/v1/commitments/:id/history',
    {
      schema: {
        tags,
        summary: 'Every version of a commitment',
        params: IdParams,
        response: withProblems({
          200: Type.Object({ items: Type.Array(HistoryEntrySchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await commitments.history(viewerOf(req), req.params.id), nextCursor: null }),
  );
}
