/** A tile of the XYZ (Web Mercator) grid: zoom, column from the west, row from the north. */
export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** How many tiles "Keep this area for offline use" fetches at the most. */
export const OFFLINE_AREA_TILE_BUDGET = 1000;

// Web Mercator stops at ±85.0511°, where the square world ends.
const MAX_LATITUDE = 85.0511287798066;

function column(lon: number, z: number): number {
  const n = 2 ** z;
  const clamped = Math.min(Math.max(lon, -180), 180);
  return Math.min(n - 1, Math.floor(((clamped + 180) / 360) * n));
}

function row(lat: number, z: number): number {
  const n = 2 ** z;
  const phi = (Math.min(Math.max(lat, -MAX_LATITUDE), MAX_LATITUDE) * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n;
  return Math.min(n - 1, Math.max(0, Math.floor(y)));
}

/**
 * The tiles of zoom `z` that cover `[west, south, east, north]` (degrees, WGS 84), in rows
 * from the north. Longitudes past ±180° (a map panned across the antimeridian) are clamped.
 *
 * @example tilesCovering([31, 46, 39, 51], 6) // 3 columns × 3 rows over eastern Ukraine
 */
export function tilesCovering(bounds: readonly [number, number, number, number], z: number): TileAddress[] {
  const [west, south, east, north] = bounds;
  const tiles: TileAddress[] = [];
  for (let y = row(north, z); y <= row(south, z); y++)
    for (let x = column(west, z); x <= column(east, z); x++) tiles.push({ z, x, y });
  return tiles;
}

/**
 * The tiles to keep for a view: every zoom from `minZoom` to `maxZoom` over `bounds`, coarse
 * first, stopping before the first zoom that would take the total past `budget` (a deeper
 * zoom over the same view costs four times the one above it). `deepest` is the last zoom kept,
 * undefined when not even `minZoom` fits.
 */
export function planOfflineArea(
  bounds: readonly [number, number, number, number],
  minZoom: number,
  maxZoom: number,
  budget = OFFLINE_AREA_TILE_BUDGET,
): { tiles: TileAddress[]; deepest: number | undefined } {
  const tiles: TileAddress[] = [];
  let deepest: number | undefined;
  for (let z = minZoom; z <= maxZoom; z++) {
    const level = tilesCovering(bounds, z);
    if (tiles.length + level.length > budget) break;
    tiles.push(...level);
    deepest = z;
  }
  return { tiles, deepest };
}
