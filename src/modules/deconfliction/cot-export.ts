import CoT from '@tak-ps/node-cot';
import { METRES_PER_DEGREE } from './footprint-geometry.js';
import type { Notification } from './deconfliction.schemas.js';

const CIRCLE_SEGMENTS = 36;
const DAY_MS = 86_400_000;

/** A ring of `CIRCLE_SEGMENTS` vertices approximating a circle (for the drawing's outline). */
export function circleRing(center: readonly [number, number], radiusM: number): [number, number][] {
  const [lon, lat] = center;
  const dLat = radiusM / METRES_PER_DEGREE;
  const dLon = radiusM / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  const ring: [number, number][] = [];
  for (let i = 0; i < CIRCLE_SEGMENTS; i++) {
    const t = (2 * Math.PI * i) / CIRCLE_SEGMENTS;
    ring.push([lon + dLon * Math.cos(t), lat + dLat * Math.sin(t)]);
  }
  ring.push(ring[0]!);
  return ring;
}

function remarks(n: Notification): string {
  const band = `${n.altitude.lowerM}–${n.altitude.upperM} m ${n.altitude.datum}`;
  const width = n.corridorWidthM === null ? '' : `, corridor ${n.corridorWidthM} m wide`;
  const exercise = n.exercise ? 'EXERCISE — ' : '';
  return `${exercise}${n.party} ${n.kind}/${n.category}: ${n.title}. ${n.startsAt} to ${n.endsAt ?? 'further notice'}, ${band}${width}. Status ${n.status}.`;
}

/**
 * One notification as a Cursor on Target drawing event, so that TAK clients show the notified
 * area: a circle as `u-d-c-c` with its ellipse, a polygon or route as `u-d-f`. The uid is the
 * notification id (a resend moves the same drawing); `stale` is the end of the window, or a
 * day from `now` for standing sites and zones, which clients then refresh. Only the outer
 * ring of a polygon is drawn (CoT drawings have no holes).
 */
export function notificationToCot(n: Notification, now: number = Date.now()): string {
  const time = new Date(now).toISOString();
  const stale = n.endsAt ?? new Date(now + DAY_MS).toISOString();
  const common = {
    how: 'h-e',
    callsign: `${n.exercise ? 'EXERCISE ' : ''}${n.party} ${n.title}`.slice(0, 120),
    time,
    start: n.startsAt,
    stale,
    remarks: remarks(n),
  };
  if (n.geometry.type === 'Point') {
    const r = n.radiusM ?? 0;
    return CoT.from_geojson({
      type: 'Feature',
      id: n.id,
      properties: {
        ...common,
        type: 'u-d-c-c',
        shape: { ellipse: { major: r, minor: r, angle: 360 } },
        center: [n.geometry.coordinates[0], n.geometry.coordinates[1]],
      },
      geometry: { type: 'Polygon', coordinates: [circleRing(n.geometry.coordinates, r)] },
    }).to_xml();
  }
  const geometry =
    n.geometry.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: [n.geometry.coordinates[0]!.map((p) => [p[0], p[1]])] }
      : { type: 'LineString' as const, coordinates: n.geometry.coordinates.map((p) => [p[0], p[1]]) };
  return CoT.from_geojson({
    type: 'Feature',
    id: n.id,
    properties: { ...common, type: 'u-d-f' },
    geometry,
  }).to_xml();
}
