import Flatbush from 'flatbush';
import { prepareVolume, volumesConflict, type PreparedVolume } from './conflict-rule.js';
import { localityOrder } from './locality-order.js';
import { orderByKey } from './sort-by-key.js';
import { sweepStrips } from './strip-sweep.js';
import { VolumeColumns } from './volume-columns.js';
import type { Volume4D } from './volume.js';

/** A pair of volumes that conflict, ids ordered so that `a < b`. */
export interface ConflictPair {
  a: string;
  b: string;
}

function ordered(a: string, b: string): ConflictPair {
  return a < b ? { a, b } : { a: b, b: a };
}

// Flatbush stores Float64 coordinates: epoch milliseconds are exact integers there.
/** Windows longer than this go to the spatial index rather than the time index. */
export const LONG_WINDOW_MS = 7 * 24 * 3_600_000;

/** A flatbush over the reach boxes of `count` volumes given by `boxOf`, item k being the k-th. */
function buildIndex(count: number, boxOf: (k: number) => PreparedVolume): Flatbush {
  const index = new Flatbush(Math.max(1, count));
  for (let k = 0; k < count; k++) {
    const b = boxOf(k);
    index.add(b.west, b.south, b.east, b.north);
  }
  if (count === 0) index.add(0, 0, 0, 0);
  index.finish();
  return index;
}

/** First position in the ascending `sorted` whose value is ≥ `x`. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A spatio-temporal index over prepared volumes. Activities (windows up to `LONG_WINDOW_MS`)
 * are swept in order of start: each is compared with those starting before it ends — the
 * time test bounds the loop — and a box test on typed columns keeps only the near ones.
 * Standing sites, zones and other long windows would meet every activity of the month in
 * the sweep, so they sit in a flatbush on (longitude × latitude) boxes instead, with time
 * checked after. Every candidate passes the rule's cheap tests on the columns before the
 * exact footprint test (`volumesConflict`) is run.
 */
export class ConflictIndex {
  readonly volumes: PreparedVolume[];
  private readonly columns: VolumeColumns;
  /** Positions of the brief volumes, by start; their starts, ascending. */
  private readonly byStart: Int32Array;
  private readonly starts: Float64Array;
  /** Ends and reach boxes of the brief volumes in the same order, read in sequence by the sweep. */
  private readonly sweep: {
    ends: Float64Array;
    west: Float64Array;
    south: Float64Array;
    east: Float64Array;
    north: Float64Array;
  };
  /** Longest brief window, ms: how far back a window can start and still reach an instant. */
  private readonly longestBriefMs: number;
  /** Positions of the standing volumes, and a flatbush over their boxes. */
  private readonly standing: Int32Array;
  private readonly spaceIndex: Flatbush;

  /** Builds the sweep order and the spatial index over the volumes. */
  constructor(volumes: readonly Volume4D[]) {
    // Prepared in spatial order, so that spatial neighbours sit together in memory.
    this.volumes = Array.from(localityOrder(volumes), (i) => prepareVolume(volumes[i]!));
    this.columns = new VolumeColumns(this.volumes);
    const brief: number[] = [];
    const standing: number[] = [];
    let longest = 0;
    this.volumes.forEach((v, i) => {
      const length = v.end - v.start;
      if (length > LONG_WINDOW_MS) standing.push(i);
      else {
        brief.push(i);
        if (length > longest) longest = length;
      }
    });
    const start = this.columns.start;
    // Offsets from the earliest start: small non-negative integers sort natively.
    let earliest = Infinity;
    for (const i of brief) if (start[i]! < earliest) earliest = start[i]!;
    const rank = orderByKey(Float64Array.from(brief, (i) => start[i]! - earliest));
    this.byStart = Int32Array.from(rank, (k) => brief[k]!);
    this.starts = Float64Array.from(this.byStart, (i) => start[i]!);
    const { end, west, south, east, north } = this.columns;
    this.sweep = {
      ends: Float64Array.from(this.byStart, (i) => end[i]!),
      west: Float64Array.from(this.byStart, (i) => west[i]!),
      south: Float64Array.from(this.byStart, (i) => south[i]!),
      east: Float64Array.from(this.byStart, (i) => east[i]!),
      north: Float64Array.from(this.byStart, (i) => north[i]!),
    };
    this.longestBriefMs = longest;
    this.standing = Int32Array.from(standing);
    this.spaceIndex = buildIndex(standing.length, (k) => this.volumes[standing[k]!]!);
  }

  /**
   * The indexed volumes that conflict with `volume` (which need not be in the index), as a
   * new submission is checked. A volume never conflicts with itself.
   */
  conflictsOf(volume: Volume4D): Volume4D[] {
    const p = prepareVolume(volume);
    const out: Volume4D[] = [];
    const test = (i: number) => {
      const q = this.volumes[i]!;
      if (q.volume.id !== volume.id && volumesConflict(p, q)) out.push(q.volume);
    };
    // A brief window reaching p's start began at most `longestBriefMs` before it.
    const { ends: end, west, south, east, north } = this.sweep;
    for (let k = lowerBound(this.starts, p.start - this.longestBriefMs); k < this.starts.length; k++) {
      if (!(this.starts[k]! < p.end)) break;
      if (end[k]! <= p.start || west[k]! > p.east || p.west > east[k]!) continue;
      if (south[k]! > p.north || p.south > north[k]!) continue;
      test(this.byStart[k]!);
    }
    if (this.standing.length > 0) {
      this.spaceIndex.search(p.west, p.south, p.east, p.north, (k) => {
        test(this.standing[k]!);
        return false;
      });
    }
    return out;
  }

  /**
   * Every conflicting pair among the indexed volumes, each once: brief–brief pairs by the
   * sweep (from the earlier start), then each standing volume against a (longitude ×
   * latitude) flatbush of all volumes (brief ones, and standing ones after it).
   */
  allPairs(): ConflictPair[] {
    const out: ConflictPair[] = [];
    const { volumes, columns: c, byStart, starts } = this;
    const test = (i: number, j: number) => {
      if (c.mayConflict(i, j) && volumesConflict(volumes[i]!, volumes[j]!))
        out.push(ordered(volumes[i]!.volume.id, volumes[j]!.volume.id));
    };
    // Later starts only: a pair overlapping in time is met from its earlier start.
    sweepStrips({ starts, ...this.sweep }, (a, b) => test(byStart[a]!, byStart[b]!));
    if (this.standing.length === 0) return out;
    const isStanding = new Uint8Array(volumes.length);
    for (const i of this.standing) isStanding[i] = 1;
    const everything = buildIndex(volumes.length, (i) => volumes[i]!);
    for (const i of this.standing) {
      const p = volumes[i]!;
      everything.search(p.west, p.south, p.east, p.north, (j) => {
        if (isStanding[j] === 0 || j > i) test(i, j);
        return false;
      });
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
