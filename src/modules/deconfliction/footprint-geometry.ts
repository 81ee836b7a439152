import type { Footprint, Position } from './volume.js';

/** Metres per degree of latitude on the IUGG mean Earth sphere (R = 6,371,008.8 m). */
export const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

// Widening of boxes against rounding, so that the box filter never drops a pair the exact
// test would keep.
const BOX_SLACK = 1 + 1e-6;

/** Kind of the core shape a footprint is grown from. */
export const enum CoreKind {
  Point = 0,
  Polyline = 1,
  Polygon = 2,
}

/**
 * A footprint prepared for repeated tests: its core (point, polyline or polygon, in degrees),
 * the radius grown around the core (circle radius, half the corridor width, 0 for polygons)
 * and its bounding box. A footprint is every point within `radiusM` of its core.
 */
export interface PreparedFootprint {
  kind: CoreKind;
  /** Longitudes of the core's vertices, degrees. */
  lon: readonly number[];
  /** Latitudes of the core's vertices, degrees. */
  lat: readonly number[];
  /** Start index of each ring (polygons) or `[0]` (points, polylines); ends at the next start. */
  ringStarts: readonly number[];
  radiusM: number;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

function sameVertex(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

// Shared by every point and polyline core: they have one ring, starting at 0.
const SINGLE_RING: readonly number[] = [0];

/**
 * Prepares a footprint: flattens its core and computes its box (without radius or buffer).
 * Writes straight into the typed arrays, with no intermediate vertex lists: a batch run
 * prepares tens of thousands of footprints.
 */
export function prepareFootprint(footprint: Footprint): PreparedFootprint {
  let kind: CoreKind;
  let lon: number[];
  let lat: number[];
  let ringStarts: readonly number[] = SINGLE_RING;
  let radiusM = 0;
  switch (footprint.type) {
    case 'circle':
      kind = CoreKind.Point;
      lon = [footprint.center[0]];
      lat = [footprint.center[1]];
      radiusM = footprint.radiusM;
      break;
    case 'corridor': {
      kind = CoreKind.Polyline;
      const path = footprint.path;
      lon = new Array<number>(path.length);
      lat = new Array<number>(path.length);
      for (let i = 0; i < path.length; i++) {
        lon[i] = path[i]![0];
        lat[i] = path[i]![1];
      }
      radiusM = footprint.widthM / 2;
      break;
    }
    case 'polygon': {
      kind = CoreKind.Polygon;
      // GeoJSON rings repeat the first vertex at the end; edges close the ring anyway.
      const lengths = footprint.rings.map((ring) =>
        ring.length > 1 && sameVertex(ring[0]!, ring[ring.length - 1]!) ? ring.length - 1 : ring.length,
      );
      const starts: number[] = [];
      let total = 0;
      for (const length of lengths) {
        starts.push(total);
        total += length;
      }
      lon = new Array<number>(total);
      lat = new Array<number>(total);
      footprint.rings.forEach((ring, r) => {
        for (let i = 0; i < lengths[r]!; i++) {
          lon[starts[r]! + i] = ring[i]![0];
          lat[starts[r]! + i] = ring[i]![1];
        }
      });
      ringStarts = starts;
      break;
    }
  }
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (let i = 0; i < lon.length; i++) {
    const x = lon[i]!;
    const y = lat[i]!;
    if (x < minLon) minLon = x;
    if (x > maxLon) maxLon = x;
    if (y < minLat) minLat = y;
    if (y > maxLat) maxLat = y;
  }
  return { kind, lon, lat, ringStarts, radiusM, minLon, minLat, maxLon, maxLat };
}

/**
 * Bounding box `[west, south, east, north]` in degrees of a footprint grown by `reachM` metres.
 * Longitude degrees are widened at the box's most poleward latitude, where they are shortest,
 * so that the box contains every point the exact test could accept (see `withinReach`).
 */
export function reachBox(f: PreparedFootprint, reachM: number): [number, number, number, number] {
  const d = (reachM / METRES_PER_DEGREE) * BOX_SLACK;
  const south = f.minLat - d;
  const north = f.maxLat + d;
  const poleward = Math.min(89, Math.max(Math.abs(south), Math.abs(north)));
  const dLon = (reachM / (METRES_PER_DEGREE * Math.cos((poleward * Math.PI) / 180))) * BOX_SLACK;
  return [f.minLon - dLon, south, f.maxLon + dLon, north];
}

/** Squared distance from point p to segment ab, in the plane. */
function pointSegment2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/**
 * Whether segments ab and cd come within `limit2` (squared distance): they cross, or an
 * endpoint of one lies within reach of the other. The crossing test (four orientations) runs
 * first, being the cheapest; distances stop at the first that is close enough.
 */
function segmentsNear(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
  limit2: number,
): boolean {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  if ((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) {
    const o3 = orient(cx, cy, dx, dy, ax, ay);
    const o4 = orient(cx, cy, dx, dy, bx, by);
    if ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0)) return true;
  }
  return (
    pointSegment2(ax, ay, cx, cy, dx, dy) <= limit2 ||
    pointSegment2(bx, by, cx, cy, dx, dy) <= limit2 ||
    pointSegment2(cx, cy, ax, ay, bx, by) <= limit2 ||
    pointSegment2(dx, dy, ax, ay, bx, by) <= limit2
  );
}

/** A core projected to metres on a local plane. */
interface PlaneCore {
  kind: CoreKind;
  x: Float64Array;
  y: Float64Array;
  /** Number of vertices in use (the arrays may be longer). */
  n: number;
  ringStarts: readonly number[];
}

// Two reusable planes: the exact test is called millions of times in a batch run and must
// not allocate per pair. Safe because the detector is synchronous.
const SCRATCH: [PlaneCore, PlaneCore] = [
  { kind: CoreKind.Point, x: new Float64Array(64), y: new Float64Array(64), n: 0, ringStarts: [0] },
  { kind: CoreKind.Point, x: new Float64Array(64), y: new Float64Array(64), n: 0, ringStarts: [0] },
];

function project(f: PreparedFootprint, kx: number, ky: number, slot: 0 | 1): PlaneCore {
  const n = f.lon.length;
  const plane = SCRATCH[slot];
  if (plane.x.length < n) {
    plane.x = new Float64Array(n * 2);
    plane.y = new Float64Array(n * 2);
  }
  const x = plane.x;
  const y = plane.y;
  for (let i = 0; i < n; i++) {
    x[i] = f.lon[i]! * kx;
    y[i] = f.lat[i]! * ky;
  }
  plane.kind = f.kind;
  plane.n = n;
  plane.ringStarts = f.ringStarts;
  return plane;
}

/** Even-odd test over every ring, so holes are outside. */
function insidePolygon(p: PlaneCore, px: number, py: number): boolean {
  let inside = false;
  for (let r = 0; r < p.ringStarts.length; r++) {
    const start = p.ringStarts[r]!;
    const end = r + 1 < p.ringStarts.length ? p.ringStarts[r + 1]! : p.n;
    for (let i = start, j = end - 1; i < end; j = i++) {
      const xi = p.x[i]!;
      const yi = p.y[i]!;
      const xj = p.x[j]!;
      const yj = p.y[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** End (exclusive) of ring `r` of a core. */
function ringEnd(c: PlaneCore, r: number): number {
  return r + 1 < c.ringStarts.length ? c.ringStarts[r + 1]! : c.n;
}

/**
 * Whether point (px, py) comes within `limit2` (squared) of an edge of the core (ring edges
 * close their ring; a polyline's last vertex does not join its first). Loops rather than
 * callbacks: the batch run calls this hundreds of thousands of times.
 */
function pointNearEdges(c: PlaneCore, px: number, py: number, limit2: number): boolean {
  const closed = c.kind === CoreKind.Polygon;
  const x = c.x;
  const y = c.y;
  for (let r = 0; r < c.ringStarts.length; r++) {
    const start = c.ringStarts[r]!;
    const end = ringEnd(c, r);
    const last = closed ? end : end - 1;
    for (let i = start; i < last; i++) {
      const j = i + 1 < end ? i + 1 : start;
      if (pointSegment2(px, py, x[i]!, y[i]!, x[j]!, y[j]!) <= limit2) return true;
    }
  }
  return false;
}

/** Whether segment ab comes within `limit2` (squared) of an edge of the core. */
function segmentNearEdges(
  c: PlaneCore,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  limit2: number,
): boolean {
  const closed = c.kind === CoreKind.Polygon;
  const x = c.x;
  const y = c.y;
  for (let r = 0; r < c.ringStarts.length; r++) {
    const start = c.ringStarts[r]!;
    const end = ringEnd(c, r);
    const last = closed ? end : end - 1;
    for (let i = start; i < last; i++) {
      const j = i + 1 < end ? i + 1 : start;
      if (segmentsNear(ax, ay, bx, by, x[i]!, y[i]!, x[j]!, y[j]!, limit2)) return true;
    }
  }
  return false;
}

function coresWithin(a: PlaneCore, b: PlaneCore, limit2: number): boolean {
  // One vertex inside the other polygon settles containment; partial overlaps cross an edge.
  if (a.kind === CoreKind.Polygon && insidePolygon(a, b.x[0]!, b.y[0]!)) return true;
  if (b.kind === CoreKind.Polygon && insidePolygon(b, a.x[0]!, a.y[0]!)) return true;
  if (a.kind === CoreKind.Point && b.kind === CoreKind.Point) {
    const dx = a.x[0]! - b.x[0]!;
    const dy = a.y[0]! - b.y[0]!;
    return dx * dx + dy * dy <= limit2;
  }
  if (a.kind === CoreKind.Point) return pointNearEdges(b, a.x[0]!, a.y[0]!, limit2);
  if (b.kind === CoreKind.Point) return pointNearEdges(a, b.x[0]!, b.y[0]!, limit2);
  const closed = a.kind === CoreKind.Polygon;
  for (let r = 0; r < a.ringStarts.length; r++) {
    const start = a.ringStarts[r]!;
    const end = ringEnd(a, r);
    const last = closed ? end : end - 1;
    for (let i = start; i < last; i++) {
      const j = i + 1 < end ? i + 1 : start;
      if (segmentNearEdges(b, a.x[i]!, a.y[i]!, a.x[j]!, a.y[j]!, limit2)) return true;
    }
  }
  return false;
}

/**
 * The exact lateral test: whether the two footprints, each grown by its own radius, come
 * within `separationM` metres of each other (touching counts). Distances are measured on a
 * local equirectangular plane whose reference latitude is the middle of the latitudes both
 * footprints can reach (`[southA, northA]`, `[southB, northB]`: the latitudes of each one's
 * `reachBox` with its radius plus own buffer), which keeps the error far below a metre over the few hundred
 * kilometres an activity spans.
 */
export function withinReach(
  a: PreparedFootprint,
  b: PreparedFootprint,
  separationM: number,
  southA: number,
  northA: number,
  southB: number,
  northB: number,
): boolean {
  const south = southA > southB ? southA : southB;
  const north = northA < northB ? northA : northB;
  const lat0 = south <= north ? (south + north) / 2 : (a.minLat + a.maxLat + b.minLat + b.maxLat) / 4;
  const ky = METRES_PER_DEGREE;
  const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const limit = a.radiusM + b.radiusM + separationM;
  if (a.kind === CoreKind.Point && b.kind === CoreKind.Point) {
    const dx = (a.lon[0]! - b.lon[0]!) * kx;
    const dy = (a.lat[0]! - b.lat[0]!) * ky;
    return dx * dx + dy * dy <= limit * limit;
  }
  return coresWithin(project(a, kx, ky, 0), project(b, kx, ky, 1), limit * limit);
}
