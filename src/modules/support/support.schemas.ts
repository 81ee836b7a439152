import { Type, type Static } from '@sinclair/typebox';
import { PartyCodeSchema, ReleasabilitySchema } from '../../platform/access/releasability.js';

/** Capabilities Ukraine asks for (issue list and the capability coalitions). */
export const CAPABILITIES = [
  'air-defence',
  'air-force',
  'artillery-ammunition',
  'armour',
  'drones',
  'electronic-warfare',
  'demining',
  'maritime',
  'training',
  'intelligence',
  'technology',
  'it',
  'funding',
] as const;
/** One capability. */
export const CapabilitySchema = Type.Union(CAPABILITIES.map((c) => Type.Literal(c)));
export type Capability = Static<typeof CapabilitySchema>;

/** The tracker's pledge measures (delivery is the delivered values of a pledge). */
export const MeasureSchema = Type.Union([Type.Literal('commitment'), Type.Literal('allocation')]);

const DateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'ISO 8601 date (UTC)' });
const MonthSchema = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Id = Type.String({ minLength: 1, maxLength: 100 });
const Owned = {
  owner: PartyCodeSchema,
  releasability: ReleasabilitySchema,
  exercise: Type.Boolean({ description: 'true for EXERCISE (generated) data' }),
};

/** A capability coalition of the Ukraine Defense Contact Group. */
export const CoalitionSchema = Type.Object({
  id: Id,
  name: Type.String(),
  capability: CapabilitySchema,
  leads: Type.Array(PartyCodeSchema),
  members: Type.Array(PartyCodeSchema),
  source: Nullable(Type.String()),
  ...Owned,
});
export type Coalition = Static<typeof CoalitionSchema>;

/** Input of a new coalition (coordinators). */
export const NewCoalitionSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    capability: CapabilitySchema,
    leads: Type.Array(PartyCodeSchema, { minItems: 1, maxItems: 10, uniqueItems: true }),
    members: Type.Optional(Type.Array(PartyCodeSchema, { maxItems: 60, uniqueItems: true })),
    source: Type.Optional(Type.String({ maxLength: 1000 })),
    releasability: Type.Optional(ReleasabilitySchema),
  },
  { additionalProperties: false },
);
export type NewCoalition = Static<typeof NewCoalitionSchema>;

/** How far pledges and deliveries cover a requirement. */
export const CoverageSchema = Type.Object({
  pledgedCount: Type.Number(),
  deliveredCount: Type.Number(),
  pledgedEur: Type.Number(),
  deliveredEur: Type.Number(),
  /** Items pledged per item needed; null without a quantity. Over 1 when over-pledged. */
  pledgedShare: Nullable(Type.Number()),
  deliveredShare: Nullable(Type.Number()),
});
export type Coverage = Static<typeof CoverageSchema>;

export const REQUIREMENT_STATUSES = ['open', 'covered', 'closed'] as const;

/** One capability need of Ukraine's armed forces, with its coverage by pledges. */
export const RequirementSchema = Type.Object({
  id: Id,
  capability: CapabilitySchema,
  title: Type.String(),
  description: Nullable(Type.String()),
  quantity: Nullable(Type.Number()),
  unit: Nullable(Type.String()),
  priority: Type.Integer(),
  neededBy: Nullable(Type.String()),
  coalitionId: Nullable(Type.String()),
  status: Type.Union(REQUIREMENT_STATUSES.map((s) => Type.Literal(s))),
  coverage: CoverageSchema,
  ...Owned,
});
export type Requirement = Static<typeof RequirementSchema>;

/** Input of a new requirement (Ukraine's planners and coordinators). */
export const NewRequirementSchema = Type.Object(
  {
    capability: CapabilitySchema,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    quantity: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    unit: Type.Optional(Type.String({ maxLength: 50 })),
    priority: Type.Integer({ minimum: 1, maximum: 1000 }),
    neededBy: Type.Optional(DateSchema),
    coalitionId: Type.Optional(Id),
    releasability: ReleasabilitySchema,
  },
  { additionalProperties: false },
);
export type NewRequirement = Static<typeof NewRequirementSchema>;

/** Changes to a requirement. */
export const RequirementPatchSchema = Type.Partial(
  Type.Object(
    {
      priority: Type.Integer({ minimum: 1, maximum: 1000 }),
      quantity: Type.Number({ exclusiveMinimum: 0 }),
      neededBy: DateSchema,
      status: Type.Union(REQUIREMENT_STATUSES.map((s) => Type.Literal(s))),
      coalitionId: Id,
    },
    { additionalProperties: false },
  ),
  { additionalProperties: false },
);
export type RequirementPatch = Static<typeof RequirementPatchSchema>;

/** A funding tranche of a priority list: target, pledged, funded, delivered (in `currency`). */
export const TrancheSchema = Type.Object({
  id: Id,
  listId: Id,
  label: Type.String(),
  currency: Type.String(),
  target: Type.Number(),
  pledged: Type.Number(),
  funded: Type.Number(),
  delivered: Type.Number(),
  ...Owned,
});
export type Tranche = Static<typeof TrancheSchema>;

const Money = Type.Number({ minimum: 0 });
/** Input of a new tranche. */
export const NewTrancheSchema = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 200 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    target: Money,
    pledged: Type.Optional(Money),
    funded: Type.Optional(Money),
    delivered: Type.Optional(Money),
  },
  { additionalProperties: false },
);
export type NewTranche = Static<typeof NewTrancheSchema>;
/** Changes to a tranche's figures. */
export const TranchePatchSchema = Type.Object(
  { pledged: Type.Optional(Money), funded: Type.Optional(Money), delivered: Type.Optional(Money) },
  { additionalProperties: false },
);
export type TranchePatch = Static<typeof TranchePatchSchema>;

/** A PURL-style monthly prioritised list with its funding tranches. */
export const PriorityListSchema = Type.Object({
  id: Id,
  month: MonthSchema,
  title: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('approved')]),
  approvedBy: Type.Array(PartyCodeSchema),
  lines: Type.Array(
    Type.Object({
      rank: Type.Integer(),
      requirementId: Id,
      title: Type.String(),
      capability: CapabilitySchema,
    }),
  ),
  tranches: Type.Array(TrancheSchema),
  ...Owned,
});
export type PriorityList = Static<typeof PriorityListSchema>;

/** Input of a new priority list: requirement ids in priority order. */
export const NewPriorityListSchema = Type.Object(
  {
    month: MonthSchema,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('approved')])),
    approvedBy: Type.Optional(Type.Array(PartyCodeSchema, { maxItems: 10, uniqueItems: true })),
    requirementIds: Type.Array(Id, { minItems: 1, maxItems: 500, uniqueItems: true }),
    releasability: ReleasabilitySchema,
  },
  { additionalProperties: false },
);
export type NewPriorityList = Static<typeof NewPriorityListSchema>;

/** An aid pledge in the tracker's three measures, at item level and in value. */
export const PledgeSchema = Type.Object({
  id: Id,
  commitmentId: Nullable(Type.String()),
  donor: Nullable(PartyCodeSchema),
  donorName: Type.String(),
  requirementId: Nullable(Type.String()),
  coalitionId: Nullable(Type.String()),
  agreementId: Nullable(Type.String()),
  aidTypeGeneral: Type.String(),
  aidTypeSpecific: Nullable(Type.String()),
  measure: MeasureSchema,
  announcedOn: Nullable(Type.String()),
  month: Nullable(Type.String()),
  explanation: Nullable(Type.String()),
  source: Nullable(Type.String()),
  reportingCurrency: Nullable(Type.String()),
  reportedValue: Nullable(Type.Number()),
  eurPerUnit: Nullable(Type.Number({ description: 'EUR per unit of the reporting currency used' })),
  activityValueEur: Nullable(Type.Number()),
  valueEur: Nullable(Type.Number()),
  deliveredValueEur: Nullable(Type.Number()),
  item: Nullable(Type.String()),
  itemType: Nullable(Type.String()),
  itemCount: Nullable(Type.Number()),
  itemCountDelivered: Nullable(Type.Number()),
  fromTracker: Type.Boolean({ description: 'true when imported from the Kiel tracker' }),
  withdrawnAt: Nullable(Type.String()),
  ...Owned,
});
export type Pledge = Static<typeof PledgeSchema>;

/** Input of a pledge made in Guarantor (the donor is the caller's party). */
export const NewPledgeSchema = Type.Object(
  {
    aidTypeGeneral: Type.Union([
      Type.Literal('Military'),
      Type.Literal('Financial'),
      Type.Literal('Humanitarian'),
    ]),
    aidTypeSpecific: Type.Optional(Type.String({ maxLength: 200 })),
    measure: MeasureSchema,
    announcedOn: DateSchema,
    explanation: Type.Optional(Type.String({ maxLength: 5000 })),
    source: Type.Optional(Type.String({ maxLength: 1000 })),
    reportingCurrency: Type.String({ pattern: '^[A-Z]{3}$' }),
    reportedValue: Type.Optional(Type.Number({ minimum: 0 })),
    eurPerUnit: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    valueEur: Type.Optional(Type.Number({ minimum: 0 })),
    item: Type.Optional(Type.String({ maxLength: 200 })),
    itemType: Type.Optional(Type.String({ maxLength: 200 })),
    itemCount: Type.Optional(Type.Number({ minimum: 0 })),
    requirementId: Type.Optional(Id),
    coalitionId: Type.Optional(Id),
    agreementId: Type.Optional(Id),
    releasability: ReleasabilitySchema,
  },
  { additionalProperties: false },
);
export type NewPledge = Static<typeof NewPledgeSchema>;

/**
 * Changes to what a pledge answers: the requirement, capability coalition and agreement it
 * counts towards (`null` unlinks). The donor's planners and coordinators change them.
 */
export const PledgeLinksSchema = Type.Object(
  {
    requirementId: Type.Optional(Nullable(Id)),
    coalitionId: Type.Optional(Nullable(Id)),
    agreementId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type PledgeLinks = Static<typeof PledgeLinksSchema>;

/** A delivery against a pledge. */
export const DeliverySchema = Type.Object({
  id: Id,
  pledgeId: Id,
  deliveredOn: Type.String(),
  itemCount: Nullable(Type.Number()),
  valueEur: Nullable(Type.Number()),
  evidenceSha256: Nullable(Type.String()),
  note: Nullable(Type.String()),
  ...Owned,
});
export type Delivery = Static<typeof DeliverySchema>;

/** Input of a delivery; the evidence is named by its SHA-256 (hex), which goes to the ledger. */
export const NewDeliverySchema = Type.Object(
  {
    deliveredOn: DateSchema,
    itemCount: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    valueEur: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    evidenceSha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type NewDelivery = Static<typeof NewDeliverySchema>;

const MeasureTotals = Type.Object({
  commitmentEur: Type.Number(),
  allocationEur: Type.Number(),
  deliveredEur: Type.Number(),
});

/** A donor's totals in EUR and as a share of its GDP, against its fair share. */
export const DonorTotalsSchema = Type.Object({
  donor: Nullable(PartyCodeSchema),
  donorName: Type.String(),
  commitmentEur: Type.Number({ description: 'sum of pledges measured as commitments' }),
  allocationEur: Type.Number({ description: 'sum of pledges measured as allocations' }),
  totalEur: Type.Number({ description: 'commitments plus allocations' }),
  deliveredEur: Type.Number(),
  pledges: Type.Integer(),
  byType: Type.Record(Type.String(), MeasureTotals),
  gdpEur: Nullable(Type.Number()),
  gdpYear: Nullable(Type.Integer()),
  gdpSource: Nullable(Type.String()),
  gdpExercise: Type.Boolean(),
  /** Allocations as a percentage of GDP; null without a GDP figure. */
  allocationPercentOfGdp: Nullable(Type.Number()),
  totalPercentOfGdp: Nullable(Type.Number()),
  fairShareEur: Nullable(Type.Number()),
  /** Allocations divided by the fair share (1 = fair share met). */
  fairShareRatio: Nullable(Type.Number()),
});
export type DonorTotals = Static<typeof DonorTotalsSchema>;

/** Query of the donor view. */
export const DonorQuerySchema = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2014, maximum: 2100 })),
  type: Type.Optional(Type.String({ maxLength: 50, description: 'aid_type_general, e.g. Military' })),
  gdpYear: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  fairShareTotalEur: Type.Optional(
    Type.Number({ exclusiveMinimum: 0, description: "e.g. 40000000000 for NATO's 2024 pledge" }),
  ),
  fairShareParties: Type.Optional(
    Type.String({ pattern: '^([A-Z]{3}|EU|NATO)(,([A-Z]{3}|EU|NATO))*$', description: 'comma-separated' }),
  ),
  exercise: Type.Optional(Type.Boolean({ description: 'only exercise (true) or only real (false) pledges' })),
});
export type DonorQuery = Static<typeof DonorQuerySchema>;

/** The donor view's answer. */
export const DonorViewSchema = Type.Object({
  year: Nullable(Type.Integer()),
  fairShareTotalEur: Nullable(Type.Number()),
  items: Type.Array(DonorTotalsSchema),
});
export type DonorView = Static<typeof DonorViewSchema>;

/** One month of a donor's (or all donors') pledges. */
export const TimelinePointSchema = Type.Object({
  month: Type.String(),
  commitmentEur: Type.Number(),
  allocationEur: Type.Number(),
  deliveredEur: Type.Number(),
  cumulativeAllocationEur: Type.Number(),
  cumulativeTotalEur: Type.Number(),
});
export type TimelinePoint = Static<typeof TimelinePointSchema>;

/** A GDP figure with its source. */
export const GdpSchema = Type.Object({
  party: PartyCodeSchema,
  year: Type.Integer(),
  gdpEur: Nullable(Type.Number()),
  source: Nullable(Type.String()),
  exercise: Type.Boolean(),
});
export type Gdp = Static<typeof GdpSchema>;

/** Input of a GDP figure: a value needs a source. */
export const GdpInputSchema = Type.Object(
  {
    gdpEur: Nullable(Type.Number({ exclusiveMinimum: 0 })),
    source: Type.String({ minLength: 3, maxLength: 1000 }),
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type GdpInput = Static<typeof GdpInputSchema>;

/** What a tracker import did. */
export const TrackerImportSchema = Type.Object({
  id: Id,
  fileName: Type.String(),
  sha256: Type.String(),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
  rows: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  withdrawn: Type.Integer(),
  importedAt: Type.String(),
  importedBy: Type.String(),
  /** Set when the file is the same as the latest import: nothing was changed. */
  duplicateOf: Type.Optional(Type.String()),
});
export type TrackerImport = Static<typeof TrackerImportSchema>;
