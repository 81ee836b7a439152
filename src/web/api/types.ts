/**
 * Types of the API answers, taken from the server's TypeBox schemas with `import type`, so
 * that the compiler checks the client against the contract (nothing of the server is bundled).
 */
import type { Static } from '@sinclair/typebox';
import type {
  ApiTokenSchema,
  MeSchema,
  NewUserSchema,
  PartySchema,
  RepresentativeSchema,
  UserPatchSchema,
  UserSchema,
} from '../../modules/coalition/coalition.schemas.js';
import type { ProblemSchema } from '../../platform/http/problem.js';
import type { Role as ServerRole } from '../../platform/access/viewer.js';
import type { Headline as ServerHeadline } from '../../platform/module.js';
import type { listAudit } from '../../platform/audit/audit.service.js';

/** One of the seven roles. */
export type Role = ServerRole;
/** The signed-in user (`GET /api/v1/auth/me`). */
export type Me = Static<typeof MeSchema>;
/** A party of the coalition registry. */
export type Party = Static<typeof PartySchema>;
/** A representative of a party. */
export type Representative = Static<typeof RepresentativeSchema>;
/** A user account. */
export type User = Static<typeof UserSchema>;
/** Body of `POST /api/v1/users`. */
export type NewUser = Static<typeof NewUserSchema>;
/** Body of `PATCH /api/v1/users/{id}`. */
export type UserPatch = Static<typeof UserPatchSchema>;
/** An API token's metadata. */
export type ApiToken = Static<typeof ApiTokenSchema>;
/** An RFC 9457 problem document. */
export type Problem = Static<typeof ProblemSchema>;
/** A headline figure of the overview. */
export type Headline = ServerHeadline;
/** One row of the audit trail. */
export type AuditEvent = Awaited<ReturnType<typeof listAudit>>['items'][number];

/** `{ items, nextCursor }`: every list of the API. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `GET /api/v1/status` (public). */
export interface Status {
  name: 'Guarantor';
  /** True while exercise data is loaded: every page shows the EXERCISE banner. */
  exercise: boolean;
  modules: string[];
  basemapPmtiles: boolean;
}

/** `GET /api/v1/overview`: headline figures per module. */
export interface Overview {
  modules: Record<string, Headline[]>;
}
