import type { MapLayer } from '../../components/map/index.js';
import type { Notification } from '../../../modules/deconfliction/deconfliction.schemas.js';

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** A 36-vertex ring drawing a circle of `radiusM` metres around `[lon, lat]`. */
export function circleRing(center: readonly [number, number], radiusM: number): [number, number][] {
  const [lon, lat] = center;
  const dLat = radiusM / METRES_PER_DEGREE;
  const dLon = radiusM / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  const ring: [number, number][] = [];
  for (let i = 0; i <= 36; i++) {
    const t = (2 * Math.PI * (i % 36)) / 36;
    ring.push([lon + dLon * Math.cos(t), lat + dLat * Math.sin(t)]);
  }
  return ring;
}

/** The shape parts of a notification-like record, for drawing. */
export type Drawable = Pick<Notification, 'id' | 'title' | 'geometry' | 'radiusM'>;

/** Map layers for notifications: areas (circles, polygons) and routes. */
export function notificationLayers(
  items: readonly Drawable[],
  labels: { areas: string; routes: string },
): MapLayer[] {
  const polygons = items.flatMap((n) =>
    n.geometry.type === 'Polygon'
      ? [
          {
            id: n.id,
            rings: n.geometry.coordinates.map((r) => r.map((p) => [p[0], p[1]] as [number, number])),
            title: n.title,
          },
        ]
      : n.geometry.type === 'Point'
        ? [{ id: n.id, rings: [circleRing(n.geometry.coordinates, n.radiusM ?? 0)], title: n.title }]
        : [],
  );
  const lines = items.flatMap((n) =>
    n.geometry.type === 'LineString'
      ? [
          {
            id: n.id,
            path: n.geometry.coordinates.map((p) => [p[0], p[1]] as [number, number]),
            title: n.title,
          },
        ]
      : [],
  );
  return [
    { kind: 'polygons', id: 'deconfliction-areas', label: labels.areas, color: '#b8860b', polygons },
    {
      kind: 'lines',
      id: 'deconfliction-routes',
      label: labels.routes,
      color: '#1f4e79',
      dashed: true,
      lines,
    },
  ];
}
