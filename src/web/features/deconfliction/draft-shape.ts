import type { MapLayer } from '../../components/map/index.js';
import type { NewNotification } from '../../../modules/deconfliction/deconfliction.schemas.js';
import { notificationLayers } from './map-layers.js';

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** The shapes the notification form draws. */
export type DraftShape = 'circle' | 'polygon' | 'route';

/**
 * The shape being drawn, as the form holds it: the positions text (one "longitude latitude"
 * per line — what the keyboard edits and the map clicks write), the radius or corridor width
 * text, and for a circle whether the next click places the centre or sets the radius.
 */
export interface DraftState {
  shape: DraftShape;
  positions: string;
  size: string;
  circleStep: 'centre' | 'radius';
}

/** Parses "lon lat" lines into positions; null when a line is not two numbers. */
export function parsePositions(text: string): [number, number][] | null {
  const out: [number, number][] = [];
  for (const line of text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [lon, lat, ...rest] = line.split(/[\s,;]+/).map(Number);
    if (
      rest.length > 0 ||
      lon === undefined ||
      lat === undefined ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat)
    )
      return null;
    out.push([lon, lat]);
  }
  return out;
}

/** A position as one line of the positions field, to 5 decimals (about a metre). */
export function formatPosition(p: readonly [number, number]): string {
  return `${p[0].toFixed(5)} ${p[1].toFixed(5)}`;
}

/** Ground distance in metres on the local plane at the mean latitude (as the detector measures). */
export function groundDistanceM(a: readonly [number, number], b: readonly [number, number]): number {
  const kx = METRES_PER_DEGREE * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * METRES_PER_DEGREE);
}

/**
 * The state after a click on the map at `p`: a polygon or a route gains a vertex; a circle
 * takes its centre on one click and its radius (distance to the centre, to 10 m) on the next.
 */
export function applyMapClick(state: DraftState, p: readonly [number, number]): DraftState {
  if (state.shape !== 'circle') {
    const text = state.positions.trim();
    return { ...state, positions: `${text}${text ? '\n' : ''}${formatPosition(p)}` };
  }
  const centre = parsePositions(state.positions)?.[0];
  if (state.circleStep === 'centre' || !centre) {
    return { ...state, positions: formatPosition(p), circleStep: 'radius' };
  }
  const radius = Math.max(10, Math.round(groundDistanceM(centre, p) / 10) * 10);
  return { ...state, size: String(radius), circleStep: 'centre' };
}

/** The GeoJSON geometry of the draft, or null until it has enough positions. */
export function draftGeometry(
  shape: DraftShape,
  points: readonly [number, number][] | null,
): NewNotification['geometry'] | null {
  if (!points || points.length === 0) return null;
  if (shape === 'circle') return { type: 'Point', coordinates: points[0]! };
  if (shape === 'route') return points.length >= 2 ? { type: 'LineString', coordinates: [...points] } : null;
  return points.length >= 3 ? { type: 'Polygon', coordinates: [[...points, points[0]!]] } : null;
}

/**
 * Map layers of the draft: the shape itself once complete (area or route), the outline of a
 * polygon still being drawn, and the drawn vertices as points so that each click shows.
 */
export function draftLayers(
  state: Pick<DraftState, 'shape' | 'size'>,
  points: readonly [number, number][] | null,
  labels: { areas: string; routes: string; vertices: string; title: string },
): MapLayer[] {
  const geometry = draftGeometry(state.shape, points);
  const layers: MapLayer[] = geometry
    ? notificationLayers(
        [
          {
            id: 'draft',
            title: labels.title,
            geometry,
            radiusM: state.shape === 'circle' ? Number(state.size) || 0 : null,
          },
        ],
        { areas: labels.areas, routes: labels.routes },
      )
    : [];
  const vertices = points ?? [];
  if (state.shape === 'polygon' && vertices.length === 2) {
    layers.push({
      kind: 'lines',
      id: 'draft-outline',
      label: labels.areas,
      color: '#b8860b',
      dashed: true,
      lines: [{ id: 'draft-outline', path: vertices }],
    });
  }
  if (vertices.length > 0) {
    layers.push({
      kind: 'points',
      id: 'draft-vertices',
      label: labels.vertices,
      color: '#7a1f5c',
      points: vertices.map((position, i) => ({ id: `vertex-${i}`, position, title: `${i + 1}` })),
    });
  }
  return layers;
}
