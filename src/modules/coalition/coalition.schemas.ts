import { Type, type Static } from '@sinclair/typebox';
import { PartyCodeSchema } from '../../platform/access/releasability.js';
import { RoleSchema } from '../../platform/access/viewer.js';

export const PARTY_KINDS = ['state', 'institution'] as const;
export const COALITION_ROLES = ['host', 'member', 'partner', 'observer'] as const;

/** A representative of a party. */
export const RepresentativeSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  office: Type.String(),
  source: Type.Union([Type.String(), Type.Null()]),
});
export type Representative = Static<typeof RepresentativeSchema>;

/** A party of the coalition registry. */
export const PartySchema = Type.Object({
  code: PartyCodeSchema,
  name: Type.String(),
  kind: Type.Union(PARTY_KINDS.map((k) => Type.Literal(k))),
  coalitionRole: Type.Union(COALITION_ROLES.map((k) => Type.Literal(k))),
  parliamentApproval: Type.Union([Type.Null(), Type.Boolean()], {
    description: "Deployments abroad need the parliament's approval; null where not established",
  }),
  source: Type.Union([Type.String(), Type.Null()]),
  representatives: Type.Optional(Type.Array(RepresentativeSchema)),
});
export type Party = Static<typeof PartySchema>;

/** Body of `POST /api/v1/parties`. */
export const NewPartySchema = Type.Object(
  {
    code: PartyCodeSchema,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Union(PARTY_KINDS.map((k) => Type.Literal(k))),
    coalitionRole: Type.Union(COALITION_ROLES.map((k) => Type.Literal(k))),
    parliamentApproval: Type.Union([Type.Null(), Type.Boolean()]),
    source: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type NewParty = Static<typeof NewPartySchema>;

/** Body of `PATCH /api/v1/parties/{code}`. */
export const PartyPatchSchema = Type.Partial(Type.Omit(NewPartySchema, ['code']), {
  additionalProperties: false,
  minProperties: 1,
});
export type PartyPatch = Static<typeof PartyPatchSchema>;

/** Body of `POST /api/v1/parties/{code}/representatives`. */
export const NewRepresentativeSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    office: Type.String({ minLength: 1, maxLength: 200 }),
    source: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type NewRepresentative = Static<typeof NewRepresentativeSchema>;

/** A user account as the API shows it (never the password hash). */
export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  party: PartyCodeSchema,
  role: RoleSchema,
  disabled: Type.Boolean(),
  exercise: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type User = Static<typeof UserSchema>;

/** Body of `POST /api/v1/users`. */
export const NewUserSchema = Type.Object(
  {
    username: Type.String({
      pattern: '^[a-z0-9][a-z0-9._-]{2,63}$',
      description: '3–64 lower-case letters, digits, dot, dash, underscore',
    }),
    displayName: Type.Optional(Type.String({ maxLength: 200 })),
    party: PartyCodeSchema,
    role: RoleSchema,
    password: Type.Optional(Type.String({ minLength: 12, maxLength: 1024 })),
  },
  { additionalProperties: false },
);
export type NewUser = Static<typeof NewUserSchema>;

/** Body of `PATCH /api/v1/users/{id}`. */
export const UserPatchSchema = Type.Object(
  {
    displayName: Type.Optional(Type.String({ maxLength: 200 })),
    role: Type.Optional(RoleSchema),
    disabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Type.String({ minLength: 12, maxLength: 1024 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UserPatch = Static<typeof UserPatchSchema>;

/** An API token's metadata (the secret is shown once, at creation). */
export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  username: Type.String(),
  party: Type.String(),
  prefix: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});
export type ApiToken = Static<typeof ApiTokenSchema>;

/** Body of `POST /api/v1/tokens`. */
export const NewApiTokenSchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** Body of `POST /api/v1/auth/login`. */
export const LoginSchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

/** The signed-in user, as `GET /api/v1/auth/me` answers. */
export const MeSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  party: Type.String(),
  partyName: Type.String(),
  role: RoleSchema,
  exercise: Type.Boolean({ description: 'True while the deployment holds exercise data' }),
});
export type Me = Static<typeof MeSchema>;
