import { cellToBoundary, latLngToCell } from 'h3-js';
import type { CellLayer, LonLat, MapCell, PointLayer } from '../../components/map/layers.js';
import { CATEGORIES, isCategory, type CategoryGroup } from '../../../modules/monitoring/taxonomy.js';
import type { MapPointRow } from './map-points.js';

/**
 * Colours of the category groups, after the Okabe–Ito colour-blind-safe palette, darkened
 * so that the white count on a cluster keeps a readable contrast.
 */
export const GROUP_COLOURS: Record<CategoryGroup, string> = {
  fire: '#b34400',
  strike: '#9c3f78',
  ground: '#805500',
  weapons: '#005f94',
  movement: '#00775a',
  access: '#4a4a9c',
  harm: '#7a1f1f',
  mines: '#4d4d4d',
};

/** The order of the groups in the legend: violations of fire first. */
export const CATEGORY_GROUPS = Object.keys(GROUP_COLOURS) as CategoryGroup[];

/** The category group of a category name; unknown names (newer servers) count as fire. */
export function groupOf(category: string): CategoryGroup {
  return isCategory(category) ? CATEGORIES[category].group : 'fire';
}

/**
 * Observations as clustered points, one layer per category group so that the legend explains
 * the colours and each group clusters on its own. Groups without points are left out.
 */
export function observationGroupLayers(
  rows: readonly MapPointRow[],
  label: (group: CategoryGroup) => string,
): PointLayer[] {
  const byGroup = new Map<CategoryGroup, MapPointRow['point'][]>();
  for (const r of rows) {
    const g = groupOf(r.category);
    let list = byGroup.get(g);
    if (!list) byGroup.set(g, (list = []));
    list.push(r.point);
  }
  return CATEGORY_GROUPS.filter((g) => byGroup.has(g)).map((g) => ({
    kind: 'points',
    id: `observations-${g}`,
    label: label(g),
    color: GROUP_COLOURS[g],
    cluster: true,
    radius: 5,
    points: byGroup.get(g)!,
  }));
}

// H3 cell of each point per resolution, computed once: the slider then only counts.
const cellCache = new WeakMap<MapPointRow, Map<number, string>>();

function cellOf(r: MapPointRow, resolution: number): string {
  let cells = cellCache.get(r);
  if (!cells) cellCache.set(r, (cells = new Map<number, string>()));
  let cell = cells.get(resolution);
  if (cell === undefined) cells.set(resolution, (cell = latLngToCell(r.lat, r.lon, resolution)));
  return cell;
}

/** Number of rows in each H3 cell of `resolution` (0–15). */
export function countByCell(rows: readonly MapPointRow[], resolution: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const cell = cellOf(r, resolution);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return counts;
}

/**
 * The density view: one hexagon per H3 cell holding observations, its fill growing with the
 * count. Boundaries come from h3-js in GeoJSON order (`[lon, lat]`, closed ring).
 */
export function densityLayer(
  rows: readonly MapPointRow[],
  resolution: number,
  label: string,
  title: (count: number) => string,
): CellLayer {
  const cells: MapCell[] = [];
  for (const [cell, count] of countByCell(rows, resolution)) {
    const ring = cellToBoundary(cell, true).map(([lon, lat]) => [lon, lat] as LonLat);
    cells.push({ id: cell, rings: [ring], value: count, title: title(count) });
  }
  return { kind: 'cells', id: 'density', label, color: '#a4262c', cells };
}
