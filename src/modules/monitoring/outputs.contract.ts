import type { ObservationInput } from './monitoring.schemas.js';

/**
 * What the importers of this folder (ACLED CSV, Cursor on Target, GeoJSON) produce: an
 * observation of the integration contract (issue 4) for the monitoring core to validate and
 * store, and the foreign record it came from, kept as structured provenance beside it.
 */
export interface ImportedObservation {
  /** Where in the file it came from: CSV line (from 1) or feature/event index (from 0). */
  position: { line: number } | { index: number };
  observation: ObservationInput;
  /** The source record's own fields, e.g. every ACLED column, or the CoT event attributes. */
  provenance: Record<string, unknown>;
}

/** Formats the importers read. */
export const IMPORT_FORMATS = ['acled', 'cot', 'geojson'] as const;
/** One import format. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
