import type { ReleasableColumns } from '../../platform/db/schema.js';

/**
 * A notification: a static site, a movement, an air activity, a maritime transit, or a
 * no-go zone (kind `zone`). Geometry is GeoJSON text plus indexed bounding-box columns;
 * times are ISO 8601 UTC text. Releasable.
 */
export interface NotificationTable extends ReleasableColumns {
  id: string;
  /** Client-generated id of the submission (idempotent retries), unique per owner party. */
  client_id: string;
  /** SHA-256 of the submitted content, to tell a retry from a different submission. */
  content_hash: string;
  kind: string;
  category: string;
  title: string;
  description: string;
  /** GeoJSON geometry: Point (circle centre), Polygon, or LineString (route). */
  geometry_json: string;
  /** Circle radius, metres (Point geometry only). */
  radius_m: number | null;
  /** Corridor width centred on the route, metres (LineString geometry only). */
  corridor_width_m: number | null;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  lower_m: number;
  upper_m: number;
  /** `AMSL`, `AGL` or `W84`. */
  altitude_datum: string;
  starts_at: string;
  /** Null for standing sites and zones. */
  ends_at: string | null;
  /** JSON array of `{ place, at }` waypoints of a movement's schedule, or null. */
  schedule_json: string | null;
  lateral_buffer_m: number;
  vertical_buffer_m: number;
  /** 1 when submitted under the 24-hour emergency rule. */
  emergency: number;
  status: string;
  exercise: number;
  submitted_by: string;
  submitted_at: string;
  updated_at: string;
}

/** Receipt of a notification by one party. Receipt only: never approval. */
export interface NotificationReceiptTable {
  notification_id: string;
  party: string;
  received_by: string;
  received_at: string;
}

/** A detected conflict between two notifications (`notification_a < notification_b`). */
export interface ConflictTable {
  id: string;
  notification_a: string;
  notification_b: string;
  party_a: string;
  party_b: string;
  /** Overlap of the two windows, ISO UTC; `overlap_end` null when both are standing. */
  overlap_start: string;
  overlap_end: string | null;
  /** `open` or `resolved`. */
  status: string;
  resolution: string | null;
  resolved_by_party: string | null;
  resolved_at: string | null;
  /** `submit` (instant check) or `batch`. */
  detected_by: string;
  detected_at: string;
  exercise: number;
}

/** One party's acknowledgement that it has seen a conflict. */
export interface ConflictAcknowledgementTable {
  conflict_id: string;
  party: string;
  acknowledged_by: string;
  acknowledged_at: string;
}

/** A hotline message between duty officers about a notification or a conflict. Releasable. */
export interface HotlineMessageTable extends ReleasableColumns {
  id: string;
  notification_id: string | null;
  conflict_id: string | null;
  from_party: string;
  author: string;
  /** Addressed party, or null for every party involved. */
  to_party: string | null;
  body: string;
  sent_at: string;
  exercise: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    deconfliction_notifications: NotificationTable;
    deconfliction_receipts: NotificationReceiptTable;
    deconfliction_conflicts: ConflictTable;
    deconfliction_conflict_acknowledgements: ConflictAcknowledgementTable;
    deconfliction_hotline: HotlineMessageTable;
  }
}
