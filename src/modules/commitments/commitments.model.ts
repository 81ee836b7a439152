import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** What a party can promise (issue 7, commitments core). */
export const COMMITMENT_KINDS = [
  'unit',
  'equipment',
  'ammunition',
  'funding',
  'intelligence',
  'training',
  'technology',
  'logistics',
  'basing',
  'consultation',
  'sanctions',
  'diplomatic',
] as const;
/** One kind of commitment: `unit` is troops or a formed unit, `basing` covers overflight too. */
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** The five pillars of the Paris Declaration (6 January 2026) a commitment can answer. */
export const PILLARS = ['monitoring', 'support', 'force', 'guarantees', 'agreements'] as const;
/** One pillar. */
export type Pillar = (typeof PILLARS)[number];

/**
 * Lifecycle of a commitment: `announced → committed → approved → ready → active → fulfilled`,
 * or `withdrawn` / `lapsed` from any state before `fulfilled`.
 */
export const LIFECYCLE = ['announced', 'committed', 'approved', 'ready', 'active', 'fulfilled'] as const;
/** Terminal states off the main line. */
export const ENDED = ['withdrawn', 'lapsed'] as const;
/** Every lifecycle state. */
export const COMMITMENT_STATES = [...LIFECYCLE, ...ENDED] as const;
/** One lifecycle state. */
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

/** State of a domestic approval (parliament or government decision). */
export const APPROVAL_STATES = ['not-needed', 'not-started', 'tabled', 'approved', 'rejected'] as const;
/** One approval state. */
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** Which body decides: a parliament (or one chamber), the government, or a head of state. */
export const APPROVAL_BODIES = ['parliament', 'government', 'head-of-state'] as const;
/** One kind of approving body. */
export type ApprovalBody = (typeof APPROVAL_BODIES)[number];

/** Effective state of a commitment after its conditions are resolved. */
export const EFFECTIVE_STATES = ['firm', 'conditional-met', 'conditional-pending', 'failed'] as const;
/** One effective state. */
export type EffectiveState = (typeof EFFECTIVE_STATES)[number];

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
/** TypeBox union of the commitment kinds. */
export const CommitmentKindSchema = lit(COMMITMENT_KINDS);
/** TypeBox union of the pillars. */
export const PillarSchema = lit(PILLARS);

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Party = Type.String({ pattern: '^([A-Z]{3}|EU|NATO)$' });

/**
 * A condition on a commitment, typed and combinable with `all` / `any`. Leaves:
 * - `commitment`: the named commitment is binding (e.g. the US backstop);
 * - `party`: the party has at least one binding commitment (of `kind`, if given);
 * - `count`: at least `atLeast` distinct parties have binding commitments of `kind`;
 * - `total`: binding quantity (in `unit`) or value (EUR) of matching commitments reaches `atLeast`;
 * - `event`: a recorded event has happened (`ceasefire-in-force`, `renewed-attack-declared`);
 * - `approval`: the named domestic approval is granted;
 * - `deadline`: the offer stands only until `by` (ISO 8601 UTC).
 */
export const ConditionSchema = Type.Recursive(
  (Self: TSchema) =>
    Type.Union([
      Type.Object(
        { type: Type.Literal('all'), of: Type.Array(Self, { minItems: 1, maxItems: 50 }) },
        { additionalProperties: false },
      ),
      Type.Object(
        { type: Type.Literal('any'), of: Type.Array(Self, { minItems: 1, maxItems: 50 }) },
        { additionalProperties: false },
      ),
      Type.Object({ type: Type.Literal('commitment'), commitmentId: Id }, { additionalProperties: false }),
      Type.Object(
        { type: Type.Literal('party'), party: Party, kind: Type.Optional(CommitmentKindSchema) },
        { additionalProperties: false },
      ),
      Type.Object(
        {
          type: Type.Literal('count'),
          atLeast: Type.Integer({ minimum: 1, maximum: 1000 }),
          kind: Type.Optional(CommitmentKindSchema),
          pillar: Type.Optional(PillarSchema),
        },
        { additionalProperties: false },
      ),
      Type.Object(
        {
          type: Type.Literal('total'),
          measure: Type.Union([Type.Literal('quantity'), Type.Literal('valueEur')]),
          atLeast: Type.Number({ minimum: 0 }),
          kind: Type.Optional(CommitmentKindSchema),
          unit: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
          pillar: Type.Optional(PillarSchema),
          requirementRef: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      Type.Object(
        { type: Type.Literal('event'), event: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }) },
        { additionalProperties: false },
      ),
      Type.Object({ type: Type.Literal('approval'), approvalId: Id }, { additionalProperties: false }),
      Type.Object(
        { type: Type.Literal('deadline'), by: Type.String({ format: 'date-time' }) },
        { additionalProperties: false },
      ),
    ]),
  { $id: 'Condition' },
);

/** A condition tree (see `ConditionSchema`). */
export type Condition =
  | { type: 'all'; of: Condition[] }
  | { type: 'any'; of: Condition[] }
  | { type: 'commitment'; commitmentId: string }
  | { type: 'party'; party: string; kind?: CommitmentKind }
  | { type: 'count'; atLeast: number; kind?: CommitmentKind; pillar?: Pillar }
  | {
      type: 'total';
      measure: 'quantity' | 'valueEur';
      atLeast: number;
      kind?: CommitmentKind;
      unit?: string;
      pillar?: Pillar;
      requirementRef?: string;
    }
  | { type: 'event'; event: string }
  | { type: 'approval'; approvalId: string }
  | { type: 'deadline'; by: string };

/** Compile-time check that the hand-written type and the schema agree. */
export type ConditionFromSchema = Static<typeof ConditionSchema>;

/** Every condition leaf of a tree, depth first. */
export function conditionLeaves(condition: Condition | null | undefined): Condition[] {
  if (!condition) return [];
  if (condition.type === 'all' || condition.type === 'any') return condition.of.flatMap(conditionLeaves);
  return [condition];
}
