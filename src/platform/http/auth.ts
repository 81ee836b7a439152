import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../access/viewer.js';
import { unauthorized } from './problem.js';

/** Name of the session cookie (HttpOnly, SameSite=Strict). */
export const SESSION_COOKIE = 'guarantor_session';

/** Resolves the credentials of a request to a viewer, or null when there are none. */
export interface Authenticator {
  /** Viewer of a session id from the cookie, or null when unknown or expired. */
  viewerForSession(sessionId: string): Promise<Viewer | null>;
  /** Viewer of an API token from `Authorization: Bearer`, or null when unknown or revoked. */
  viewerForToken(token: string): Promise<Viewer | null>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; null on public routes without credentials. */
    viewer: Viewer | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without credentials (sign-in, health, OpenAPI). */
    public?: boolean;
  }
}

/** The authenticated viewer of a request; 401 when there is none. */
export function viewerOf(req: FastifyRequest): Viewer {
  if (!req.viewer) throw unauthorized();
  return req.viewer;
}

/**
 * Reads the session cookie or bearer token. A bad bearer token is a 401 even on a public
 * route, so that an integration with a revoked token learns it at once.
 */
export async function authenticate(req: FastifyRequest, auth: Authenticator): Promise<Viewer | null> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <token>".');
    const viewer = await auth.viewerForToken(match[1]);
    if (!viewer) throw unauthorized('The API token is unknown or revoked.');
    return viewer;
  }
  const session = req.cookies[SESSION_COOKIE];
  if (session) return auth.viewerForSession(session);
  return null;
}
