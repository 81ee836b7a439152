import KDBush from 'kdbush';
import { compatibleCategories, type Category } from './taxonomy.js';

/** Mean Earth radius (IUGG), metres: the sphere of the haversine distance. */
export const EARTH_RADIUS_M = 6_371_008.8;
const M_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_M;

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

/** Union-find over indices with path halving and union by size. */
class DisjointSets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const grand = this.parent[this.parent[x]!]!;
      this.parent[x] = grand;
      x = grand;
    }
    return x;
  }
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
  }
}

/**
 * Joins every linked pair of `points` into `sets`. Points are bucketed into time slabs one
 * window wide, each with its own kdbush index, so a point is compared only with points of its
 * own and the neighbouring slabs whose bounding box it touches; the haversine check is exact.
 */
function linkAll(
  points: readonly CorroborationPoint[],
  options: CorroborationOptions,
  sets: DisjointSets,
): void {
  const n = points.length;
  if (n < 2) return;
  const slabOf = (t: number) =>
    Number.isFinite(options.windowMs) && options.windowMs > 0 ? Math.floor(t / options.windowMs) : 0;
  const slabs = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const key = slabOf(points[i]!.t);
    const members = slabs.get(key);
    if (members) members.push(i);
    else slabs.set(key, [i]);
  }
  const indexes = new Map<number, { index: KDBush; members: number[] }>();
  for (const [key, members] of slabs) {
    const index = new KDBush(members.length);
    for (const i of members) index.add(points[i]!.lon, points[i]!.lat);
    index.finish();
    indexes.set(key, { index, members });
  }
  const dLat = options.distanceM / M_PER_DEG;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    const key = slabOf(p.t);
    const maxLat = Math.min(89.9, Math.abs(p.lat) + dLat);
    const dLon = options.distanceM / (M_PER_DEG * Math.cos((maxLat * Math.PI) / 180));
    // A little slack so that the exact check, not the box, decides at the edge.
    const pad = 1e-9;
    for (const k of key === 0 && !Number.isFinite(options.windowMs) ? [0] : [key - 1, key, key + 1]) {
      const slab = indexes.get(k);
      if (!slab) continue;
      const hits = slab.index.range(
        p.lon - dLon - pad,
        p.lat - dLat - pad,
        p.lon + dLon + pad,
        p.lat + dLat + pad,
      );
      for (const h of hits) {
        const j = slab.members[h]!;
        // Already in one incident: the exact check could not change anything.
        if (j <= i || sets.find(i) === sets.find(j)) continue;
        if (linked(p, points[j]!, options)) sets.union(i, j);
      }
    }
  }
}

/**
 * Partitions observations into incidents: the label of each point, numbered from 0 in the
 * order each incident is first met. Runs in about O(n log n) for points spread in space
 * and time.
 *
 * @example clusterObservations(points, { distanceM: 2000, windowMs: 7_200_000 }) // [0, 0, 1]
 */
export function clusterObservations(
  points: readonly CorroborationPoint[],
  options: CorroborationOptions,
): number[] {
  const sets = new DisjointSets(points.length);
  linkAll(points, options, sets);
  const labelOf = new Map<number, number>();
  return points.map((_, i) => {
    const root = sets.find(i);
    let label = labelOf.get(root);
    if (label === undefined) {
      label = labelOf.size;
      labelOf.set(root, label);
    }
    return label;
  });
}

/** An observation already stored in an incident. */
export interface StoredPoint extends CorroborationPoint {
  incidentId: string;
}

/** What incremental corroboration decided for one group of new observations. */
export interface IncidentAssignment {
  /** Indices (into the new points) of the observations that form or join the incident. */
  fresh: number[];
  /** Existing incidents the group touches: none (a new incident), one (join), or several (merge). */
  incidentIds: string[];
}

/**
 * Incremental corroboration: places new observations among the stored ones near them in space
 * and time. Stored observations of one incident are already connected, so they are joined by
 * incident id as well as by links; the groups that hold new observations say which incidents
 * to create, extend or merge. The result equals re-clustering everything from scratch.
 */
export function assignIncidents(
  stored: readonly StoredPoint[],
  fresh: readonly CorroborationPoint[],
  options: CorroborationOptions,
): IncidentAssignment[] {
  const all: CorroborationPoint[] = [...stored, ...fresh];
  const sets = new DisjointSets(all.length);
  const firstOfIncident = new Map<string, number>();
  stored.forEach((s, i) => {
    const first = firstOfIncident.get(s.incidentId);
    if (first === undefined) firstOfIncident.set(s.incidentId, i);
    else sets.union(first, i);
  });
  linkAll(all, options, sets);
  const groups = new Map<number, IncidentAssignment>();
  for (let f = 0; f < fresh.length; f++) {
    const root = sets.find(stored.length + f);
    let group = groups.get(root);
    if (!group) {
      group = { fresh: [], incidentIds: [] };
      groups.set(root, group);
    }
    group.fresh.push(f);
  }
  for (const [incidentId, i] of firstOfIncident) {
    const group = groups.get(sets.find(i));
    if (group) group.incidentIds.push(incidentId);
  }
  return [...groups.values()];
}
