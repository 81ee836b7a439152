/**
 * Plain-data model of what deconfliction compares: a footprint on the ground, an altitude
 * band and a time window — a 4-D volume in the sense of ASTM F3548 "Volume4D" (polygon or
 * circle, altitude lower/upper, time start/end), extended with corridors around routes.
 * No database, no HTTP: the detector and its tests work on these types only.
 */

/** A WGS-84 position `[longitude, latitude]` in degrees (RFC 7946 order). */
export type Position = readonly [number, number];

/** A circle around a point, radius in metres (air activities, protected sites). */
export interface CircleFootprint {
  type: 'circle';
  center: Position;
  radiusM: number;
}

/** A polygon with an outer ring and optional holes, GeoJSON rings (closed or not). */
export interface PolygonFootprint {
  type: 'polygon';
  rings: readonly (readonly Position[])[];
}

/** A route and the corridor of `widthM` metres centred on it (convoys, maritime transits). */
export interface CorridorFootprint {
  type: 'corridor';
  path: readonly Position[];
  widthM: number;
}

/** Where an activity happens on the ground. */
export type Footprint = CircleFootprint | PolygonFootprint | CorridorFootprint;

/** Vertical reference of an altitude band: above mean sea level, above ground, or WGS-84 ellipsoid. */
export type AltitudeDatum = 'AMSL' | 'AGL' | 'W84';

/** An altitude band `[lowerM, upperM)` in metres above its datum. */
export interface AltitudeBand {
  lowerM: number;
  upperM: number;
  datum: AltitudeDatum;
}

/**
 * How an activity takes part in conflict detection:
 * `activity` — movements, air activities, maritime transits (they can collide);
 * `site` — static sites to protect (humanitarian, medical, infrastructure, storage);
 * `zone` — no-go zones such as the buffer zone (nobody's activity may enter).
 */
export type VolumeRole = 'activity' | 'site' | 'zone';

/** One 4-D volume as the detector sees it. Times are epoch milliseconds, UTC, half-open. */
export interface Volume4D {
  id: string;
  /** Owner party code. */
  party: string;
  role: VolumeRole;
  footprint: Footprint;
  altitude: AltitudeBand;
  /** Start of the window, epoch ms (inclusive). */
  start: number;
  /** End of the window, epoch ms (exclusive); `Infinity` for standing sites and zones. */
  end: number;
  /** Lateral separation this volume asks for, metres. */
  lateralBufferM: number;
  /** Vertical separation this volume asks for, metres. */
  verticalBufferM: number;
}
