import type { ReleasableColumns } from '../../platform/db/schema.js';

/**
 * An observation (raw report). The posted JSON is kept verbatim in `body_json` (so a replay
 * answers exactly what was stored); the columns beside it are what queries filter on.
 */
export interface ObservationTable extends ReleasableColumns {
  id: string;
  /** SHA-256 of the canonical JSON (RFC 8785) of the posted body and its owner. */
  content_hash: string;
  body_json: string;
  observed_at: string;
  observed_until: string | null;
  lon: number;
  lat: number;
  uncertainty_m: number;
  /** Coarse grid cell (0.1°) for bounding-box queries on both dialects. */
  cell: number;
  /** H3 cell at resolution 8, for map aggregates. */
  h3: string;
  source_kind: string;
  source_id: string;
  reliability: string;
  credibility: number;
  category: string;
  subtype: string | null;
  quantity: number | null;
  weapon_class: string | null;
  /** 1 when the category counts as a ceasefire violation. */
  violation: number;
  zone_version: number | null;
  /** `,name,name,` of the areas containing the point, or ''. */
  zones: string;
  sector: string | null;
  side: string | null;
  distance_to_line_m: number | null;
  withdrawal_violation: number;
  incident_id: string | null;
  exercise: number;
  received_at: string;
}

/** A corroborated incident; its observations point at it. */
export interface IncidentTable extends ReleasableColumns {
  id: string;
  status: string;
  revision: number;
  started_at: string;
  ended_at: string;
  lon: number;
  lat: number;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  uncertainty_m: number;
  /** `,explosion,shelling,` */
  categories: string;
  primary_category: string;
  observation_count: number;
  source_count: number;
  confidence: number;
  severity: number;
  quantity: number;
  violation: number;
  sector: string | null;
  zones: string;
  attribution: string | null;
  /** Set when a later observation joined this incident to another: the survivor's id. */
  merged_into: string | null;
  exercise: number;
  created_at: string;
  updated_at: string;
}

/** Immutable history of an incident (append only). */
export interface IncidentRevisionTable {
  incident_id: string;
  revision: number;
  at: string;
  actor: string;
  actor_party: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  rationale: string | null;
  snapshot_json: string;
}

/** Comments and disputes on an incident; each carries its own releasability. */
export interface IncidentCommentTable extends ReleasableColumns {
  id: string;
  incident_id: string;
  at: string;
  author: string;
  kind: string;
  body: string;
}

/** One version of the zone set (line of contact, areas, withdrawal lines, sectors). */
export interface ZoneSetTable extends ReleasableColumns {
  version: number;
  created_at: string;
  created_by: string;
  note: string | null;
  exercise: number;
}

/** A zone of one zone-set version, kept as GeoJSON with its bounding box. */
export interface ZoneTable {
  version: number;
  position: number;
  kind: string;
  name: string;
  properties_json: string;
  geometry_json: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    observations: ObservationTable;
    incidents: IncidentTable;
    incident_revisions: IncidentRevisionTable;
    incident_comments: IncidentCommentTable;
    zone_sets: ZoneSetTable;
    zones: ZoneTable;
  }
}
