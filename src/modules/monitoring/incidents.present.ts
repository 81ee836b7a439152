import { fromColumns } from '../../platform/access/releasability.js';
import type { Incident, IncidentComment, IncidentRevision, IncidentStatus } from './monitoring.schemas.js';
import type { IncidentCommentTable, IncidentRevisionTable, IncidentTable } from './monitoring.tables.js';
import { listColumn } from './observations.present.js';

/** The API form of an incident with the ids of its observations the viewer may see. */
export function presentIncident(row: IncidentTable, observationIds: string[]): Incident {
  return {
    id: row.id,
    status: row.status as IncidentStatus,
    revision: row.revision,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    centroid: { type: 'Point', coordinates: [row.lon, row.lat] },
    uncertaintyM: row.uncertainty_m,
    bbox: [row.min_lon, row.min_lat, row.max_lon, row.max_lat],
    categories: listColumn(row.categories),
    primaryCategory: row.primary_category,
    observationCount: row.observation_count,
    sourceCount: row.source_count,
    confidence: row.confidence,
    severity: row.severity,
    quantity: row.quantity,
    violation: row.violation === 1,
    sector: row.sector,
    zones: listColumn(row.zones),
    attribution: row.attribution,
    mergedInto: row.merged_into,
    observationIds,
    owner: row.owner_party,
    releasability: fromColumns(row),
    exercise: row.exercise === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The snapshot kept in a revision: the incident without its observation list. */
export function snapshotOf(row: IncidentTable): Omit<Incident, 'observationIds'> {
  const { observationIds: _ids, ...rest } = presentIncident(row, []);
  return rest;
}

/** The API form of an immutable revision. */
export function presentRevision(row: IncidentRevisionTable): IncidentRevision {
  return {
    revision: row.revision,
    at: row.at,
    actor: row.actor,
    actorParty: row.actor_party,
    kind: row.kind,
    fromStatus: row.from_status as IncidentStatus | null,
    toStatus: row.to_status as IncidentStatus | null,
    rationale: row.rationale,
    snapshot: JSON.parse(row.snapshot_json) as unknown,
  };
}

/** The API form of a comment or dispute. */
export function presentComment(row: IncidentCommentTable): IncidentComment {
  return {
    id: row.id,
    at: row.at,
    author: row.author,
    party: row.owner_party,
    kind: row.kind as IncidentComment['kind'],
    body: row.body,
    releasability: fromColumns(row),
  };
}

/** An incident as a GeoJSON Feature at its centroid. */
export function incidentFeature(incident: Incident) {
  const { centroid, ...properties } = incident;
  return { type: 'Feature' as const, id: incident.id, geometry: centroid, properties };
}
