import { Type, type Static } from '@sinclair/typebox';
import { PartyCodeSchema, ReleasabilitySchema } from '../../platform/access/releasability.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const DateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'ISO 8601 date (UTC)' });
const Id = Type.String({ minLength: 1, maxLength: 100 });

/** Kinds of obligation an agreement's clauses carry (the standard sections of the 2024 agreements). */
export const CLAUSE_TYPES = [
  'annual-support',
  'consultations-24h',
  'co-production',
  'training',
  'intelligence',
  'sanctions',
  'nato-eu-integration',
  'recovery',
] as const;
/** One clause type. */
export const ClauseTypeSchema = Type.Union(CLAUSE_TYPES.map((t) => Type.Literal(t)));
export type ClauseType = Static<typeof ClauseTypeSchema>;

export const RATIFICATION_STATES = ['not-needed', 'pending', 'ratified', 'unknown'] as const;
/** Where ratification stands. */
export const RatificationStateSchema = Type.Union(RATIFICATION_STATES.map((s) => Type.Literal(s)));

/** A clause as a structured obligation. */
export const ClauseSchema = Type.Object({
  id: Id,
  agreementId: Id,
  type: ClauseTypeSchema,
  title: Type.String(),
  text: Nullable(Type.String()),
  yearFrom: Nullable(Type.Integer()),
  yearTo: Nullable(Type.Integer()),
  amount: Nullable(Type.Number()),
  currency: Nullable(Type.String()),
  eurPerUnit: Nullable(Type.Number()),
  conversionSource: Nullable(Type.String()),
  /** The amount in EUR a year: the amount in EUR, or converted with the sourced rate; else null. */
  amountEur: Nullable(Type.Number()),
  percentOfGdp: Nullable(Type.Number()),
  consultationHours: Nullable(Type.Integer()),
  commitmentId: Nullable(Type.String()),
  source: Nullable(Type.String()),
  exercise: Type.Boolean(),
});
export type Clause = Static<typeof ClauseSchema>;

/** Input of a clause. */
export const NewClauseSchema = Type.Object(
  {
    type: ClauseTypeSchema,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    text: Type.Optional(Type.String({ maxLength: 10000 })),
    yearFrom: Type.Optional(Type.Integer({ minimum: 2014, maximum: 2100 })),
    yearTo: Type.Optional(Type.Integer({ minimum: 2014, maximum: 2100 })),
    amount: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'a year, in currency' })),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
    eurPerUnit: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    conversionSource: Type.Optional(Type.String({ minLength: 3, maxLength: 1000 })),
    percentOfGdp: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
    consultationHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 8760 })),
    source: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type NewClause = Static<typeof NewClauseSchema>;

/** A bilateral security agreement with its clauses. */
export const AgreementSchema = Type.Object({
  id: Id,
  partner: PartyCodeSchema,
  partnerName: Type.String(),
  title: Type.String(),
  signedOn: Nullable(Type.String()),
  signedNote: Nullable(Type.String()),
  entryIntoForceOn: Nullable(Type.String()),
  durationYears: Nullable(Type.Integer()),
  expiresOn: Nullable(Type.String()),
  reviewOn: Nullable(Type.String()),
  ratificationRequired: Nullable(Type.Boolean()),
  ratificationState: RatificationStateSchema,
  headline: Nullable(Type.String({ description: 'the headline amount as the source states it' })),
  documentSha256: Nullable(Type.String()),
  documentUrl: Nullable(Type.String()),
  source: Nullable(Type.String()),
  clauses: Type.Array(ClauseSchema),
  owner: PartyCodeSchema,
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean(),
});
export type Agreement = Static<typeof AgreementSchema>;

/** Input of a new agreement. */
export const NewAgreementSchema = Type.Object(
  {
    partner: PartyCodeSchema,
    partnerName: Type.String({ minLength: 1, maxLength: 200 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    signedOn: Type.Optional(DateSchema),
    signedNote: Type.Optional(Type.String({ maxLength: 200 })),
    entryIntoForceOn: Type.Optional(DateSchema),
    durationYears: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    reviewOn: Type.Optional(DateSchema),
    ratificationRequired: Type.Optional(Type.Union([Type.Null(), Type.Boolean()])),
    ratificationState: Type.Optional(RatificationStateSchema),
    headline: Type.Optional(Type.String({ maxLength: 500 })),
    documentSha256: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$' })),
    documentUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
    source: Type.Optional(Type.String({ maxLength: 1000 })),
    clauses: Type.Optional(Type.Array(NewClauseSchema, { maxItems: 50 })),
    releasability: Type.Optional(ReleasabilitySchema),
  },
  { additionalProperties: false },
);
export type NewAgreement = Static<typeof NewAgreementSchema>;

/** Changes to an agreement's state. */
export const AgreementPatchSchema = Type.Object(
  {
    entryIntoForceOn: Type.Optional(DateSchema),
    reviewOn: Type.Optional(DateSchema),
    ratificationRequired: Type.Optional(Type.Union([Type.Null(), Type.Boolean()])),
    ratificationState: Type.Optional(RatificationStateSchema),
    documentSha256: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$' })),
    documentUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type AgreementPatch = Static<typeof AgreementPatchSchema>;

/** Promised against pledged, allocated and delivered, for one year of an agreement. */
export const FulfilmentYearSchema = Type.Object({
  year: Type.Integer(),
  /** Sum of the annual-support clauses covering the year, EUR; null when none states EUR. */
  promisedEur: Nullable(Type.Number()),
  /** Promises that are not stated in EUR (another currency without a sourced rate, or % of GDP). */
  promisedOther: Type.Array(Type.String()),
  committedEur: Type.Number(),
  allocatedEur: Type.Number(),
  deliveredEur: Type.Number(),
  /** Allocated divided by promised; null without an EUR promise. */
  allocatedShare: Nullable(Type.Number()),
  deliveredShare: Nullable(Type.Number()),
  pledgeIds: Type.Array(Type.String()),
});
export type FulfilmentYear = Static<typeof FulfilmentYearSchema>;

/** An agreement's fulfilment, year by year and in total. */
export const FulfilmentSchema = Type.Object({
  agreementId: Id,
  partner: PartyCodeSchema,
  partnerName: Type.String(),
  title: Type.String(),
  years: Type.Array(FulfilmentYearSchema),
  total: Type.Object({
    promisedEur: Nullable(Type.Number()),
    committedEur: Type.Number(),
    allocatedEur: Type.Number(),
    deliveredEur: Type.Number(),
    pledges: Type.Integer(),
  }),
});
export type Fulfilment = Static<typeof FulfilmentSchema>;

/** An upcoming date of an agreement that someone must act on. */
export const ReminderSchema = Type.Object({
  agreementId: Id,
  partner: PartyCodeSchema,
  title: Type.String(),
  kind: Type.Union([Type.Literal('expiry'), Type.Literal('review'), Type.Literal('ratification')]),
  dueOn: Nullable(Type.String()),
  daysLeft: Nullable(Type.Integer()),
  detail: Type.String(),
});
export type Reminder = Static<typeof ReminderSchema>;

/** A consultation obligation, for the guarantees module to link to activation clocks. */
export const ConsultationObligationSchema = Type.Object({
  agreementId: Id,
  clauseId: Id,
  partner: PartyCodeSchema,
  partnerName: Type.String(),
  /** Hours within which consultations must be held after the trigger. */
  hours: Type.Integer(),
  trigger: Type.Literal('renewed-armed-attack'),
  commitmentId: Nullable(Type.String()),
  inForce: Type.Boolean({ description: 'signed and not expired on the day asked' }),
  source: Nullable(Type.String()),
});
export type ConsultationObligation = Static<typeof ConsultationObligationSchema>;
