import { Type } from '@sinclair/typebox';
import type { CommitmentKind } from '../commitments/commitments.model.js';

/**
 * What a response commitment answers a renewed attack with: the measures of the Paris
 * Declaration's fourth component (military capabilities, intelligence and logistics,
 * diplomatic initiatives, sanctions) and the bilateral agreements' 24-hour consultations.
 */
export const RESPONSE_TYPES = [
  'consultation',
  'intelligence',
  'air-defence',
  'weapons',
  'air',
  'maritime',
  'troops',
  'sanctions',
  'diplomatic',
] as const;
/** One response type. */
export type ResponseType = (typeof RESPONSE_TYPES)[number];
/** TypeBox union of the response types. */
export const ResponseTypeSchema = Type.Union(RESPONSE_TYPES.map((r) => Type.Literal(r)));

/** The commitment kind of the core that each response type is recorded as. */
export const RESPONSE_KIND: Record<ResponseType, CommitmentKind> = {
  consultation: 'consultation',
  intelligence: 'intelligence',
  'air-defence': 'equipment',
  weapons: 'equipment',
  air: 'unit',
  maritime: 'unit',
  troops: 'unit',
  sanctions: 'sanctions',
  diplomatic: 'diplomatic',
};

/** Default unit of each response type, used when a requirement names none. */
export const RESPONSE_UNIT: Record<ResponseType, string> = {
  consultation: 'consultations',
  intelligence: 'feeds',
  'air-defence': 'batteries',
  weapons: 'packages',
  air: 'aircraft',
  maritime: 'vessels',
  troops: 'troops',
  sanctions: 'packages',
  diplomatic: 'steps',
};
