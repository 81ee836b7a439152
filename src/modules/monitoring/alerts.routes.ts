import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app-type.js';
import { viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import { AlertRuleParamsSchema } from './alerts.rules.js';
import type { ResumeRequest } from './alerts.stream.js';

const RuleSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  params: AlertRuleParamsSchema,
  webhookUrl: Type.Union([Type.String(), Type.Null()]),
  enabled: Type.Boolean(),
  party: Type.String(),
  createdBy: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const NewRuleSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    params: AlertRuleParamsSchema,
    webhookUrl: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const RulePatchSchema = Type.Partial(NewRuleSchema, { additionalProperties: false });
const SearchFilterSchema = Type.Object(
  {
    bbox: Type.Optional(Type.String({ pattern: '^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$' })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    category: Type.Optional(Type.String({ maxLength: 100 })),
    zone: Type.Optional(Type.String({ maxLength: 200 })),
    sector: Type.Optional(Type.String({ maxLength: 200 })),
    status: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
const SearchSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  target: Type.Union([Type.Literal('observations'), Type.Literal('incidents')]),
  filter: SearchFilterSchema,
  party: Type.String(),
  createdBy: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const NewSearchSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    target: Type.Union([Type.Literal('observations'), Type.Literal('incidents')]),
    filter: SearchFilterSchema,
  },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const AlertSchema = Type.Object({
  id: Type.String(),
  ruleId: Type.String(),
  at: Type.String(),
  subjectKind: Type.String(),
  subjectId: Type.String(),
  summary: Type.String(),
});

// Comment lines keep proxies from closing an idle stream.
const HEARTBEAT_MS = 20_000;

/** Opens a Server-Sent Events answer and returns `send` and a close hook. */
function openSse(req: FastifyRequest, reply: FastifyReply, onClose: () => void) {
  reply.hijack();
  reply.raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  reply.raw.write(': connected\n\n');
  const heartbeat = setInterval(() => reply.raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const close = () => {
    clearInterval(heartbeat);
    onClose();
  };
  req.raw.on('close', close);
  // Gone while the request was checked: no 'close' will come; end once the caller has subscribed.
  if (req.raw.socket.destroyed) queueMicrotask(close);
  // An event without `id:` leaves the client's last event ID as it was (WHATWG HTML §9.2.6).
  return (event: string, id: string | null, data: unknown) =>
    reply.raw.write(`event: ${event}\n${id === null ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`);
}

/** Routes of alert rules, fired alerts, saved searches and the live streams (SSE). */
export function alertsRoutes(app: App, ctx: AppContext): void {
  const alerts = ctx.services.alerts;
  const tags = ['monitoring'];

  app.post(
    '/api/v1/alerts/rules',
    {
      schema: {
        tags,
        summary: 'Create an alert rule of your party (webhook secret shown once)',
        description:
          'Kinds: `category-count` (N observations of a category in an optional box within a window), `incident-severity`, `incident-attributed`, `ground-assault-across-line`. Webhooks receive POSTs signed `X-Guarantor-Signature: sha256=HMAC-SHA256(secret, "<X-Guarantor-Timestamp>.<body>")`, retried with exponential back-off.',
        body: NewRuleSchema,
        response: withProblems({
          201: Type.Intersect([
            RuleSchema,
            Type.Object({ webhookSecret: Type.Union([Type.String(), Type.Null()]) }),
          ]),
        }),
      },
    },
    async (req, reply) => reply.code(201).send(await alerts.createRule(viewerOf(req), req.body)),
  );
  app.get(
    '/api/v1/alerts/rules',
    {
      schema: {
        tags,
        summary: 'Alert rules of your party',
        response: withProblems({
          200: Type.Object({ items: Type.Array(RuleSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await alerts.listRules(viewerOf(req)), nextCursor: null }),
  );
  app.get(
    '/api/v1/alerts/rules/:id',
    {
      schema: {
        tags,
        summary: 'One alert rule',
        params: IdParams,
        response: withProblems({ 200: RuleSchema }),
      },
    },
    (req) => alerts.getRule(viewerOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/alerts/rules/:id',
    {
      schema: {
        tags,
        summary: 'Change an alert rule',
        params: IdParams,
        body: RulePatchSchema,
        response: withProblems({ 200: RuleSchema }),
      },
    },
    (req) => alerts.updateRule(viewerOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/alerts/rules/:id',
    {
      schema: {
        tags,
        summary: 'Delete an alert rule',
        params: IdParams,
        response: withProblems({ 204: Type.Null() }),
      },
    },
    async (req, reply) => {
      await alerts.deleteRule(viewerOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/alerts/rules/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'Webhook delivery log of a rule',
        params: IdParams,
        response: withProblems({
          200: Type.Object({ items: Type.Array(Type.Unknown()), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await alerts.deliveries(viewerOf(req), req.params.id), nextCursor: null }),
  );
  app.get(
    '/api/v1/alerts',
    {
      schema: {
        tags,
        summary: 'Fired alerts of your party, newest first',
        response: withProblems({
          200: Type.Object({ items: Type.Array(AlertSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await alerts.listAlerts(viewerOf(req)), nextCursor: null }),
  );
  app.get(
    '/api/v1/alerts/stream',
    {
      schema: {
        tags,
        summary: 'Live alerts of your party (Server-Sent Events, event "alert"), resumable',
        description:
          'Each `alert` event carries an `id:`, the stream position (opaque). A client that reconnects with `Last-Event-ID` (EventSource does so by itself), or with the query parameter `lastEventId` (for clients that cannot set headers; the header wins), first receives the stored alerts of its party after that position, oldest first, at most the newest 500 and none older than 24 hours, then an event `replayed` (`{"count","truncated"}`), then live alerts, with no gap and no duplicate. A position that is not one answers 400 before the stream starts.',
        querystring: Type.Object(
          { lastEventId: Type.Optional(Type.String({ maxLength: 200 })) },
          { additionalProperties: false },
        ),
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const viewer = viewerOf(req);
      const header = req.headers['last-event-id'];
      const sent: ResumeRequest | null =
        typeof header === 'string' && header !== ''
          ? { value: header, field: 'Last-Event-ID' }
          : req.query.lastEventId
            ? { value: req.query.lastEventId, field: 'lastEventId' }
            : null;
      // Checked before the stream opens: a problem cannot be answered once it has started.
      const after = await alerts.resumePoint(viewer, sent);
      let stop = () => {};
      const send = openSse(req, reply, () => stop());
      stop = alerts.streamAlerts(viewer, after, {
        alert: (a, position) => send('alert', position, a),
        replayed: (end) => send('replayed', null, end),
        end: () => reply.raw.end(),
      });
    },
  );
  app.get(
    '/api/v1/live/observations',
    {
      schema: {
        tags,
        summary:
          'Live stream of new observations you may see, for maps (Server-Sent Events, event "observation"; event "gap" when the server may have missed some: read the period again)',
        produces: ['text/event-stream'],
      },
    },
    (req, reply) => {
      const viewer = viewerOf(req);
      let stop = () => {};
      const send = openSse(req, reply, () => stop());
      stop = alerts.onObservation(
        viewer,
        (o) => send('observation', o.id, o),
        () => send('gap', null, {}),
      );
    },
  );

  app.post(
    '/api/v1/saved-searches',
    {
      schema: {
        tags,
        summary: 'Save a search for your party',
        body: NewSearchSchema,
        response: withProblems({ 201: SearchSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await alerts.createSearch(viewerOf(req), req.body)),
  );
  app.get(
    '/api/v1/saved-searches',
    {
      schema: {
        tags,
        summary: 'Saved searches of your party',
        response: withProblems({
          200: Type.Object({ items: Type.Array(SearchSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await alerts.listSearches(viewerOf(req)), nextCursor: null }),
  );
  app.get(
    '/api/v1/saved-searches/:id',
    {
      schema: {
        tags,
        summary: 'One saved search',
        params: IdParams,
        response: withProblems({ 200: SearchSchema }),
      },
    },
    (req) => alerts.getSearch(viewerOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/saved-searches/:id',
    {
      schema: {
        tags,
        summary: 'Rename a saved search or change its filter',
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            filter: Type.Optional(SearchFilterSchema),
          },
          { additionalProperties: false },
        ),
        response: withProblems({ 200: SearchSchema }),
      },
    },
    (req) => alerts.updateSearch(viewerOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/saved-searches/:id',
    {
      schema: {
        tags,
        summary: 'Delete a saved search',
        params: IdParams,
        response: withProblems({ 204: Type.Null() }),
      },
    },
    async (req, reply) => {
      await alerts.deleteSearch(viewerOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
