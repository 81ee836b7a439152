import { latLngToCell } from 'h3-js';
import { fromColumns, toColumns } from '../../platform/access/releasability.js';
import type { Observation, ObservationInput } from './monitoring.schemas.js';
import type { ObservationTable } from './monitoring.tables.js';
import type { SummaryObservation } from './incidents.summary.js';
import { cellOf, type MemberRow } from './observations.repository.js';
import type { ZoneTags } from './tag-zone.js';
import { categoryDefinition, type Category, type Reliability } from './taxonomy.js';

/** H3 resolution stored with each observation (≈ 0.74 km² cells); maps aggregate upwards. */
export const H3_RESOLUTION = 8;

/** The stored row of a validated observation, its zone tags and its owner. */
export function observationRow(
  input: ObservationInput,
  owner: string,
  tags: ZoneTags,
  hash: string,
  receivedAt: string,
  exercise: boolean,
): ObservationTable {
  const [lon, lat] = input.location.coordinates as [number, number];
  const category = input.category as Category;
  return {
    id: input.id.toLowerCase(),
    content_hash: hash,
    body_json: JSON.stringify(input),
    observed_at: new Date(input.observedAt).toISOString(),
    observed_until: input.observedUntil ? new Date(input.observedUntil).toISOString() : null,
    lon,
    lat,
    uncertainty_m: input.uncertaintyM ?? 0,
    cell: cellOf(lon, lat),
    h3: latLngToCell(lat, lon, H3_RESOLUTION),
    source_kind: input.source.kind,
    source_id: input.source.id,
    reliability: input.source.reliability,
    credibility: input.source.credibility,
    category,
    subtype: input.subtype ?? null,
    quantity: input.quantity ?? null,
    weapon_class: input.weaponClass ?? null,
    violation: categoryDefinition(category).violation || tags.withdrawalViolation ? 1 : 0,
    ...tagColumns(tags),
    incident_id: null,
    exercise: exercise ? 1 : 0,
    received_at: receivedAt,
    ...toColumns(owner, input.releasability),
  };
}

function tagColumns(tags: ZoneTags) {
  return {
    zone_version: tags.zoneVersion,
    zones: tags.zones.length > 0 ? `,${tags.zones.join(',')},` : '',
    sector: tags.sector,
    side: tags.side,
    distance_to_line_m: tags.distanceToLineM,
    withdrawal_violation: tags.withdrawalViolation ? 1 : 0,
  };
}

/** The row with its zone tags replaced (an observation tagged under an older zone set). */
export function withTags(row: ObservationTable, tags: ZoneTags): ObservationTable {
  const category = row.category as Category;
  return {
    ...row,
    ...tagColumns(tags),
    violation: categoryDefinition(category).violation || tags.withdrawalViolation ? 1 : 0,
  };
}

/** Names from a `,a,b,` list column. */
export function listColumn(value: string): string[] {
  return value.split(',').filter((v) => v !== '');
}

/** The API form of a stored observation: the posted body with what the platform added. */
export function presentObservation(row: ObservationTable): Observation {
  const body = JSON.parse(row.body_json) as ObservationInput;
  return {
    ...body,
    releasability: fromColumns(row),
    owner: row.owner_party,
    receivedAt: row.received_at,
    incidentId: row.incident_id,
    tags: {
      zoneVersion: row.zone_version,
      zones: listColumn(row.zones),
      sector: row.sector,
      side: row.side,
      distanceToLineM: row.distance_to_line_m,
      withdrawalViolation: row.withdrawal_violation === 1,
    },
    exercise: row.exercise === 1,
  };
}

/** What an incident summary needs of an observation: a stored member or a new row. */
export function summaryInput(row: MemberRow | ObservationTable): SummaryObservation {
  let civilianKilled: number;
  let civilianInjured: number;
  let militaryKilled: number;
  if ('body_json' in row) {
    const casualties = (JSON.parse(row.body_json) as ObservationInput).casualties;
    civilianKilled = casualties?.civilian?.killed?.best ?? 0;
    civilianInjured = casualties?.civilian?.injured?.best ?? 0;
    militaryKilled = casualties?.military?.killed?.best ?? 0;
  } else {
    civilianKilled = Number(row.civilian_killed ?? 0);
    civilianInjured = Number(row.civilian_injured ?? 0);
    militaryKilled = Number(row.military_killed ?? 0);
  }
  return {
    lon: row.lon,
    lat: row.lat,
    uncertaintyM: row.uncertainty_m,
    observedAt: row.observed_at,
    observedUntil: row.observed_until,
    category: row.category as Category,
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    reliability: row.reliability as Reliability,
    credibility: row.credibility,
    quantity: row.quantity,
    civilianKilled,
    civilianInjured,
    militaryKilled,
    withdrawalViolation: row.withdrawal_violation === 1,
    sector: row.sector,
    zones: listColumn(row.zones),
  };
}

/** The corroboration audience of a stored record: who may see it (see `CorroborationPoint`). */
export function audienceOf(row: {
  owner_party: string;
  releasability: string;
  releasable_to: string;
}): string {
  switch (row.releasability) {
    case 'public':
    case 'coalition':
      return row.releasability;
    case 'parties':
      return `parties:${row.owner_party}:${row.releasable_to}`;
    default:
      return `owner:${row.owner_party}`;
  }
}
