/**
 * Types of the guarantees API's answers, taken from the server's schemas and pure modules with
 * `import type`, so the compiler checks the pages against the contract.
 */
import type { ResponseType } from '../../../modules/guarantees/response-types.js';
import type { ScenarioComparison, SimulationResult } from '../../../modules/guarantees/simulate.js';

export type {
  Activation,
  Board,
  Clock,
  ResponseCommitment,
  SimulationRequest,
  PivotalityRequest,
  Trigger,
} from '../../../modules/guarantees/guarantees.schemas.js';
export type {
  Scenario,
  ScenarioComparison,
  SimulationResult,
  TimelineStep,
} from '../../../modules/guarantees/simulate.js';
export type { PivotalityAnswer } from '../../../modules/guarantees/analysis.service.js';
export type { PartyPower, Pivotality } from '../../../modules/guarantees/power.types.js';
export type { ResponseType };

/** `{ items, nextCursor }`: every list of the API. */
export interface ListOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** The answer of `POST guarantees/simulations`: one scenario, or two side by side. */
export interface SimulationAnswer {
  single: SimulationResult | null;
  comparison: ScenarioComparison | null;
  exercise: boolean;
}

/**
 * The response types in the order the pages show them (the server's `RESPONSE_TYPES`; listed
 * here so that the pages do not load the server's schema library).
 */
export const RESPONSES = [
  'consultation',
  'intelligence',
  'air-defence',
  'weapons',
  'air',
  'maritime',
  'troops',
  'sanctions',
  'diplomatic',
] as const satisfies readonly ResponseType[];

// The compiler refuses the list above if the server gains a response type it lacks.
const complete: Exclude<ResponseType, (typeof RESPONSES)[number]> extends never ? true : never = true;
void complete;

/** Roles that decide activations (the server refuses the others anyway). */
export const DECIDERS = ['coordinator'] as const;
/** Roles that may run simulations and pivotality analyses. */
export const ANALYSTS = ['coordinator', 'planner', 'analyst'] as const;
/** Roles that report their party's steps done on the board. */
export const REPORTERS = ['coordinator', 'planner'] as const;
