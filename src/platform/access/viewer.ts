import { Type, type Static } from '@sinclair/typebox';
import { forbidden } from '../http/problem.js';

/** The seven roles of Guarantor (DESIGN.md, Security model). */
export const ROLES = [
  'coordinator',
  'planner',
  'verifier',
  'monitor',
  'analyst',
  'viewer',
  'integration',
] as const;
/** One role; each user and token has exactly one. */
export type Role = (typeof ROLES)[number];
/** TypeBox schema of a role. */
export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
export type RoleValue = Static<typeof RoleSchema>;

/**
 * Who is asking: the signed-in user or API token, with its party and role. Every service
 * method takes one and every repository query filters by it.
 */
export interface Viewer {
  userId: string;
  username: string;
  /** Party code of the user (ISO 3166-1 alpha-3, `EU`, `NATO`). */
  party: string;
  role: Role;
  /** False for observers: they see `public` records and what is released to them by name. */
  inCoalition: boolean;
  /** Set when the request came with an API token. */
  tokenId?: string;
}

/**
 * Throws a 403 problem unless the viewer has one of the roles.
 *
 * @example requireRole(viewer, ['coordinator'], 'add a party');
 */
export function requireRole(viewer: Viewer, roles: readonly Role[], action: string): void {
  if (!roles.includes(viewer.role)) {
    throw forbidden(`The role ${viewer.role} may not ${action}; it needs ${roles.join(' or ')}.`);
  }
}
