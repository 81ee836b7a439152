import { linkByGrid } from './corroborate-grid.js';
import type { CorroborationOptions, CorroborationPoint } from './corroborate-link.js';
import { DisjointSets } from './disjoint-sets.js';

export {
  DEFAULT_CORROBORATION,
  EARTH_RADIUS_M,
  haversineM,
  linked,
  type CorroborationOptions,
  type CorroborationPoint,
} from './corroborate-link.js';

/**
 * Partitions observations into incidents: the label of each point, numbered from 0 in the
 * order each incident is first met. Runs in O(n log n) (one sort, then a few neighbouring
 * cells per cell of the grid in `corroborate-grid.ts`), dense hotspots included.
 *
 * @example clusterObservations(points, { distanceM: 2000, windowMs: 7_200_000 }) // [0, 0, 1]
 */
export function clusterObservations(
  points: readonly CorroborationPoint[],
  options: CorroborationOptions,
): number[] {
  const sets = new DisjointSets(points.length);
  linkByGrid(points, options, sets);
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
  linkByGrid(all, options, sets);
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
