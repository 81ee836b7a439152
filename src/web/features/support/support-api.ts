/**
 * Types of the support API's answers, taken from the server's TypeBox schemas with
 * `import type`, so the compiler checks the pages against the contract.
 */
export type {
  Capability,
  Coalition,
  Delivery,
  DonorTotals,
  DonorView,
  NewDelivery,
  Pledge,
  PledgeLinks,
  PriorityList,
  Requirement,
  TimelinePoint,
  TrackerImport,
  Tranche,
} from '../../../modules/support/support.schemas.js';

/** `{ items, nextCursor }`: every list of the API. */
export interface ListOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** Roles that write requirements, pledges, deliveries and tranches (the server checks the party). */
export const SUPPORT_WRITERS = ['coordinator', 'planner'] as const;

/** Roles that may import a Kiel tracker release (the server refuses the others). */
export const TRACKER_IMPORTERS = ['coordinator', 'analyst', 'integration'] as const;
