import { Type } from '@sinclair/typebox';
import type { App } from '../http/app-type.js';
import type { AppContext } from '../context.js';
import { Page, PageQuery, withProblems } from '../http/schemas.js';
import { listAudit } from './audit.service.js';
import { viewerOf } from '../http/auth.js';

const AuditEventSchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.String(),
  actorParty: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});

/** `GET /api/v1/audit`: the audit trail, for coordinators. */
export function auditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit trail (coordinators), newest first',
        querystring: Type.Object({
          entity: Type.Optional(Type.String({ maxLength: 100 })),
          entityId: Type.Optional(Type.String({ maxLength: 200 })),
          actorParty: Type.Optional(Type.String({ maxLength: 10 })),
          actor: Type.Optional(Type.String({ maxLength: 200 })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          from: Type.Optional(Type.String({ format: 'date-time' })),
          to: Type.Optional(Type.String({ format: 'date-time' })),
          ...PageQuery,
        }),
        response: withProblems({ 200: Page(AuditEventSchema) }),
      },
    },
    (req) => {
      const q = req.query;
      const norm = (t?: string) => (t ? new Date(t).toISOString() : undefined);
      return listAudit(ctx.db, viewerOf(req), { ...q, from: norm(q.from), to: norm(q.to) });
    },
  );
}
