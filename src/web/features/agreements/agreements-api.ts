/**
 * Types of the agreements API's answers, taken from the server's TypeBox schemas with
 * `import type`, so the compiler checks the pages against the contract.
 */
export type {
  Agreement,
  AgreementPatch,
  Clause,
  Fulfilment,
  FulfilmentYear,
  Reminder,
} from '../../../modules/agreements/agreements.schemas.js';

/** `{ items, nextCursor }`: every list of the API. */
export interface ListOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** Roles that record agreements and their state (the server checks the partner or Ukraine). */
export const AGREEMENT_WRITERS = ['coordinator', 'planner'] as const;

/** Ratification states, in the server's order. */
export const RATIFICATION_STATES = ['not-needed', 'pending', 'ratified', 'unknown'] as const;

/** EUR in millions, the unit of the tracker's charts. */
export function millions(eur: number): number {
  return eur / 1e6;
}
