import CoT from '@tak-ps/node-cot';
import { csvField } from './acled-csv.js';
import type { Incident, Observation } from './monitoring.schemas.js';

/**
 * Row renderers of the streaming exports: CSV (RFC 4180), GeoJSON (RFC 7946) features and
 * Cursor on Target events, one record at a time so that an export of any size runs in
 * constant memory. Pure functions over the API shapes of observations and incidents.
 */

type Cell = string | number | boolean | null | undefined;
const cell = (value: Cell): string => (value === null || value === undefined ? '' : csvField(String(value)));
const releasabilityText = (r: Observation['releasability']) => (Array.isArray(r) ? r.join(' ') : r);

/** Columns of the observations CSV export, in order. */
export const OBSERVATION_CSV_COLUMNS = [
  'id',
  'observed_at',
  'observed_until',
  'time_precision',
  'longitude',
  'latitude',
  'uncertainty_m',
  'location_precision',
  'source_kind',
  'source_id',
  'reliability',
  'credibility',
  'category',
  'subtype',
  'quantity',
  'bearing_deg',
  'distance_m',
  'weapon_system',
  'weapon_class',
  'civilian_killed_best',
  'civilian_injured_best',
  'military_killed_best',
  'military_injured_best',
  'zones',
  'sector',
  'side',
  'distance_to_line_m',
  'withdrawal_violation',
  'incident_id',
  'owner',
  'releasability',
  'received_at',
  'exercise',
  'notes',
] as const;

/** The header line of the observations CSV (CRLF-terminated, RFC 4180). */
export function observationCsvHeader(): string {
  return `${OBSERVATION_CSV_COLUMNS.join(',')}\r\n`;
}

/** One observation as a CSV line (CRLF-terminated). */
export function observationCsvRow(o: Observation): string {
  const [lon, lat] = o.location.coordinates;
  const values: Cell[] = [
    o.id,
    o.observedAt,
    o.observedUntil,
    o.timePrecision,
    lon,
    lat,
    o.uncertaintyM,
    o.locationPrecision,
    o.source.kind,
    o.source.id,
    o.source.reliability,
    o.source.credibility,
    o.category,
    o.subtype,
    o.quantity,
    o.bearingDeg,
    o.distanceM,
    o.weaponSystem,
    o.weaponClass,
    o.casualties?.civilian?.killed?.best,
    o.casualties?.civilian?.injured?.best,
    o.casualties?.military?.killed?.best,
    o.casualties?.military?.injured?.best,
    o.tags.zones.join(';'),
    o.tags.sector,
    o.tags.side,
    o.tags.distanceToLineM === null ? null : Math.round(o.tags.distanceToLineM),
    o.tags.withdrawalViolation,
    o.incidentId,
    o.owner,
    releasabilityText(o.releasability),
    o.receivedAt,
    o.exercise,
    o.notes,
  ];
  return `${values.map(cell).join(',')}\r\n`;
}

/** Columns of the incidents CSV export, in order. */
export const INCIDENT_CSV_COLUMNS = [
  'id',
  'status',
  'revision',
  'started_at',
  'ended_at',
  'longitude',
  'latitude',
  'uncertainty_m',
  'primary_category',
  'categories',
  'observation_count',
  'source_count',
  'confidence',
  'severity',
  'quantity',
  'violation',
  'sector',
  'zones',
  'attribution',
  'owner',
  'releasability',
  'exercise',
  'observation_ids',
] as const;

/** The header line of the incidents CSV. */
export function incidentCsvHeader(): string {
  return `${INCIDENT_CSV_COLUMNS.join(',')}\r\n`;
}

/** One incident as a CSV line. */
export function incidentCsvRow(i: Incident): string {
  const [lon, lat] = i.centroid.coordinates;
  const values: Cell[] = [
    i.id,
    i.status,
    i.revision,
    i.startedAt,
    i.endedAt,
    lon,
    lat,
    Math.round(i.uncertaintyM),
    i.primaryCategory,
    i.categories.join(';'),
    i.observationCount,
    i.sourceCount,
    i.confidence,
    i.severity,
    i.quantity,
    i.violation,
    i.sector,
    i.zones.join(';'),
    i.attribution,
    i.owner,
    releasabilityText(i.releasability),
    i.exercise,
    i.observationIds.join(';'),
  ];
  return `${values.map(cell).join(',')}\r\n`;
}

/** An observation as a GeoJSON Feature (RFC 7946), properties without the geometry. */
export function observationFeature(o: Observation): Record<string, unknown> {
  const { location, ...properties } = o;
  return { type: 'Feature', id: o.id, geometry: location, properties };
}

/** An incident as a GeoJSON Feature at its centroid. */
export function incidentFeature(i: Incident): Record<string, unknown> {
  const { centroid, ...properties } = i;
  return { type: 'Feature', id: i.id, bbox: i.bbox, geometry: centroid, properties };
}

/** Opening of a streamed FeatureCollection; features follow, separated by commas. */
export const FEATURE_COLLECTION_OPEN = '{"type":"FeatureCollection","features":[\n';
/** Closing of a streamed FeatureCollection. */
export const FEATURE_COLLECTION_CLOSE = '\n]}\n';

/** Opening of a streamed CoT document: the events follow inside `<events>`. */
export const COT_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<events>\n';
/** Closing of a streamed CoT document. */
export const COT_CLOSE = '</events>\n';

// How long TAK clients keep an exported marker before dropping it (CoT "stale").
const STALE_MS = 24 * 3600 * 1000;

/**
 * A CoT event for an observation or incident, written by `@tak-ps/node-cot`. The type is a
 * report bit (`b-m-p-s-m`, spot map) unless the record is a weapon in violation (hostile
 * ground weapon); the monitoring fields travel in `<__guarantor>`, the form the CoT importer
 * reads, so that an export re-imports losslessly for these fields.
 */
export function toCotXml(record: {
  uid: string;
  category: string;
  subtype?: string | undefined;
  at: string;
  point: [number, number];
  uncertaintyM?: number | undefined;
  callsign: string;
  remarks?: string | undefined;
  extra: Record<string, string | number | undefined>;
}): string {
  const type = record.category === 'weapon-in-violation' ? 'a-h-G-E-W' : 'b-m-p-s-m';
  const cot = CoT.from_geojson({
    id: record.uid,
    type: 'Feature',
    properties: {
      type,
      how: 'h-e',
      callsign: record.callsign,
      time: record.at,
      start: record.at,
      stale: new Date(Date.parse(record.at) + STALE_MS).toISOString(),
      ...(record.remarks ? { remarks: record.remarks } : {}),
    },
    geometry: { type: 'Point', coordinates: [record.point[0], record.point[1], 0] },
  });
  const event = cot.raw.event;
  if (record.uncertaintyM !== undefined && event.point?._attributes) {
    event.point._attributes.ce = record.uncertaintyM;
  }
  const attributes: Record<string, string> = { category: record.category };
  if (record.subtype) attributes.subtype = record.subtype;
  for (const [key, value] of Object.entries(record.extra))
    if (value !== undefined) attributes[key] = String(value);
  const detail = (event.detail ?? {}) as Record<string, unknown>;
  delete detail['_flow-tags_'];
  detail.__guarantor = { _attributes: attributes };
  event.detail = detail;
  return cot.to_xml();
}

/** An observation as a CoT event. */
export function observationCot(o: Observation): string {
  return toCotXml({
    uid: o.id,
    category: o.category,
    subtype: o.subtype,
    at: o.observedAt,
    point: [o.location.coordinates[0]!, o.location.coordinates[1]!],
    uncertaintyM: o.uncertaintyM,
    callsign: `${o.category} ${o.source.id}`,
    remarks: o.notes,
    extra: {
      id: o.id,
      quantity: o.quantity,
      bearingDeg: o.bearingDeg,
      distanceM: o.distanceM,
      weaponSystem: o.weaponSystem,
      weaponClass: o.weaponClass,
      sourceKind: o.source.kind,
      sourceId: o.source.id,
      reliability: o.source.reliability,
      credibility: o.source.credibility,
      releasability: Array.isArray(o.releasability) ? o.releasability.join(',') : o.releasability,
      exercise: o.exercise ? 'EXERCISE' : undefined,
    },
  });
}

/** An incident as a CoT event at its centroid. */
export function incidentCot(i: Incident): string {
  return toCotXml({
    uid: `incident-${i.id}`,
    category: i.primaryCategory,
    at: i.startedAt,
    point: [i.centroid.coordinates[0]!, i.centroid.coordinates[1]!],
    uncertaintyM: i.uncertaintyM,
    callsign: `INCIDENT ${i.primaryCategory} (${i.status})`,
    remarks: `${i.exercise ? 'EXERCISE: ' : ''}${i.observationCount} observations from ${i.sourceCount} sources, severity ${i.severity}, status ${i.status}`,
    extra: {
      incidentId: i.id,
      status: i.status,
      severity: i.severity,
      confidence: i.confidence,
      quantity: i.quantity,
      releasability: Array.isArray(i.releasability) ? i.releasability.join(',') : i.releasability,
      exercise: i.exercise ? 'EXERCISE' : undefined,
    },
  });
}
