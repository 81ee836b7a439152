import { Type } from '@sinclair/typebox';

/** Domains of requirement lines: the three components and the enablers (CJSOR practice). */
export const DOMAINS = [
  'land',
  'sea',
  'air',
  'command',
  'isr',
  'logistics',
  'medical',
  'engineering',
  'mine-countermeasures',
] as const;
/** One domain. */
export type Domain = (typeof DOMAINS)[number];

/**
 * Areas where a line is needed, away from the line of contact (Paris Declaration, component 3):
 * hubs in Ukraine, Kyiv, the Black Sea, Ukrainian airspace, neighbouring NATO territory.
 */
export const AREAS = [
  'ukraine-west-hubs',
  'ukraine-central-hubs',
  'kyiv',
  'black-sea',
  'ukraine-airspace',
  'neighbouring-nato',
  'out-of-area',
] as const;
/** One area. */
export type Area = (typeof AREAS)[number];

/** Decisions a planner takes on a line that cannot be filled. */
export const LINE_DECISIONS = ['gap-accepted', 're-solicited'] as const;
/** States of a requirement line: computed from the fill unless a decision was taken. */
export const LINE_STATES = ['open', 'partially-filled', 'filled', ...LINE_DECISIONS] as const;
/** One line state. */
export type LineState = (typeof LINE_STATES)[number];

/**
 * Readiness ladder after the UN Peacekeeping Capability Readiness System: registered (pledge),
 * assessed (after an assessment visit), aligned (with the statement of unit requirements),
 * rapid (deployable within 60 days).
 */
export const READINESS = ['registered', 'assessed', 'aligned', 'rapid'] as const;
/** One readiness level. */
export type ReadinessLevel = (typeof READINESS)[number];
/** Days' notice the `rapid` level promises. */
export const RAPID_DAYS = 60;

/** Caveat categories (NATO 2006 definition: movement, ROE, tasks, place of duty, duration, command). */
export const CAVEAT_TYPES = ['geographic', 'roe', 'tasks', 'duration', 'place-of-duty', 'command'] as const;
/** One caveat category. */
export type CaveatType = (typeof CAVEAT_TYPES)[number];

/** Authority handed over at transfer of authority. */
export const AUTHORITIES = ['OPCOM', 'OPCON', 'TACOM', 'TACON'] as const;

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
/** TypeBox unions of the enumerations above. */
export const DomainSchema = lit(DOMAINS);
export const AreaSchema = lit(AREAS);
export const LineStateSchema = lit(LINE_STATES);
export const LineDecisionSchema = lit(LINE_DECISIONS);
export const ReadinessSchema = lit(READINESS);
export const CaveatTypeSchema = lit(CAVEAT_TYPES);
export const AuthoritySchema = lit(AUTHORITIES);

/**
 * A national caveat, typed. `areas` limits geographic and place-of-duty caveats to the listed
 * areas; `excludedCapabilities` lists tasks a tasks caveat rules out; `maxMonths` bounds a
 * duration caveat. Others are recorded as text for commanders.
 */
export const CaveatSchema = Type.Object(
  {
    type: CaveatTypeSchema,
    description: Type.String({ minLength: 1, maxLength: 1000 }),
    areas: Type.Optional(Type.Array(AreaSchema, { minItems: 1, maxItems: 10 })),
    excludedCapabilities: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 }),
    ),
    maxMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
  },
  { additionalProperties: false },
);
/** A caveat. */
export interface Caveat {
  type: CaveatType;
  description: string;
  areas?: Area[];
  excludedCapabilities?: string[];
  maxMonths?: number;
}

/** A named place with WGS-84 coordinates (degrees). */
export const PlaceSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
  },
  { additionalProperties: false },
);
/** A place. */
export interface Place {
  name: string;
  lon: number;
  lat: number;
}
