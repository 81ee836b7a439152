import { compatibleCategories, type Category } from './taxonomy.js';

/** Mean Earth radius (IUGG), metres: the sphere of the haversine distance. */
export const EARTH_RADIUS_M = 6_371_008.8;
/** Metres per degree of latitude (and of longitude at the equator) on that sphere. */
export const M_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_M;

/** Great-circle (haversine) distance between two WGS-84 points, in metres. */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** An observation as corroboration sees it. */
export interface CorroborationPoint {
  lon: number;
  lat: number;
  /** Observed time, milliseconds since the epoch (UTC). */
  t: number;
  category: Category;
  /**
   * Who may see it (releasability and, when restricted, the owner): observations are grouped
   * only with observations of the same audience, so an incident never reveals a report to a
   * party that may not see it.
   */
  audience: string;
}

/** How close two observations must be to describe one incident. */
export interface CorroborationOptions {
  /** Largest distance between two linked observations, metres. */
  distanceM: number;
  /** Largest gap between their observed times, milliseconds; `Infinity` for space only. */
  windowMs: number;
}

/** Defaults: 2 km and 2 hours, the scale of one shelling episode seen by several sensors. */
export const DEFAULT_CORROBORATION: CorroborationOptions = { distanceM: 2000, windowMs: 2 * 3600_000 };

/**
 * Whether two observations link: within the distance and the time window, of compatible
 * categories and the same audience. Incidents are the connected components of this relation
 * (single linkage, which is DBSCAN with minPoints 1), so the partition does not depend on the
 * order in which observations arrive.
 */
export function linked(a: CorroborationPoint, b: CorroborationPoint, options: CorroborationOptions): boolean {
  return (
    Math.abs(a.t - b.t) <= options.windowMs &&
    a.audience === b.audience &&
    compatibleCategories(a.category, b.category) &&
    haversineM(a.lon, a.lat, b.lon, b.lat) <= options.distanceM
  );
}
