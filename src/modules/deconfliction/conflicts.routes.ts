import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { Page, PageQuery, withProblems } from '../../platform/http/schemas.js';
import { ConflictSchema, HotlineMessageSchema, NewHotlineMessageSchema } from './deconfliction.schemas.js';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const TAGS = ['deconfliction'];

/** Routes of conflicts, batch detection and the hotline under `/api/v1/deconfliction`. */
export function conflictsRoutes(app: App, ctx: AppContext): void {
  const d = () => ctx.services.deconfliction;
  app.get(
    '/api/v1/deconfliction/conflicts',
    {
      schema: {
        tags: TAGS,
        summary: "Conflicts involving the caller's party or between notifications releasable to it",
        description:
          'A party always learns of a conflict with its own notification; the other side is named only when releasable to it, otherwise it reads "another party\'s activity".',
        querystring: Type.Object({
          status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('resolved')])),
          notificationId: Type.Optional(Type.String({ format: 'uuid' })),
          ...PageQuery,
        }),
        response: withProblems({ 200: Page(ConflictSchema) }),
      },
    },
    (req) => d().conflicts.list(viewerOf(req), req.query),
  );
  app.get(
    '/api/v1/deconfliction/conflicts/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One conflict',
        params: IdParams,
        response: withProblems({ 200: ConflictSchema }),
      },
    },
    (req) => d().conflicts.get(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/deconfliction/conflicts/:id/acknowledgement',
    {
      schema: {
        tags: TAGS,
        summary: "Acknowledge a conflict for the caller's party (one of its two parties)",
        params: IdParams,
        response: withProblems({ 200: ConflictSchema }),
      },
    },
    (req) => d().conflicts.acknowledge(viewerOf(req), req.params.id),
  );
  app.post(
    '/api/v1/deconfliction/conflicts/:id/resolution',
    {
      schema: {
        tags: TAGS,
        summary: 'Resolve a conflict, saying how (one of its two parties)',
        params: IdParams,
        body: Type.Object(
          { resolution: Type.String({ minLength: 1, maxLength: 2_000 }) },
          { additionalProperties: false },
        ),
        response: withProblems({ 200: ConflictSchema }),
      },
    },
    (req) => d().conflicts.resolve(viewerOf(req), req.params.id, req.body.resolution),
  );
  app.post(
    '/api/v1/deconfliction/detect',
    {
      schema: {
        tags: TAGS,
        summary:
          'Batch run (coordinators): expire overdue notifications and detect conflicts among all live ones',
        response: withProblems({
          200: Type.Object({
            checked: Type.Integer(),
            pairs: Type.Integer(),
            added: Type.Integer(),
            expired: Type.Integer(),
            durationMs: Type.Number(),
          }),
        }),
      },
    },
    (req) => d().conflicts.detectAll(viewerOf(req)),
  );
  app.get(
    '/api/v1/deconfliction/hotline',
    {
      schema: {
        tags: TAGS,
        summary: 'Hotline log releasable to the caller, oldest first',
        querystring: Type.Object({
          notificationId: Type.Optional(Type.String({ format: 'uuid' })),
          conflictId: Type.Optional(Type.String({ format: 'uuid' })),
          ...PageQuery,
        }),
        response: withProblems({ 200: Page(HotlineMessageSchema) }),
      },
    },
    (req) => d().hotline.list(viewerOf(req), req.query),
  );
  app.post(
    '/api/v1/deconfliction/hotline',
    {
      schema: {
        tags: TAGS,
        summary: 'Send a hotline message about a notification or a conflict; appended to the ledger',
        body: NewHotlineMessageSchema,
        response: withProblems({ 201: HotlineMessageSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await d().hotline.send(viewerOf(req), req.body)),
  );
}
