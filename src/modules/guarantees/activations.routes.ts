import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { Page, PageQuery, withProblems } from '../../platform/http/schemas.js';
import type { ActivationsService } from './activations.service.js';
import {
  ACTIVATION_STATUSES,
  ActivationSchema,
  BoardSchema,
  ClockSchema,
  DecisionSchema,
  DeclareActivationSchema,
  ReportSchema,
} from './guarantees.schemas.js';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Routes of activations and their clocks under `/api/v1/guarantees/activations`. */
export function activationsRoutes(app: App, activations: ActivationsService): void {
  app.get(
    '/api/v1/guarantees/activations',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Proposed, confirmed and rejected activations, newest first',
        querystring: Type.Object({
          status: Type.Optional(Type.Union(ACTIVATION_STATUSES.map((s) => Type.Literal(s)))),
          triggerId: Type.Optional(Type.String({ format: 'uuid' })),
          ...PageQuery,
        }),
        response: withProblems({ 200: Page(ActivationSchema) }),
      },
    },
    (req) => activations.list(viewerOf(req), req.query),
  );
  app.get(
    '/api/v1/guarantees/activations/:id',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'One activation',
        params: IdParams,
        response: withProblems({ 200: ActivationSchema }),
      },
    },
    (req) => activations.get(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/guarantees/activations',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Declare an activation by hand, with rationale (coordinators); the clocks start',
        body: DeclareActivationSchema,
        response: withProblems({ 201: ActivationSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await activations.declare(viewerOf(req), req.body)),
  );
  app.post(
    '/api/v1/guarantees/activations/:id/confirm',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Confirm a proposed activation (coordinators); the clocks start',
        params: IdParams,
        body: DecisionSchema,
        response: withProblems({ 200: ActivationSchema }),
      },
    },
    (req) => activations.confirm(viewerOf(req), req.params.id, req.body.rationale),
  );
  app.post(
    '/api/v1/guarantees/activations/:id/reject',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Reject a proposed activation (coordinators)',
        params: IdParams,
        body: DecisionSchema,
        response: withProblems({ 200: ActivationSchema }),
      },
    },
    (req) => activations.reject(viewerOf(req), req.params.id, req.body.rationale),
  );
  app.get(
    '/api/v1/guarantees/activations/:id/board',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Live board: what each party has done against what it promised',
        params: IdParams,
        response: withProblems({ 200: BoardSchema }),
      },
    },
    (req) => activations.board(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/guarantees/activations/:id/clocks/:clockId/report',
    {
      schema: {
        tags: ['guarantees'],
        summary: "Report one of your party's steps done",
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          clockId: Type.String({ format: 'uuid' }),
        }),
        body: ReportSchema,
        response: withProblems({ 200: ClockSchema }),
      },
    },
    (req) => activations.report(viewerOf(req), req.params.id, req.params.clockId, req.body),
  );
}
