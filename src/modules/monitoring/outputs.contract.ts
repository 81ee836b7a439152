/**
 * The observation contract (issue 4, "The contract integrators will code against") as the
 * importers of this folder produce it. The monitoring core validates and stores it; the
 * importers only translate foreign formats (ACLED CSV, Cursor on Target, GeoJSON) into it.
 */

/** Low / best / high estimate of a count (UCDP GED style). */
export interface CasualtyEstimate {
  low: number;
  best: number;
  high: number;
}

/** Casualties by group and outcome. */
export interface Casualties {
  civilian?: { killed?: CasualtyEstimate; injured?: CasualtyEstimate };
  military?: { killed?: CasualtyEstimate; injured?: CasualtyEstimate };
}

/** One observation as posted to `POST /api/v1/observations`. */
export interface ObservationDraft {
  /** Client-generated UUID; the same id with the same content is a replay. */
  id: string;
  /** ISO 8601 UTC. */
  observedAt: string;
  observedUntil?: string;
  timePrecision?: string;
  location: { type: 'Point'; coordinates: [number, number] };
  /** Radius of uncertainty in metres. */
  uncertaintyM?: number;
  locationPrecision?: string;
  source: { kind: string; id: string; reliability: string; credibility: number };
  category: string;
  subtype?: string;
  quantity?: number;
  bearingDeg?: number;
  distanceM?: number;
  weaponSystem?: string;
  actors?: string[];
  casualties?: Casualties;
  notes?: string;
  releasability: 'public' | 'coalition' | 'owner' | string[];
  /** Imported provenance, kept as structured data (e.g. every ACLED column). */
  acled?: Record<string, string>;
  cot?: Record<string, unknown>;
  exercise?: boolean;
}

/** How a record of an imported file ended: stored, replayed (already there) or rejected. */
export type ImportOutcome = 'stored' | 'replayed' | 'rejected';
