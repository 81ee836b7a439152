import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { viewerOf } from '../../platform/http/auth.js';
import { DateTimeSchema, Page, PageQuery, withProblems } from '../../platform/http/schemas.js';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import { notificationToCot } from './cot-export.js';
import {
  NewNotificationSchema,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATES,
  NotificationSchema,
  ReceiptMatrixRowSchema,
  SubmissionSchema,
  TransitionSchema,
} from './deconfliction.schemas.js';
import { notificationFeature } from './notification-present.js';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Filter = {
  kind: Type.Optional(Type.Union(NOTIFICATION_KINDS.map((k) => Type.Literal(k)))),
  status: Type.Optional(Type.Union(NOTIFICATION_STATES.map((k) => Type.Literal(k)))),
  party: Type.Optional(PartyCodeSchema),
  from: Type.Optional(DateTimeSchema),
  to: Type.Optional(DateTimeSchema),
  exercise: Type.Optional(Type.Boolean()),
};
const TAGS = ['deconfliction'];
const BASE = '/api/v1/deconfliction/notifications';

/** Routes of notifications under `/api/v1/deconfliction/notifications`. */
export function notificationsRoutes(app: App, ctx: AppContext): void {
  const svc = () => ctx.services.deconfliction.notifications;
  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Submit a notification; answers at once with the conflicts it has',
        description:
          'Activities need 48 h notice (24 h flagged as emergency). Retrying with the same clientId and content answers the original (200); other content is a 409.',
        body: NewNotificationSchema,
        response: withProblems({ 200: SubmissionSchema, 201: SubmissionSchema }),
      },
    },
    async (req, reply) => {
      const out = await svc().submit(viewerOf(req), req.body);
      return reply.code(out.replayed ? 200 : 201).send(out);
    },
  );
  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Notifications releasable to the caller, by start time',
        querystring: Type.Object({ ...Filter, ...PageQuery }),
        response: withProblems({ 200: Page(NotificationSchema) }),
      },
    },
    (req) => svc().list(viewerOf(req), req.query),
  );
  app.get(
    `${BASE}.geojson`,
    {
      schema: {
        tags: TAGS,
        summary: 'Notifications releasable to the caller as a GeoJSON FeatureCollection (RFC 7946)',
        querystring: Type.Object({ ...Filter, ...PageQuery }),
      },
    },
    async (req, reply) => {
      const page = await svc().list(viewerOf(req), { ...req.query, limit: req.query.limit ?? 1_000 });
      return reply.type('application/geo+json').send({
        type: 'FeatureCollection',
        features: page.items.map(notificationFeature),
        nextCursor: page.nextCursor,
      });
    },
  );
  app.get(
    `${BASE}.cot`,
    {
      schema: {
        tags: TAGS,
        summary: 'Notified areas as Cursor on Target drawing events, one <event> per line, for TAK clients',
        querystring: Type.Object({ ...Filter, ...PageQuery }),
      },
    },
    async (req, reply) => {
      const page = await svc().list(viewerOf(req), { ...req.query, limit: req.query.limit ?? 1_000 });
      const now = Date.now();
      return reply
        .type('application/xml; charset=utf-8')
        .send(page.items.map((n) => notificationToCot(n, now)).join('\n') + (page.items.length ? '\n' : ''));
    },
  );
  app.get(
    '/api/v1/deconfliction/receipts',
    {
      schema: {
        tags: TAGS,
        summary:
          'Acknowledgement matrix: notifications × addressee parties, with the time each acknowledged receipt',
        description: 'A receipt says a party has the notification. It is never an approval.',
        querystring: Type.Object({ ...Filter, limit: PageQuery.limit }),
        response: withProblems({
          200: Type.Object({ parties: Type.Array(Type.String()), rows: Type.Array(ReceiptMatrixRowSchema) }),
        }),
      },
    },
    (req) => svc().receiptMatrix(viewerOf(req), req.query),
  );
  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One notification',
        params: IdParams,
        response: withProblems({ 200: NotificationSchema }),
      },
    },
    (req) => svc().get(viewerOf(req), req.params.id),
  );
  app.get(
    `${BASE}/:id/cot`,
    { schema: { tags: TAGS, summary: 'One notified area as a Cursor on Target event', params: IdParams } },
    async (req, reply) =>
      reply
        .type('application/xml; charset=utf-8')
        .send(notificationToCot(await svc().get(viewerOf(req), req.params.id))),
  );
  app.post(
    `${BASE}/:id/transitions`,
    {
      schema: {
        tags: TAGS,
        summary: 'Relay, activate, complete or withdraw a notification',
        params: IdParams,
        body: TransitionSchema,
        response: withProblems({ 200: NotificationSchema }),
      },
    },
    (req) => svc().transition(viewerOf(req), req.params.id, req.body.to),
  );
  app.post(
    `${BASE}/:id/receipt`,
    {
      schema: {
        tags: TAGS,
        summary: "Acknowledge receipt of a notification for the caller's party (receipt, not approval)",
        params: IdParams,
        response: withProblems({ 200: NotificationSchema }),
      },
    },
    (req) => svc().acknowledgeReceipt(viewerOf(req), req.params.id),
  );
}
