import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { DateTimeSchema, withProblems } from '../../platform/http/schemas.js';
import {
  EvaluationSchema,
  NewTriggerSchema,
  TriggerPatchSchema,
  TriggerSchema,
} from './guarantees.schemas.js';
import type { TriggersService } from './triggers.service.js';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Routes of triggers under `/api/v1/guarantees/triggers`. */
export function triggersRoutes(app: App, _ctx: AppContext, triggers: TriggersService): void {
  app.get(
    '/api/v1/guarantees/triggers',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Triggers: named definitions of a renewed armed attack',
        response: withProblems({
          200: Type.Object({ items: Type.Array(TriggerSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await triggers.list(viewerOf(req)), nextCursor: null }),
  );
  app.get(
    '/api/v1/guarantees/triggers/:id',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'One trigger',
        params: IdParams,
        response: withProblems({ 200: TriggerSchema }),
      },
    },
    (req) => triggers.get(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/guarantees/triggers',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Define a trigger (coordinators)',
        body: NewTriggerSchema,
        response: withProblems({ 201: TriggerSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await triggers.create(viewerOf(req), req.body)),
  );
  app.patch(
    '/api/v1/guarantees/triggers/:id',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Edit a trigger of your party (coordinators)',
        params: IdParams,
        body: TriggerPatchSchema,
        response: withProblems({ 200: TriggerSchema }),
      },
    },
    (req) => triggers.update(viewerOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/guarantees/triggers/:id/evaluate',
    {
      schema: {
        tags: ['guarantees'],
        summary: 'Evaluate a trigger now (or at a time); raises a proposed activation when met',
        params: IdParams,
        body: Type.Object(
          {
            at: Type.Optional(DateTimeSchema),
            from: Type.Optional({
              ...DateTimeSchema,
              description: 'Start of the period searched for the peak window',
            }),
          },
          { additionalProperties: false },
        ),
        response: withProblems({ 200: EvaluationSchema }),
      },
    },
    (req) => triggers.evaluate(viewerOf(req), req.params.id, req.body),
  );
}
