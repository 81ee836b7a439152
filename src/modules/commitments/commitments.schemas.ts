import { Type, type Static } from '@sinclair/typebox';
import { PartyCodeSchema, ReleasabilitySchema } from '../../platform/access/releasability.js';
import { DateTimeSchema } from '../../platform/http/schemas.js';
import {
  APPROVAL_BODIES,
  APPROVAL_STATES,
  COMMITMENT_STATES,
  CommitmentKindSchema,
  ConditionSchema,
  EFFECTIVE_STATES,
  PillarSchema,
} from './commitments.model.js';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);

/** A source backing a commitment: a citation and, where public, its address. */
export const SourceSchema = Type.Object(
  {
    citation: Type.String({ minLength: 1, maxLength: 1000 }),
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
  },
  { additionalProperties: false },
);
/** A source. */
export type Source = Static<typeof SourceSchema>;

/** TypeBox union of the lifecycle states. */
export const CommitmentStateSchema = lit(COMMITMENT_STATES);
/** TypeBox union of the approval states. */
export const ApprovalStateSchema = lit(APPROVAL_STATES);

const Period = Type.Object(
  { start: Type.Optional(DateTimeSchema), end: Type.Optional(DateTimeSchema) },
  { additionalProperties: false, description: 'ISO 8601 UTC; either end may be open' },
);
const Purpose = Type.Object(
  {
    pillar: PillarSchema,
    requirementRef: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false, description: 'Which pillar and which requirement the commitment answers' },
);

/** Fields a party can set on its commitment. */
const CommitmentFields = {
  kind: CommitmentKindSchema,
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  quantity: Type.Optional(Type.Number({ minimum: 0 })),
  unit: Type.Optional(
    Type.String({ minLength: 1, maxLength: 50, description: 'e.g. personnel, aircraft, ships' }),
  ),
  valueEur: Type.Optional(Type.Number({ minimum: 0, description: 'Value in EUR' })),
  period: Type.Optional(Period),
  purpose: Type.Optional(Purpose),
  conditions: Type.Optional(Type.Union([ConditionSchema, Type.Null()])),
  sources: Type.Optional(Type.Array(SourceSchema, { maxItems: 50 })),
  releasability: ReleasabilitySchema,
};

/** Body of `POST /api/v1/commitments`. The owner is the caller's party. */
export const NewCommitmentSchema = Type.Object(
  {
    ...CommitmentFields,
    state: Type.Optional(CommitmentStateSchema),
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
/** A new commitment. */
export type NewCommitment = Static<typeof NewCommitmentSchema>;

/** Body of `PATCH /api/v1/commitments/{id}`: any field; `version` guards against lost updates. */
export const CommitmentPatchSchema = Type.Object(
  {
    ...Type.Partial(Type.Object(CommitmentFields)).properties,
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version being edited' })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
/** A change to a commitment. */
export type CommitmentPatch = Static<typeof CommitmentPatchSchema>;

/** Body of `POST /api/v1/commitments/{id}/transition`. */
export const TransitionSchema = Type.Object(
  { to: CommitmentStateSchema, note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

/** A domestic approval as the API shows it. */
export const ApprovalSchema = Type.Object({
  id: Type.String(),
  commitmentId: Type.String(),
  party: PartyCodeSchema,
  body: lit(APPROVAL_BODIES),
  bodyName: Type.String(),
  state: ApprovalStateSchema,
  tabledAt: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  expectedDays: Type.Union([Type.Integer(), Type.Null()], { description: 'Expected days to approval' }),
  mandate: Type.Object({
    personnelCeiling: Type.Union([Type.Integer(), Type.Null()]),
    durationMonths: Type.Union([Type.Integer(), Type.Null()]),
    area: Nullable(Type.String()),
  }),
  note: Nullable(Type.String()),
  source: Nullable(Type.String()),
  exercise: Type.Boolean(),
  version: Type.Integer(),
  updatedAt: Type.String(),
});
/** A domestic approval. */
export type Approval = Static<typeof ApprovalSchema>;

const MandateInput = Type.Object(
  {
    personnelCeiling: Type.Optional(Type.Integer({ minimum: 0 })),
    durationMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
    area: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
);

/** Body of `POST /api/v1/commitments/{id}/approvals`. */
export const NewApprovalSchema = Type.Object(
  {
    body: lit(APPROVAL_BODIES),
    bodyName: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. Bundestag, House of Commons' }),
    state: ApprovalStateSchema,
    tabledAt: Type.Optional(DateTimeSchema),
    decidedAt: Type.Optional(DateTimeSchema),
    expectedDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    mandate: Type.Optional(MandateInput),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    source: Type.Optional(Type.String({ maxLength: 2000 })),
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
/** A new approval. */
export type NewApproval = Static<typeof NewApprovalSchema>;

/** Body of `PATCH /api/v1/approvals/{id}`. */
export const ApprovalPatchSchema = Type.Partial(Type.Omit(NewApprovalSchema, ['exercise']), {
  additionalProperties: false,
  minProperties: 1,
});
/** A change to an approval. */
export type ApprovalPatch = Static<typeof ApprovalPatchSchema>;

/** A commitment as the API shows it. */
export const CommitmentSchema = Type.Object({
  id: Type.String(),
  party: PartyCodeSchema,
  kind: CommitmentKindSchema,
  title: Type.String(),
  description: Nullable(Type.String()),
  quantity: Type.Union([Type.Number(), Type.Null()]),
  unit: Nullable(Type.String()),
  valueEur: Type.Union([Type.Number(), Type.Null()]),
  period: Type.Object({ start: Nullable(Type.String()), end: Nullable(Type.String()) }),
  purpose: Type.Union([
    Type.Object({ pillar: PillarSchema, requirementRef: Nullable(Type.String()) }),
    Type.Null(),
  ]),
  state: CommitmentStateSchema,
  conditions: Type.Union([ConditionSchema, Type.Null()]),
  sources: Type.Array(SourceSchema),
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  approvals: Type.Array(ApprovalSchema),
});
/** A commitment. */
export type Commitment = Static<typeof CommitmentSchema>;

/** One version in a commitment's history. */
export const HistoryEntrySchema = Type.Object({
  version: Type.Integer(),
  at: Type.String(),
  actor: Type.String(),
  action: Type.String(),
  note: Nullable(Type.String()),
  snapshot: Type.Unknown(),
});

/** An event conditions can wait for. */
export const EventSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  happened: Type.Boolean(),
  at: Nullable(Type.String()),
  source: Nullable(Type.String()),
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean(),
});
/** An event. */
export type ConditionEvent = Static<typeof EventSchema>;

/** Body of `PUT /api/v1/commitment-events/{key}` (coordinators). */
export const EventInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    happened: Type.Boolean(),
    at: Type.Optional(DateTimeSchema),
    source: Type.Optional(Type.String({ maxLength: 2000 })),
    releasability: ReleasabilitySchema,
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
/** An event as written. */
export type EventInput = Static<typeof EventInputSchema>;

/** What-if options of a resolution (see resolve-conditions.ts). */
export const WhatIfSchema = Type.Object(
  {
    excludeParties: Type.Optional(Type.Array(PartyCodeSchema, { maxItems: 100 })),
    assumeEvents: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.Boolean())),
    approvals: Type.Optional(
      Type.Record(
        Type.String({ maxLength: 100 }),
        Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
      ),
    ),
    approvalsByParty: Type.Optional(
      Type.Record(
        Type.String({ maxLength: 10 }),
        Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
      ),
    ),
    assumeCommitments: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 1000 })),
    assumeParties: Type.Optional(Type.Array(PartyCodeSchema, { maxItems: 100 })),
    asOf: Type.Optional(DateTimeSchema),
  },
  { additionalProperties: false },
);

/** One node of an explanation tree. */
export const ReasonNodeSchema = Type.Recursive(
  (Self) =>
    Type.Object({
      status: Type.Union([Type.Literal('met'), Type.Literal('pending'), Type.Literal('failed')]),
      text: Type.String(),
      message: Type.Optional(
        Type.Object({
          key: Type.String({ description: 'Key of the sentence (reason-messages.ts), for translation' }),
          vars: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
        }),
      ),
      commitmentId: Type.Optional(Type.String()),
      children: Type.Optional(Type.Array(Self)),
    }),
  { $id: 'ReasonNode' },
);

/** One commitment's effective state, as `POST /api/v1/commitments/resolve` answers. */
export const ResolutionSchema = Type.Object({
  id: Type.String(),
  party: Type.String(),
  title: Type.String(),
  kind: CommitmentKindSchema,
  state: lit(EFFECTIVE_STATES),
  binding: Type.Boolean(),
  reasons: Type.Array(Type.String()),
  explanation: Type.Union([ReasonNodeSchema, Type.Null()]),
});

/** The whole answer of a resolution. */
export const ResolveAnswerSchema = Type.Object({
  items: Type.Array(ResolutionSchema),
  counts: Type.Record(Type.String(), Type.Integer()),
  exercise: Type.Boolean({ description: 'True when any resolved commitment is exercise data' }),
});
