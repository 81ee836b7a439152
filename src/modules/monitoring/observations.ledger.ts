import type { ObservationInput } from './monitoring.schemas.js';
import type { ObservationTable } from './monitoring.tables.js';
import { observationRow } from './observations.present.js';
import { NO_ZONE_TAGS } from './tag-zone.js';

// The columns of an observation row that its body alone decides: what queries, maps, reports
// and access read. Zone tags are left out (they depend on the zone set in force on arrival),
// as are the incident and the time of receipt.
const BODY_COLUMNS = [
  'observed_at',
  'observed_until',
  'lon',
  'lat',
  'uncertainty_m',
  'cell',
  'h3',
  'source_kind',
  'source_id',
  'reliability',
  'credibility',
  'category',
  'subtype',
  'quantity',
  'weapon_class',
  'releasability',
  'releasable_to',
] as const satisfies readonly (keyof ObservationTable)[];

/**
 * The stored columns of an observation that no longer agree with its body, the content the
 * ledger holds: a row made public, moved or re-sourced behind the application keeps a body
 * that matches its leaf, so only this comparison shows it.
 */
export function observationColumnsDisagreeing(row: ObservationTable): string[] {
  let expected: ObservationTable;
  try {
    const body = JSON.parse(row.body_json) as ObservationInput;
    expected = observationRow(body, row.owner_party, NO_ZONE_TAGS, row.content_hash, row.received_at, false);
  } catch {
    return ['body_json'];
  }
  // Both dialects give back the same text for each of these (numbers as JavaScript prints them).
  return BODY_COLUMNS.filter((c) => String(row[c]) !== String(expected[c]));
}
