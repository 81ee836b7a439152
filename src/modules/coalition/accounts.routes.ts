import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/app-type.js';
import type { AppContext } from '../../platform/context.js';
import { SESSION_COOKIE, viewerOf } from '../../platform/http/auth.js';
import { withProblems } from '../../platform/http/schemas.js';
import {
  ApiTokenSchema,
  LoginSchema,
  MeSchema,
  NewApiTokenSchema,
  NewUserSchema,
  UserPatchSchema,
  UserSchema,
} from './coalition.schemas.js';

/** Sign-in, the current user, users and API tokens. */
export function accountsRoutes(app: App, ctx: AppContext): void {
  const accounts = ctx.services.accounts;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.secureCookies,
    path: '/',
  } as const;

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute', keyGenerator: (req) => req.ip } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a password; sets the session cookie',
        body: LoginSchema,
        response: withProblems({ 200: MeSchema }),
      },
    },
    async (req, reply) => {
      const { sessionId, viewer, expiresAt } = await accounts.login(req.body.username, req.body.password);
      reply.setCookie(SESSION_COOKIE, sessionId, { ...cookieOptions, expires: new Date(expiresAt) });
      return accounts.me(viewer);
    },
  );
  app.post(
    '/api/v1/auth/logout',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Sign out', response: withProblems({ 204: Type.Null() }) },
    },
    async (req, reply) => {
      const session = req.cookies[SESSION_COOKIE];
      if (session) await accounts.logout(session);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: withProblems({ 200: MeSchema }) } },
    (req) => accounts.me(viewerOf(req)),
  );

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['coalition'],
        summary: "Users of the coordinator's party",
        response: withProblems({
          200: Type.Object({ items: Type.Array(UserSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await accounts.listUsers(viewerOf(req)), nextCursor: null }),
  );
  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: ['coalition'],
        summary: "Add a user to the coordinator's party",
        body: NewUserSchema,
        response: withProblems({ 201: UserSchema }),
      },
    },
    async (req, reply) => reply.code(201).send(await accounts.createUser(viewerOf(req), req.body)),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['coalition'],
        summary: 'Change a user (role, name, disabled, password)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: UserPatchSchema,
        response: withProblems({ 200: UserSchema }),
      },
    },
    (req) => accounts.updateUser(viewerOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['coalition'],
        summary: "API tokens: the party's (coordinators) or one's own",
        response: withProblems({
          200: Type.Object({ items: Type.Array(ApiTokenSchema), nextCursor: Type.Null() }),
        }),
      },
    },
    async (req) => ({ items: await accounts.listTokens(viewerOf(req)), nextCursor: null }),
  );
  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['coalition'],
        summary: 'Create an API token; the secret is in this answer only',
        body: NewApiTokenSchema,
        response: withProblems({ 201: Type.Object({ token: Type.String(), meta: ApiTokenSchema }) }),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await accounts.createToken(viewerOf(req), req.body.username, req.body.name)),
  );
  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['coalition'],
        summary: 'Revoke an API token',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: withProblems({ 204: Type.Null() }),
      },
    },
    async (req, reply) => {
      await accounts.revokeToken(viewerOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
