import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { EARTH_RADIUS_M } from './corroborate.js';
import type { ZoneFeature, ZoneKind } from './monitoring.schemas.js';
import { WEAPON_AT_LOCATION, type Category, type WeaponClass } from './taxonomy.js';

const M_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_M;

/** An area (buffer zone, disengagement area or sector) ready for point-in-polygon tests. */
interface CompiledArea {
  kind: ZoneKind;
  name: string;
  geometry: Polygon | MultiPolygon;
  bbox: [number, number, number, number];
}

/** A zone set prepared for tagging: built once per zone version, then used for every point. */
export interface CompiledZones {
  version: number;
  /** Polylines of the line of contact, `[lon, lat]` vertices. */
  line: number[][][];
  leftSide: string;
  rightSide: string;
  areas: CompiledArea[];
  sectors: CompiledArea[];
  /** Withdrawal distance from the line per weapon class, metres. */
  withdrawal: Map<string, number>;
}

/** How one point sits against the zones. */
export interface ZoneTags {
  zoneVersion: number | null;
  /** Names of the buffer zones and disengagement areas containing the point. */
  zones: string[];
  sector: string | null;
  side: string | null;
  distanceToLineM: number | null;
  withdrawalViolation: boolean;
}

/** Tags of a point when no zone set is defined. */
export const NO_ZONE_TAGS: ZoneTags = {
  zoneVersion: null,
  zones: [],
  sector: null,
  side: null,
  distanceToLineM: null,
  withdrawalViolation: false,
};

function bboxOf(coordinates: unknown): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(coordinates);
  return box;
}

/** The bounding box `[minLon, minLat, maxLon, maxLat]` of any GeoJSON coordinates. */
export function geometryBbox(coordinates: unknown): [number, number, number, number] {
  return bboxOf(coordinates);
}

/** Prepares a zone set (GeoJSON features) for tagging. */
export function compileZones(version: number, features: readonly ZoneFeature[]): CompiledZones {
  const zones: CompiledZones = {
    version,
    line: [],
    leftSide: 'left',
    rightSide: 'right',
    areas: [],
    sectors: [],
    withdrawal: new Map(),
  };
  for (const f of features) {
    const p = f.properties;
    const g = f.geometry;
    switch (p.kind) {
      case 'line-of-contact':
        if (g?.type === 'LineString') zones.line.push(g.coordinates as number[][]);
        if (g?.type === 'MultiLineString') zones.line.push(...(g.coordinates as number[][][]));
        if (p.leftSide) zones.leftSide = p.leftSide;
        if (p.rightSide) zones.rightSide = p.rightSide;
        break;
      case 'withdrawal-line':
        if (p.weaponClass && p.distanceM !== undefined) zones.withdrawal.set(p.weaponClass, p.distanceM);
        break;
      case 'buffer-zone':
      case 'disengagement-area':
      case 'sector':
        if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') {
          const area: CompiledArea = {
            kind: p.kind,
            name: p.name,
            geometry: g as Polygon | MultiPolygon,
            bbox: bboxOf(g.coordinates),
          };
          if (p.kind === 'sector') zones.sectors.push(area);
          else zones.areas.push(area);
        }
        break;
    }
  }
  return zones;
}

/**
 * Distance from a point to the line of contact in metres and the side it lies on (the sign
 * of the cross product with the nearest segment, in a local equirectangular projection: exact
 * enough at the scale of tens of kilometres, where withdrawal lines are drawn).
 */
export function distanceToLine(
  line: readonly (readonly (readonly number[])[])[],
  lon: number,
  lat: number,
): { distanceM: number; left: boolean } | null {
  const kx = Math.cos((lat * Math.PI) / 180) * M_PER_DEG;
  const ky = M_PER_DEG;
  let best = Infinity;
  let left = false;
  for (const part of line) {
    for (let i = 0; i + 1 < part.length; i++) {
      const a = part[i]!;
      const b = part[i + 1]!;
      const ax = (a[0]! - lon) * kx;
      const ay = (a[1]! - lat) * ky;
      const bx = (b[0]! - lon) * kx;
      const by = (b[1]! - lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      const px = ax + t * dx;
      const py = ay + t * dy;
      const d = Math.hypot(px, py);
      if (d < best) {
        best = d;
        // The point is the origin: left of a→b when (b−a) × (p−a) > 0.
        left = dx * -ay - dy * -ax > 0;
      }
    }
  }
  return Number.isFinite(best) ? { distanceM: best, left } : null;
}

function contains(area: CompiledArea, lon: number, lat: number): boolean {
  const [x0, y0, x1, y1] = area.bbox;
  if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false;
  return booleanPointInPolygon([lon, lat], area.geometry);
}

/**
 * Tags an observation with the zones it falls in, its sector, its side of the line of contact
 * and its distance to it, and flags a weapon inside its class's withdrawal distance. The
 * weapon's position is the observation's location for categories where the weapon is what
 * was seen (`WEAPON_AT_LOCATION`), otherwise the assessed origin when one is given.
 */
export function tagPoint(
  zones: CompiledZones | null,
  point: {
    lon: number;
    lat: number;
    category: Category;
    weaponClass?: WeaponClass;
    origin?: readonly number[];
  },
): ZoneTags {
  if (!zones) return NO_ZONE_TAGS;
  const toLine = zones.line.length > 0 ? distanceToLine(zones.line, point.lon, point.lat) : null;
  let withdrawalViolation = false;
  const limit = point.weaponClass ? zones.withdrawal.get(point.weaponClass) : undefined;
  if (limit !== undefined && zones.line.length > 0) {
    const at = WEAPON_AT_LOCATION.includes(point.category)
      ? [point.lon, point.lat]
      : point.origin && point.origin.length >= 2
        ? point.origin
        : null;
    if (at) {
      const d = at === point.origin ? distanceToLine(zones.line, at[0]!, at[1]!) : toLine;
      withdrawalViolation = d !== null && d.distanceM < limit;
    }
  }
  return {
    zoneVersion: zones.version,
    zones: zones.areas.filter((a) => contains(a, point.lon, point.lat)).map((a) => a.name),
    sector: zones.sectors.find((s) => contains(s, point.lon, point.lat))?.name ?? null,
    side: toLine
      ? toLine.distanceM < 1
        ? 'on the line'
        : toLine.left
          ? zones.leftSide
          : zones.rightSide
      : null,
    distanceToLineM: toLine ? Math.round(toLine.distanceM) : null,
    withdrawalViolation,
  };
}
