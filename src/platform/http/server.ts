import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyServerOptions } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../context.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import type { GuarantorModule } from '../module.js';
import type { App } from './app-type.js';
import { authenticate, type Authenticator } from './auth.js';
import { basemapRoutes } from './basemap.routes.js';
import { ProblemError, ProblemSchema, type Problem, type ProblemErrorItem } from './problem.js';
import { idempotencyKeys } from './idempotency.js';

/** Options of `buildServer`. */
export interface ServerOptions {
  /** pino options or `false` for no request logs (tests). */
  logger?: FastifyServerOptions['logger'];
}

/** The problem document for a Fastify validation error, naming each offending field. */
function validationProblem(error: FastifyError): Problem {
  const where = error.validationContext ?? 'body';
  const errors: ProblemErrorItem[] = (error.validation ?? []).map((v) => {
    const missing = (v.params as { missingProperty?: string }).missingProperty;
    const extra = (v.params as { additionalProperty?: string }).additionalProperty;
    const pointer = `${v.instancePath}${missing ? `/${missing}` : extra ? `/${extra}` : ''}` || '/';
    const message = missing ? 'is required' : extra ? 'is not a known field' : (v.message ?? 'is invalid');
    return {
      pointer,
      field: pointer.split('/').filter(Boolean).join('.') || where,
      detail: `${where} ${pointer} ${message}`,
    };
  });
  return {
    type: '/problems/validation',
    title: 'Bad Request',
    status: 400,
    detail: errors.map((e) => e.detail).join('; ') || error.message,
    errors,
  };
}

// Seconds a client is asked to wait before sending again a request the database could not take.
const DATABASE_RETRY_AFTER_S = 5;

/** Maps any error to a problem document and its status. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ProblemError) return error.toProblem();
  if (isDatabaseUnavailable(error))
    return {
      type: '/problems/database-unavailable',
      title: 'Service Unavailable',
      status: 503,
      detail:
        'The database cannot take this request now (unreachable, restarting or busy). Send it again shortly: a write sent again with the same id or Idempotency-Key is stored once.',
    };
  const e = error as FastifyError;
  if (e.validation) return validationProblem(e);
  const status =
    typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500;
  const known: Record<string, [string, string]> = {
    FST_ERR_CTP_INVALID_JSON_BODY: ['/problems/malformed-json', 'The body is not valid JSON.'],
    FST_ERR_CTP_EMPTY_JSON_BODY: [
      '/problems/malformed-json',
      'The body is empty but the content type is JSON.',
    ],
    FST_ERR_CTP_BODY_TOO_LARGE: [
      '/problems/content-too-large',
      'The body is larger than this route accepts.',
    ],
    FST_ERR_CTP_INVALID_MEDIA_TYPE: [
      '/problems/unsupported-media-type',
      'This content type is not accepted here.',
    ],
  };
  const hit = e.code ? known[e.code] : undefined;
  if (hit)
    return {
      type: hit[0],
      title: status === 413 ? 'Content Too Large' : 'Bad Request',
      status,
      detail: `${hit[1]} ${e.message}`,
    };
  if (e instanceof SyntaxError)
    return { type: '/problems/malformed-json', title: 'Bad Request', status: 400, detail: e.message };
  if (status === 429)
    return { type: '/problems/rate-limited', title: 'Too Many Requests', status, detail: e.message };
  if (status < 500) return { type: '/problems/bad-request', title: 'Bad Request', status, detail: e.message };
  return {
    type: '/problems/internal',
    title: 'Internal Server Error',
    status,
    detail: 'The server failed; the request id is in the logs.',
  };
}

/**
 * Builds the HTTP server: security headers, rate limits, body limits, cookie sessions and
 * bearer tokens, OpenAPI, RFC 9457 problems, health checks, the modules' routes and the
 * web application's static files.
 */
export async function buildServer(
  ctx: AppContext,
  modules: readonly GuarantorModule[],
  auth: Authenticator,
  options: ServerOptions = {},
): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? { level: ctx.config.logLevel },
    bodyLimit: ctx.config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: true,
    return503OnClosing: true,
    ajv: {
      customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false, useDefaults: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(ProblemSchema);
  app.decorateRequest('viewer', null);

  // Batches (NDJSON, CSV, CoT XML, spreadsheets) arrive as raw text or bytes; routes that
  // take them raise their own body limit.
  app.addContentTypeParser(
    ['application/x-ndjson', 'text/csv', 'application/xml', 'text/xml', 'application/geo+json'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );
  app.addContentTypeParser(
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  );

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: ctx.config.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    max: ctx.config.rateLimitPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (req) => req.headers.authorization ?? req.ip,
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      message: `Rate limit of ${context.max} requests a minute reached; retry in ${context.after}.`,
    }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Guarantor API',
        version: '1',
        description:
          "The shared system of record of the coalition guaranteeing Ukraine's security. Errors are RFC 9457 problem documents.",
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'guarantor_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list' },
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (!req.url.startsWith('/api/v1/')) return;
    req.viewer = await authenticate(req, auth);
    if (!req.viewer && !req.routeOptions.config.public) {
      throw new ProblemError(401, 'Sign in or send a valid API token.');
    }
  });

  idempotencyKeys(app, ctx.db);

  app.setErrorHandler((error, req, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) req.log.error({ err: error }, 'request failed');
    else req.log.info({ status: problem.status, detail: problem.detail }, 'request refused');
    if (problem.status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
    if (problem.status === 503 && !reply.hasHeader('retry-after'))
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_S));
    return reply
      .code(problem.status)
      .type('application/problem+json')
      .send({ ...problem, instance: req.url });
  });
  app.setNotFoundHandler((req, reply) => {
    if (
      !req.url.startsWith('/api/') &&
      existsSync(join(ctx.config.webRoot, 'index.html')) &&
      req.method === 'GET'
    ) {
      // The web application routes on the client: any unknown page is its index.
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .code(404)
      .type('application/problem+json')
      .send({
        type: '/problems/not-found',
        title: 'Not Found',
        status: 404,
        detail: `No route ${req.method} ${req.url}.`,
        instance: req.url,
      });
  });

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, () => ({ status: 'ok' }));
  app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ready', dialect: ctx.dialect };
    } catch (error) {
      reply.code(503);
      return { status: 'unavailable', error: error instanceof Error ? error.message : String(error) };
    }
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());

  basemapRoutes(app, ctx);
  for (const module of modules) await module.routes?.(app, ctx);

  if (existsSync(ctx.config.webRoot)) {
    await app.register(fastifyStatic, { root: ctx.config.webRoot, wildcard: false, index: ['index.html'] });
  }
  return app;
}
