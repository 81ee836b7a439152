import Flatbush from 'flatbush';
import { bandsOverlap, windowsOverlap } from './altitude.js';
import { prepareFootprint, reachBox, withinReach, type PreparedFootprint } from './footprint-geometry.js';
import type { Volume4D } from './volume.js';

/** A pair of volumes that conflict, ids ordered so that `a < b`. */
export interface ConflictPair {
  a: string;
  b: string;
}

/** A volume with its prepared footprint and boxes, ready for repeated tests. */
export interface PreparedVolume {
  volume: Volume4D;
  footprint: PreparedFootprint;
  /** Footprint radius plus own lateral buffer, metres. */
  reachM: number;
  /** `[west, south, east, north]` of everything within reach, degrees. */
  box: [number, number, number, number];
}

/** Prepares a volume for the detector (footprint core, reach, box). */
export function prepareVolume(volume: Volume4D): PreparedVolume {
  const footprint = prepareFootprint(volume.footprint);
  const reachM = footprint.radiusM + volume.lateralBufferM;
  return { volume, footprint, reachM, box: reachBox(footprint, reachM) };
}

/**
 * Whether the two roles can conflict at all, and whether the parties matter: activities
 * conflict with other parties' activities and sites; a no-go zone conflicts with every
 * activity, the zone owner's own included; sites and zones never conflict with each other.
 */
export function rolesCanConflict(a: Volume4D, b: Volume4D): boolean {
  if (a.role !== 'activity' && b.role !== 'activity') return false;
  if (a.role === 'zone' || b.role === 'zone') return true;
  return a.party !== b.party;
}

/**
 * The conflict rule, exactly: two volumes conflict iff their roles and parties can conflict,
 * their half-open time windows overlap, their altitude bands come closer than the larger of
 * their vertical buffers, and their footprints come within the larger of their lateral
 * buffers (touching counts). Cheap tests first, the exact footprint test last.
 */
export function volumesConflict(p: PreparedVolume, q: PreparedVolume): boolean {
  const a = p.volume;
  const b = q.volume;
  if (!rolesCanConflict(a, b)) return false;
  if (!windowsOverlap(a.start, a.end, b.start, b.end)) return false;
  if (!bandsOverlap(a.altitude, b.altitude, Math.max(a.verticalBufferM, b.verticalBufferM))) return false;
  if (p.box[0] > q.box[2] || q.box[0] > p.box[2] || p.box[1] > q.box[3] || q.box[1] > p.box[3]) return false;
  return withinReach(
    p.footprint,
    q.footprint,
    Math.max(a.lateralBufferM, b.lateralBufferM),
    p.reachM,
    q.reachM,
  );
}

function ordered(a: string, b: string): ConflictPair {
  return a < b ? { a, b } : { a: b, b: a };
}

// Flatbush stores Float64 coordinates: epoch milliseconds are exact integers there.
/** Windows longer than this go to the spatial index rather than the time index. */
export const LONG_WINDOW_MS = 7 * 24 * 3_600_000;

function buildIndex(boxes: readonly (readonly [number, number, number, number])[]): Flatbush {
  const index = new Flatbush(Math.max(1, boxes.length));
  for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
  if (boxes.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return index;
}

/**
 * A spatio-temporal index over prepared volumes, after the pipeline measured fastest on 50k
 * activities (technical.md): a flatbush R-tree on (longitude × time) boxes for activities,
 * then latitude, altitude and the exact footprint test. Standing sites, zones and other
 * volumes whose window exceeds `LONG_WINDOW_MS` would stretch across the whole time axis
 * and match every activity under their longitudes, so they sit in a second flatbush on
 * (longitude × latitude) boxes instead, with time checked after.
 */
export class ConflictIndex {
  readonly volumes: PreparedVolume[];
  private readonly brief: number[] = [];
  private readonly standing: number[] = [];
  private readonly timeIndex: Flatbush;
  private readonly spaceIndex: Flatbush;

  /** Builds both indexes over the volumes. */
  constructor(volumes: readonly Volume4D[]) {
    this.volumes = volumes.map(prepareVolume);
    this.volumes.forEach((v, i) =>
      (v.volume.end - v.volume.start > LONG_WINDOW_MS ? this.standing : this.brief).push(i),
    );
    this.timeIndex = buildIndex(
      this.brief.map((i) => {
        const v = this.volumes[i]!;
        return [v.box[0], v.volume.start, v.box[2], v.volume.end] as const;
      }),
    );
    this.spaceIndex = buildIndex(this.standing.map((i) => this.volumes[i]!.box));
  }

  private briefCandidates(p: PreparedVolume): number[] {
    if (this.brief.length === 0) return [];
    const end = Math.min(p.volume.end, Number.MAX_VALUE);
    return this.timeIndex.search(p.box[0], p.volume.start, p.box[2], end).map((k) => this.brief[k]!);
  }

  private standingCandidates(p: PreparedVolume): number[] {
    if (this.standing.length === 0) return [];
    return this.spaceIndex.search(p.box[0], p.box[1], p.box[2], p.box[3]).map((k) => this.standing[k]!);
  }

  /**
   * The indexed volumes that conflict with `volume` (which need not be in the index), as a
   * new submission is checked. A volume never conflicts with itself.
   */
  conflictsOf(volume: Volume4D): Volume4D[] {
    const p = prepareVolume(volume);
    const out: Volume4D[] = [];
    for (const i of [...this.briefCandidates(p), ...this.standingCandidates(p)]) {
      const q = this.volumes[i]!;
      if (q.volume.id !== volume.id && volumesConflict(p, q)) out.push(q.volume);
    }
    return out;
  }

  /**
   * Every conflicting pair among the indexed volumes, each once: brief–brief pairs through
   * the time index (from the lower index), every pair with a standing volume through the
   * spatial index (from the brief side, or from the lower index when both stand).
   */
  allPairs(): ConflictPair[] {
    const out: ConflictPair[] = [];
    const test = (i: number, j: number) => {
      const p = this.volumes[i]!;
      const q = this.volumes[j]!;
      if (volumesConflict(p, q)) out.push(ordered(p.volume.id, q.volume.id));
    };
    for (const i of this.brief) {
      const p = this.volumes[i]!;
      for (const j of this.briefCandidates(p)) if (j > i) test(i, j);
      for (const j of this.standingCandidates(p)) test(i, j);
    }
    for (const i of this.standing) {
      for (const j of this.standingCandidates(this.volumes[i]!)) if (j > i) test(i, j);
    }
    return out;
  }
}

/**
 * All conflicting pairs of a set of volumes, found through `ConflictIndex`.
 *
 * @example findConflicts([convoy, flight, hospital]) // [{ a: 'convoy-1', b: 'flight-7' }]
 */
export function findConflicts(volumes: readonly Volume4D[]): ConflictPair[] {
  return new ConflictIndex(volumes).allPairs();
}

/**
 * The reference: every pair tested with the exact rule, no index. Quadratic; used by tests
 * and benchmarks to check `findConflicts` gives the same set.
 */
export function findConflictsBruteForce(volumes: readonly Volume4D[]): ConflictPair[] {
  const prepared = volumes.map(prepareVolume);
  const out: ConflictPair[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      if (volumesConflict(prepared[i]!, prepared[j]!))
        out.push(ordered(prepared[i]!.volume.id, prepared[j]!.volume.id));
    }
  }
  return out;
}
