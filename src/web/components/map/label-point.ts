/** A ring of `[lon, lat]` positions, closed or not. */
type Ring = readonly (readonly number[])[];

/** Signed area of a ring by the shoelace formula (degrees², planar: for ranking only). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum / 2;
}

/** Area-weighted centroid of a ring; the mean of its vertices when it is degenerate. */
export function ringCentroid(ring: Ring): [number, number] {
  const area = ringArea(ring);
  if (Math.abs(area) < 1e-12) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0]!, 0) / n, ring.reduce((s, p) => s + p[1]!, 0) / n];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    const f = a[0]! * b[1]! - b[0]! * a[1]!;
    cx += (a[0]! + b[0]!) * f;
    cy += (a[1]! + b[1]!) * f;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/**
 * Where to put a country's name: the centroid of its largest outer ring (so France's label
 * sits in Europe, not between its overseas parts), and that ring's area for choosing the
 * zoom at which the name appears.
 */
export function labelPoint(
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] },
): { position: [number, number]; area: number } | undefined {
  const outers =
    geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  let best: Ring | undefined;
  let bestArea = 0;
  for (const ring of outers) {
    if (!ring) continue;
    const area = Math.abs(ringArea(ring));
    if (area > bestArea) {
      bestArea = area;
      best = ring;
    }
  }
  return best ? { position: ringCentroid(best), area: bestArea } : undefined;
}

/**
 * The zoom from which a country's name is shown: large countries at once, small ones only
 * when zoomed in, so labels do not pile up.
 */
export function labelMinZoom(area: number): number {
  if (area > 200) return 0;
  if (area > 40) return 2.5;
  if (area > 8) return 3.5;
  if (area > 1) return 4.5;
  return 5.5;
}
