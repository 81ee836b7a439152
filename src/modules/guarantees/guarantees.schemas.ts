import { Type, type Static } from '@sinclair/typebox';
import { PartyCodeSchema, ReleasabilitySchema } from '../../platform/access/releasability.js';
import { DateTimeSchema } from '../../platform/http/schemas.js';
import { ConditionSchema } from '../commitments/commitments.model.js';
import { ResponseTypeSchema } from './response-types.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);

/** A trigger rule (see trigger-rule.ts). */
export const TriggerRuleSchema = Type.Object(
  {
    categories: Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{1,63}$' }), {
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      description: 'Incident categories that count, e.g. ground-assault',
    }),
    minSeverity: Type.Integer({ minimum: 1, maximum: 4, default: 1 }),
    statuses: Type.Optional(
      Type.Array(Type.Union(['verified', 'referred', 'attributed', 'closed'].map((s) => Type.Literal(s))), {
        minItems: 1,
        uniqueItems: true,
        description: 'Workflow states that count; default all verified',
      }),
    ),
    attributedTo: Type.Array(PartyCodeSchema, {
      maxItems: 10,
      uniqueItems: true,
      description: 'Attributions that count; empty means any attributed incident',
    }),
    minCount: Type.Integer({ minimum: 1, maximum: 100_000 }),
    windowHours: Type.Integer({ minimum: 1, maximum: 8760 }),
    area: Type.Optional(
      Type.Object(
        {
          bbox: Type.Optional(
            Type.Tuple([
              Type.Number({ minimum: -180, maximum: 180 }),
              Type.Number({ minimum: -90, maximum: 90 }),
              Type.Number({ minimum: -180, maximum: 180 }),
              Type.Number({ minimum: -90, maximum: 90 }),
            ]),
          ),
          zone: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A trigger as the API shows it. */
export const TriggerSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  rule: TriggerRuleSchema,
  enabled: Type.Boolean(),
  owner: PartyCodeSchema,
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean(),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});
export type Trigger = Static<typeof TriggerSchema>;

/** Body of `POST /api/v1/guarantees/triggers`. */
export const NewTriggerSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    rule: TriggerRuleSchema,
    enabled: Type.Optional(Type.Boolean()),
    releasability: ReleasabilitySchema,
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type NewTrigger = Static<typeof NewTriggerSchema>;

/** Body of `PATCH /api/v1/guarantees/triggers/{id}`. */
export const TriggerPatchSchema = Type.Partial(Type.Omit(NewTriggerSchema, ['exercise']), {
  additionalProperties: false,
  minProperties: 1,
});
export type TriggerPatch = Static<typeof TriggerPatchSchema>;

/** The evaluation of a trigger now and over a period. */
export const EvaluationSchema = Type.Object({
  triggerId: Type.String(),
  met: Type.Boolean(),
  count: Type.Integer(),
  minCount: Type.Integer(),
  windowStart: DateTimeSchema,
  windowEnd: DateTimeSchema,
  incidentIds: Type.Array(Type.String()),
  peak: Type.Object({
    count: Type.Integer(),
    ratio: Type.Number({ description: 'Peak count / minCount: 1 or more means the rule was met' }),
    windowStart: Nullable(DateTimeSchema),
    windowEnd: Nullable(DateTimeSchema),
    incidentIds: Type.Array(Type.String()),
  }),
  activationId: Nullable(Type.String({ description: 'The proposed activation raised or updated' })),
});
export type Evaluation = Static<typeof EvaluationSchema>;

export const ACTIVATION_STATUSES = ['proposed', 'confirmed', 'rejected'] as const;

/** An activation as the API shows it. */
export const ActivationSchema = Type.Object({
  id: Type.String(),
  triggerId: Nullable(Type.String()),
  origin: Type.Union([Type.Literal('proposed'), Type.Literal('declared')]),
  status: Type.Union(ACTIVATION_STATUSES.map((s) => Type.Literal(s))),
  title: Type.String(),
  rationale: Type.String(),
  incidentIds: Type.Array(Type.String()),
  evidence: Type.Unknown(),
  raisedAt: DateTimeSchema,
  raisedBy: Type.String(),
  startedAt: Nullable(DateTimeSchema),
  decidedAt: Nullable(DateTimeSchema),
  decidedBy: Nullable(Type.String()),
  decisionRationale: Nullable(Type.String()),
  owner: PartyCodeSchema,
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean(),
});
export type Activation = Static<typeof ActivationSchema>;

/** Body of `POST /api/v1/guarantees/activations`: a coordinator declares an activation by hand. */
export const DeclareActivationSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    rationale: Type.String({ minLength: 10, maxLength: 10_000, description: 'Why, for the record' }),
    triggerId: Type.Optional(Type.String({ format: 'uuid' })),
    incidentIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 1000 })),
    startedAt: Type.Optional(DateTimeSchema),
    releasability: ReleasabilitySchema,
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type DeclareActivation = Static<typeof DeclareActivationSchema>;

/** Body of confirm and reject. */
export const DecisionSchema = Type.Object(
  { rationale: Type.String({ minLength: 3, maxLength: 10_000 }) },
  { additionalProperties: false },
);

/** A clock of an activation and where it stands. */
export const ClockSchema = Type.Object({
  id: Type.String(),
  activationId: Type.String(),
  commitmentId: Type.String(),
  party: PartyCodeSchema,
  kind: Type.Union([Type.Literal('consultation'), Type.Literal('approval'), Type.Literal('effect')]),
  response: ResponseTypeSchema,
  title: Type.String(),
  approvalId: Nullable(Type.String()),
  agreementId: Nullable(
    Type.String({ description: 'The bilateral agreement whose consultation clause sets the deadline' }),
  ),
  dueAt: Nullable(DateTimeSchema),
  doneAt: Nullable(DateTimeSchema),
  doneBy: Nullable(Type.String()),
  note: Nullable(Type.String()),
  status: Type.Union(
    ['running', 'met', 'late', 'overdue', 'open'].map((s) => Type.Literal(s)),
    {
      description: 'met/late once done; overdue past due; running before; open when no due time is known',
    },
  ),
});
export type Clock = Static<typeof ClockSchema>;

/** Body of `POST …/clocks/{clockId}/report`: the party reports the step done. */
export const ReportSchema = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 5000 }), doneAt: Type.Optional(DateTimeSchema) },
  { additionalProperties: false },
);

/** The live activation board: per party, what it promised against what it has done. */
export const BoardSchema = Type.Object({
  activation: ActivationSchema,
  asOf: DateTimeSchema,
  parties: Type.Array(
    Type.Object({
      party: PartyCodeSchema,
      promised: Type.Integer(),
      met: Type.Integer(),
      late: Type.Integer(),
      overdue: Type.Integer(),
      running: Type.Integer(),
      clocks: Type.Array(ClockSchema),
    }),
  ),
});
export type Board = Static<typeof BoardSchema>;

/** A response commitment: the core's commitment plus how it answers an attack. */
export const ResponseCommitmentSchema = Type.Object({
  commitmentId: Type.String(),
  party: PartyCodeSchema,
  title: Type.String(),
  response: ResponseTypeSchema,
  timeToEffectHours: Type.Integer(),
  triggerId: Nullable(Type.String()),
  quantity: Type.Union([Type.Number(), Type.Null()]),
  unit: Nullable(Type.String()),
  state: Type.String(),
  conditions: Type.Union([ConditionSchema, Type.Null()]),
  approvals: Type.Array(
    Type.Object({
      id: Type.String(),
      bodyName: Type.String(),
      state: Type.String(),
      expectedDays: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean(),
});
export type ResponseCommitment = Static<typeof ResponseCommitmentSchema>;

/** Body of `POST /api/v1/guarantees/responses`: creates the commitment in the core and its response details together. */
export const NewResponseSchema = Type.Object(
  {
    response: ResponseTypeSchema,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    quantity: Type.Optional(Type.Number({ minimum: 0 })),
    unit: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    timeToEffectHours: Type.Integer({ minimum: 0, maximum: 24 * 365 }),
    triggerId: Type.Optional(Type.String({ format: 'uuid' })),
    conditions: Type.Optional(Type.Union([ConditionSchema, Type.Null()])),
    approvals: Type.Optional(
      Type.Array(
        Type.Object(
          {
            body: Type.Union([
              Type.Literal('parliament'),
              Type.Literal('government'),
              Type.Literal('head-of-state'),
            ]),
            bodyName: Type.String({ minLength: 1, maxLength: 200 }),
            state: Type.Union(
              ['not-needed', 'not-started', 'tabled', 'approved', 'rejected'].map((s) => Type.Literal(s)),
            ),
            expectedDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 10 },
      ),
    ),
    state: Type.Optional(
      Type.Union(['announced', 'committed', 'approved', 'ready', 'active'].map((s) => Type.Literal(s))),
    ),
    sources: Type.Optional(
      Type.Array(
        Type.Object(
          {
            citation: Type.String({ minLength: 1, maxLength: 1000 }),
            url: Type.Optional(Type.String({ format: 'uri' })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
    releasability: ReleasabilitySchema,
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type NewResponse = Static<typeof NewResponseSchema>;

/** A scenario of the simulation. */
export const ScenarioSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    excludeParties: Type.Optional(Type.Array(PartyCodeSchema, { maxItems: 60, uniqueItems: true })),
    assumeParties: Type.Optional(Type.Array(PartyCodeSchema, { maxItems: 60, uniqueItems: true })),
    approvalsByParty: Type.Optional(
      Type.Record(PartyCodeSchema, Type.Union([Type.Literal('approved'), Type.Literal('rejected')])),
    ),
    approvalDelayFactor: Type.Optional(Type.Number({ minimum: 0, maximum: 20 })),
  },
  { additionalProperties: false },
);

const RequirementSchema = Type.Object(
  {
    response: ResponseTypeSchema,
    quantity: Type.Number({ exclusiveMinimum: 0 }),
    unit: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  },
  { additionalProperties: false },
);

/** Body of `POST /api/v1/guarantees/simulations`. */
export const SimulationRequestSchema = Type.Object(
  {
    confirmedAt: DateTimeSchema,
    horizonDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
    requirements: Type.Array(RequirementSchema, { maxItems: 20 }),
    scenario: Type.Optional(ScenarioSchema),
    compareWith: Type.Optional(ScenarioSchema),
  },
  { additionalProperties: false },
);
export type SimulationRequest = Static<typeof SimulationRequestSchema>;

/** Body of `POST /api/v1/guarantees/pivotality`. */
export const PivotalityRequestSchema = Type.Object(
  {
    requirements: Type.Array(RequirementSchema, { minItems: 1, maxItems: 10 }),
    byDay: Type.Integer({
      minimum: 0,
      maximum: 90,
      description: 'The goal: requirements met by this day after confirmation',
    }),
    targetHalfWidth: Type.Optional(Type.Number({ minimum: 0.001, maximum: 0.2 })),
    seed: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 })),
  },
  { additionalProperties: false },
);
export type PivotalityRequest = Static<typeof PivotalityRequestSchema>;
