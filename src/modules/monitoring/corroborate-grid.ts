import {
  EARTH_RADIUS_M,
  haversineM,
  linked,
  M_PER_DEG,
  type CorroborationOptions,
  type CorroborationPoint,
} from './corroborate-link.js';
import type { DisjointSets } from './disjoint-sets.js';
import { categoryDefinition } from './taxonomy.js';

/**
 * Joins in `sets` every pair of `points` that `linked` relates, without comparing every pair.
 *
 * Points are bucketed into cells of (audience, time slab one window wide, latitude row,
 * longitude column, category group). A cell is small enough that any two of its points are
 * within the distance (hav θ ≤ hav Δφ + hav Δλ since cos φ ≤ 1), within the window and
 * compatible, so a cell is one set at once. Two cells are then compared only when they share
 * the audience, lie in neighbouring slabs, within the linking reach in latitude and longitude,
 * have compatible groups and are still apart; the first linked pair joins them. Dense hotspots
 * collapse into a few cell-to-cell checks; sparse data costs one sort and a few lookups per
 * cell. Like the exact check, longitude does not wrap at the antimeridian.
 */
export function linkByGrid(
  points: readonly CorroborationPoint[],
  options: CorroborationOptions,
  sets: DisjointSets,
): void {
  const n = points.length;
  if (n < 2) return;
  const { distanceM, windowMs } = options;
  const timed = Number.isFinite(windowMs);
  // Cell side: the largest c with 2·asin(√2·sin(c/2)) ≤ distance (with 0.1 % to spare).
  const half = Math.min(Math.PI / 2, (0.999 * Math.max(0, distanceM)) / (2 * EARTH_RADIUS_M));
  const cellDeg = Math.max(1e-7, (2 * Math.asin(Math.sin(half) / Math.SQRT2) * 180) / Math.PI);
  const slabMs = timed && windowMs > 0 ? windowMs : 1;
  // With a zero window or a distance below the cell floor, a cell is not one incident by itself.
  const wholeCell = (!timed || windowMs > 0) && cellDeg * M_PER_DEG * Math.SQRT2 <= distanceM;
  // Latitude reach (haversine ≥ R·|Δφ|), padded so that rounding never rejects a pair the
  // exact check would accept (≈ 0.1 mm).
  const dLat = (distanceM / M_PER_DEG) * (1 + 1e-9) + 1e-9;
  const rowReach = Math.min(Math.ceil(dLat / cellDeg), Math.ceil(180 / cellDeg) + 1);

  // Integer coordinates of each point's cell.
  const audiences = new Map<string, number>();
  const groups = new Map<string, { id: number; category: CorroborationPoint['category'] }>();
  const aud = new Int32Array(n);
  const slab = new Float64Array(n);
  const row = new Int32Array(n);
  const col = new Int32Array(n);
  const grp = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    let a = audiences.get(p.audience);
    if (a === undefined) audiences.set(p.audience, (a = audiences.size));
    const groupName = categoryDefinition(p.category).group;
    let g = groups.get(groupName);
    if (!g) groups.set(groupName, (g = { id: groups.size, category: p.category }));
    aud[i] = a;
    slab[i] = timed ? Math.floor(p.t / slabMs) : 0;
    row[i] = Math.floor((p.lat + 90) / cellDeg);
    col[i] = Math.floor((p.lon + 180) / cellDeg);
    grp[i] = g.id;
  }
  // Groups are compatible as their categories are (compatibility is decided by group).
  const groupList = [...groups.values()];
  const compatible = groupList.map((a) =>
    groupList.map((b) =>
      linked(
        { lon: 0, lat: 0, t: 0, category: a.category, audience: '' },
        { lon: 0, lat: 0, t: 0, category: b.category, audience: '' },
        { distanceM: Infinity, windowMs: Infinity },
      ),
    ),
  );

  // Rows (audience, slab, latitude row) as numbers when they fit in a double exactly, which
  // they do for any real deployment; strings otherwise. Numbers sort and hash several times faster.
  let slab0 = Infinity,
    slab1 = -Infinity,
    row0 = Infinity,
    row1 = -Infinity,
    col0 = Infinity,
    col1 = -Infinity;
  for (let i = 0; i < n; i++) {
    slab0 = Math.min(slab0, slab[i]!);
    slab1 = Math.max(slab1, slab[i]!);
    row0 = Math.min(row0, row[i]!);
    row1 = Math.max(row1, row[i]!);
    col0 = Math.min(col0, col[i]!);
    col1 = Math.max(col1, col[i]!);
  }
  const slabs = slab1 - slab0 + 3;
  const rowSpan = row1 - row0 + 2 * rowReach + 3;
  const cellsPerRow = (col1 - col0 + 1) * Math.max(1, groups.size);
  const numeric = audiences.size * slabs * rowSpan * cellsPerRow < Number.MAX_SAFE_INTEGER;
  const rowKey = numeric
    ? (a: number, sl: number, r: number): number | string =>
        (a * slabs + (sl - slab0 + 1)) * rowSpan + (r - row0 + rowReach + 1)
    : (a: number, sl: number, r: number): number | string => `${a}:${sl}:${r}`;
  const order = Array.from({ length: n }, (_, i) => i);
  if (numeric) {
    const rank = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      rank[i] =
        (rowKey(aud[i]!, slab[i]!, row[i]!) as number) * cellsPerRow +
        (col[i]! - col0) * groups.size +
        grp[i]!;
    }
    order.sort((i, j) => rank[i]! - rank[j]!);
  } else {
    order.sort(
      (i, j) =>
        aud[i]! - aud[j]! ||
        slab[i]! - slab[j]! ||
        row[i]! - row[j]! ||
        col[i]! - col[j]! ||
        grp[i]! - grp[j]!,
    );
  }

  // Cells: runs of `order` with equal coordinates, with the box and span of their points.
  const cellStart: number[] = [];
  const rowKeyOf: (number | string)[] = [];
  const rows = new Map<number | string, { first: number; last: number }>();
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const prev = k > 0 ? order[k - 1]! : -1;
    if (
      prev >= 0 &&
      aud[prev] === aud[i] &&
      slab[prev] === slab[i] &&
      row[prev] === row[i] &&
      col[prev] === col[i] &&
      grp[prev] === grp[i]
    )
      continue;
    const cell = cellStart.length;
    cellStart.push(k);
    const key = rowKey(aud[i]!, slab[i]!, row[i]!);
    rowKeyOf.push(key);
    const span = rows.get(key);
    if (span) span.last = cell;
    else rows.set(key, { first: cell, last: cell });
  }
  const cells = cellStart.length;
  cellStart.push(n);
  const box = new Float64Array(cells * 6);
  for (let c = 0; c < cells; c++) {
    let x0 = Infinity,
      y0 = Infinity,
      t0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity,
      t1 = -Infinity;
    const first = order[cellStart[c]!]!;
    for (let k = cellStart[c]!; k < cellStart[c + 1]!; k++) {
      const i = order[k]!;
      const p = points[i]!;
      x0 = Math.min(x0, p.lon);
      x1 = Math.max(x1, p.lon);
      y0 = Math.min(y0, p.lat);
      y1 = Math.max(y1, p.lat);
      t0 = Math.min(t0, p.t);
      t1 = Math.max(t1, p.t);
      if (wholeCell) sets.union(first, i);
      else {
        for (let m = cellStart[c]!; m < k; m++) {
          const j = order[m]!;
          if (sets.find(i) !== sets.find(j) && linked(p, points[j]!, options)) sets.union(i, j);
        }
      }
    }
    box.set([x0, y0, t0, x1, y1, t1], c * 6);
  }

  const join = (a: number, b: number, dLon: number): void => {
    const ia = order[cellStart[a]!]!;
    const ib = order[cellStart[b]!]!;
    if (!compatible[grp[ia]!]![grp[ib]!]) return;
    if (wholeCell && sets.find(ia) === sets.find(ib)) return;
    const A = a * 6;
    const B = b * 6;
    // Gaps between the two boxes that no link can cross.
    if (box[B + 1]! - box[A + 4]! > dLat || box[A + 1]! - box[B + 4]! > dLat) return;
    if (box[B]! - box[A + 3]! > dLon || box[A]! - box[B + 3]! > dLon) return;
    if (timed && (box[B + 2]! - box[A + 5]! > windowMs || box[A + 2]! - box[B + 5]! > windowMs)) return;
    // Only points within reach of the other cell's box can link: dense cells far apart
    // compare a few border points, not every pair.
    const near = (cell: number, other: number): number[] => {
      const O = other * 6;
      const out: number[] = [];
      for (let k = cellStart[cell]!; k < cellStart[cell + 1]!; k++) {
        const p = points[order[k]!]!;
        if (p.lat < box[O + 1]! - dLat || p.lat > box[O + 4]! + dLat) continue;
        if (p.lon < box[O]! - dLon || p.lon > box[O + 3]! + dLon) continue;
        if (timed && (p.t < box[O + 2]! - windowMs || p.t > box[O + 5]! + windowMs)) continue;
        out.push(order[k]!);
      }
      return out;
    };
    const fromA = near(a, b);
    if (fromA.length === 0) return;
    const fromB = near(b, a);
    for (const i of fromA) {
      const p = points[i]!;
      for (const j of fromB) {
        const q = points[j]!;
        // Same audience and compatible groups hold for the whole cells: time and distance decide.
        if (Math.abs(p.t - q.t) > windowMs || Math.abs(p.lat - q.lat) > dLat) continue;
        if (!wholeCell && sets.find(i) === sets.find(j)) continue;
        if (haversineM(p.lon, p.lat, q.lon, q.lat) <= distanceM) {
          sets.union(i, j);
          if (wholeCell) return;
        }
      }
    }
  };

  for (let c = 0; c < cells; c++) {
    const i = order[cellStart[c]!]!;
    // Longitude reach at the highest latitude a partner can have (1 ‰ slack for the bound).
    const topLat = Math.max(Math.abs(row[i]! * cellDeg - 90), Math.abs((row[i]! + 1) * cellDeg - 90)) + dLat;
    const dLon =
      topLat >= 90 ? Infinity : (1.001 * distanceM) / (M_PER_DEG * Math.cos((topLat * Math.PI) / 180)) + 1e-9;
    const colReach = dLon >= 360 ? Infinity : Math.ceil(dLon / cellDeg);
    // Each pair of cells once: later cells of the same row, then rows after it in time or latitude.
    for (let b = c + 1; b < cells && rowKeyOf[b] === rowKeyOf[c]; b++) {
      if (col[order[cellStart[b]!]!]! - col[i]! > colReach) break;
      join(c, b, dLon);
    }
    for (let ds = 0; ds <= (timed ? 1 : 0); ds++) {
      for (let dy = ds === 0 ? 1 : -rowReach; dy <= rowReach; dy++) {
        const span = rows.get(rowKey(aud[i]!, slab[i]! + ds, row[i]! + dy));
        if (!span) continue;
        // First cell of that row within reach to the west (binary search on the column).
        let lo = span.first;
        let hi = span.last + 1;
        const west = col[i]! - colReach;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (col[order[cellStart[mid]!]!]! < west) lo = mid + 1;
          else hi = mid;
        }
        for (let b = lo; b <= span.last; b++) {
          if (col[order[cellStart[b]!]!]! - col[i]! > colReach) break;
          join(c, b, dLon);
        }
      }
    }
  }
}
