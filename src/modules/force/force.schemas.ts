import { Type, type Static } from '@sinclair/typebox';
import { PartyCodeSchema, ReleasabilitySchema } from '../../platform/access/releasability.js';
import { DateTimeSchema } from '../../platform/http/schemas.js';
import { ConditionSchema, EFFECTIVE_STATES } from '../commitments/commitments.model.js';
import { CommitmentSchema, NewApprovalSchema, SourceSchema } from '../commitments/commitments.schemas.js';
import {
  AreaSchema,
  AuthoritySchema,
  CaveatSchema,
  DomainSchema,
  LineDecisionSchema,
  LineStateSchema,
  PlaceSchema,
  ReadinessSchema,
} from './force.model.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);

const LineFields = {
  ref: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$', description: 'e.g. L-01' }),
  domain: DomainSchema,
  capability: Type.String({
    minLength: 1,
    maxLength: 100,
    description: 'e.g. mechanised infantry battalion',
  }),
  quantity: Type.Number({ exclusiveMinimum: 0 }),
  unit: Type.String({ minLength: 1, maxLength: 50, description: 'personnel, aircraft, ships, …' }),
  area: AreaSchema,
  phase: Type.String({ minLength: 1, maxLength: 50 }),
  priority: Type.Integer({ minimum: 1, maximum: 5, description: '1 highest' }),
  readinessDays: Type.Integer({ minimum: 0, maximum: 3650, description: "Days' notice needed" }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  releasability: ReleasabilitySchema,
};

/** Body of `POST /api/v1/force/lines`. */
export const NewLineSchema = Type.Object(
  { ...LineFields, exercise: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
/** A new requirement line. */
export type NewLine = Static<typeof NewLineSchema>;

/** Body of `PATCH /api/v1/force/lines/{id}`; `decision` accepts a gap or re-solicits. */
export const LinePatchSchema = Type.Object(
  {
    ...Type.Partial(Type.Object(LineFields)).properties,
    decision: Type.Optional(Type.Union([LineDecisionSchema, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
/** A change to a requirement line. */
export type LinePatch = Static<typeof LinePatchSchema>;

/** A requirement line as the API shows it. */
export const LineSchema = Type.Object({
  id: Type.String(),
  ref: Type.String(),
  owner: PartyCodeSchema,
  domain: DomainSchema,
  capability: Type.String(),
  quantity: Type.Number(),
  unit: Type.String(),
  area: AreaSchema,
  phase: Type.String(),
  priority: Type.Integer(),
  readinessDays: Type.Integer(),
  decision: Type.Union([LineDecisionSchema, Type.Null()]),
  note: Nullable(Type.String()),
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean(),
  version: Type.Integer(),
});
/** A requirement line. */
export type Line = Static<typeof LineSchema>;

const Platform = Type.Object(
  { type: Type.String({ minLength: 1, maxLength: 100 }), count: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
const Serves = Type.Object(
  { lineId: Type.String({ minLength: 1, maxLength: 100 }), quantity: Type.Number({ exclusiveMinimum: 0 }) },
  { additionalProperties: false },
);

/** Body of `POST /api/v1/force/offers`: the offer and the commitment it makes. */
export const NewOfferSchema = Type.Object(
  {
    lineId: Type.String({ minLength: 1, maxLength: 100 }),
    unitName: Type.String({ minLength: 1, maxLength: 200 }),
    personnel: Type.Optional(Type.Integer({ minimum: 0 })),
    platforms: Type.Optional(Type.Array(Platform, { maxItems: 50 })),
    sidc: Type.String({ minLength: 10, maxLength: 30, description: 'APP-6 / MIL-STD-2525 symbol code' }),
    homeBase: Type.Optional(PlaceSchema),
    plannedLocation: Type.Optional(PlaceSchema),
    noticeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    serves: Type.Optional(Type.Array(Serves, { minItems: 1, maxItems: 50 })),
    caveats: Type.Optional(Type.Array(CaveatSchema, { maxItems: 50 })),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    quantity: Type.Number({
      exclusiveMinimum: 0,
      description: "What the offer brings to its line, in the line's unit",
    }),
    valueEur: Type.Optional(Type.Number({ minimum: 0 })),
    period: Type.Optional(
      Type.Object(
        { start: Type.Optional(DateTimeSchema), end: Type.Optional(DateTimeSchema) },
        { additionalProperties: false },
      ),
    ),
    state: Type.Optional(Type.Union([Type.Literal('announced'), Type.Literal('committed')])),
    conditions: Type.Optional(Type.Union([ConditionSchema, Type.Null()])),
    approvals: Type.Optional(Type.Array(NewApprovalSchema, { maxItems: 10 })),
    sources: Type.Optional(Type.Array(SourceSchema, { maxItems: 50 })),
    releasability: ReleasabilitySchema,
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
/** A new offer. */
export type NewOffer = Static<typeof NewOfferSchema>;

/** Body of `PATCH /api/v1/force/offers/{id}` (force details; the commitment is edited in its own route). */
export const OfferPatchSchema = Type.Object(
  {
    lineId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    unitName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    personnel: Type.Optional(Type.Integer({ minimum: 0 })),
    platforms: Type.Optional(Type.Array(Platform, { maxItems: 50 })),
    sidc: Type.Optional(Type.String({ minLength: 10, maxLength: 30 })),
    homeBase: Type.Optional(Type.Union([PlaceSchema, Type.Null()])),
    plannedLocation: Type.Optional(Type.Union([PlaceSchema, Type.Null()])),
    noticeDays: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 3650 }), Type.Null()])),
    serves: Type.Optional(Type.Array(Serves, { minItems: 1, maxItems: 50 })),
    caveats: Type.Optional(Type.Array(CaveatSchema, { maxItems: 50 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
/** A change to an offer. */
export type OfferPatch = Static<typeof OfferPatchSchema>;

/** Body of `POST /api/v1/force/offers/{id}/readiness`. */
export const ReadinessStepInputSchema = Type.Object(
  {
    level: ReadinessSchema,
    evidence: Type.String({ minLength: 1, maxLength: 2000, description: 'e.g. assessment visit report' }),
    expiresAt: Type.Optional(DateTimeSchema),
  },
  { additionalProperties: false },
);

/** Body of `POST /api/v1/force/offers/{id}/transfers`. */
export const TransferInputSchema = Type.Object(
  {
    authority: AuthoritySchema,
    toCommand: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. MNF-U HQ' }),
    effectiveAt: DateTimeSchema,
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

/** An offer as the API shows it, with its commitment and effective state. */
export const OfferSchema = Type.Object({
  id: Type.String(),
  party: PartyCodeSchema,
  lineId: Type.String(),
  unitName: Type.String(),
  personnel: Type.Union([Type.Integer(), Type.Null()]),
  platforms: Type.Array(Platform),
  sidc: Type.String(),
  homeBase: Type.Union([PlaceSchema, Type.Null()]),
  plannedLocation: Type.Union([PlaceSchema, Type.Null()]),
  noticeDays: Type.Union([Type.Integer(), Type.Null()]),
  serves: Type.Array(Serves),
  caveats: Type.Array(CaveatSchema),
  readiness: Type.Object({
    level: ReadinessSchema,
    expiresAt: Nullable(Type.String()),
    expired: Type.Boolean(),
    steps: Type.Array(
      Type.Object({
        level: ReadinessSchema,
        evidence: Type.String(),
        assessedAt: Type.String(),
        expiresAt: Nullable(Type.String()),
        actor: Type.String(),
      }),
    ),
  }),
  transfers: Type.Array(
    Type.Object({
      id: Type.String(),
      authority: AuthoritySchema,
      toCommand: Type.String(),
      effectiveAt: Type.String(),
      note: Nullable(Type.String()),
    }),
  ),
  commitment: CommitmentSchema,
  effectiveState: Type.Union([...EFFECTIVE_STATES.map((s) => Type.Literal(s)), Type.Null()]),
  reasons: Type.Array(Type.String()),
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean(),
  version: Type.Integer(),
});
/** An offer. */
export type Offer = Static<typeof OfferSchema>;

/** Line state schema, re-exported for the board. */
export { LineStateSchema };
