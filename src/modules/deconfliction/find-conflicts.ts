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

// Flatbush stores Float64 coordinates: epoch milliseconds are exact integers there. Standing
// sites and zones (end = Infinity) get a far-future box edge instead.
const FAR_FUTURE = 8.64e15;

/**
 * A spatio-temporal index over prepared volumes: a flatbush R-tree on (longitude × time)
 * boxes — the pipeline measured fastest on 50k activities (technical.md) — then latitude,
 * altitude and the exact footprint test.
 */
export class ConflictIndex {
  private readonly index: Flatbush;
  readonly volumes: PreparedVolume[];

  /** Builds the index; `volumes` must not be empty-checked by the caller. */
  constructor(volumes: readonly Volume4D[]) {
    this.volumes = volumes.map(prepareVolume);
    this.index = new Flatbush(Math.max(1, this.volumes.length));
    for (const v of this.volumes) {
      this.index.add(v.box[0], v.volume.start, v.box[2], Math.min(v.volume.end, FAR_FUTURE));
    }
    if (this.volumes.length === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  /** Indices of the volumes a candidate may conflict with (box filter only). */
  private candidates(p: PreparedVolume): number[] {
    if (this.volumes.length === 0) return [];
    return this.index.search(p.box[0], p.volume.start, p.box[2], Math.min(p.volume.end, FAR_FUTURE));
  }

  /**
   * The indexed volumes that conflict with `volume` (which need not be in the index), as a
   * new submission is checked: ids in index order. A volume never conflicts with itself.
   */
  conflictsOf(volume: Volume4D): Volume4D[] {
    const p = prepareVolume(volume);
    const out: Volume4D[] = [];
    for (const i of this.candidates(p)) {
      const q = this.volumes[i]!;
      if (q.volume.id !== volume.id && volumesConflict(p, q)) out.push(q.volume);
    }
    return out;
  }

  /** Every conflicting pair among the indexed volumes, each once. */
  allPairs(): ConflictPair[] {
    const out: ConflictPair[] = [];
    for (let i = 0; i < this.volumes.length; i++) {
      const p = this.volumes[i]!;
      for (const j of this.candidates(p)) {
        if (j <= i) continue;
        const q = this.volumes[j]!;
        if (volumesConflict(p, q)) out.push(ordered(p.volume.id, q.volume.id));
      }
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
