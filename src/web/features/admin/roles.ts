import type { Role } from '../../api/types.js';

/** The seven roles, in the order the forms offer them (mirrors the server's `ROLES`). */
export const ROLES: readonly Role[] = [
  'coordinator',
  'planner',
  'verifier',
  'monitor',
  'analyst',
  'viewer',
  'integration',
] satisfies readonly Role[];
