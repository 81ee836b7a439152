import type { ObservationInput } from './monitoring.schemas.js';
import type { ImportedObservation } from './outputs.contract.js';

/**
 * GeoJSON import (RFC 7946): a FeatureCollection whose features are observations — a Point
 * geometry and the observation contract's fields as properties (the feature `id` may carry
 * the observation id). The importer checks the GeoJSON structure and coordinate ranges and
 * names the feature (`/features/3/geometry/coordinates/1`); the observation fields are then
 * validated by the monitoring core, whose errors are reported against the same pointers.
 */

/** A problem in a GeoJSON body, as a JSON pointer into it. */
export interface GeoJsonImportError {
  index: number;
  pointer: string;
  detail: string;
}

/** Result of reading a GeoJSON body. */
export type GeoJsonParseResult =
  { ok: true; observations: ImportedObservation[] } | { ok: false; errors: GeoJsonImportError[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_ERRORS = 100;

/**
 * Reads a GeoJSON FeatureCollection of observations, all or nothing.
 *
 * @example parseGeoJsonObservations('{"type":"FeatureCollection","features":[…]}')
 */
export function parseGeoJsonObservations(text: string): GeoJsonParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ index: 0, pointer: '/', detail: `not JSON: ${(error as Error).message}` }],
    };
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return {
      ok: false,
      errors: [{ index: 0, pointer: '/type', detail: 'must be a GeoJSON FeatureCollection' }],
    };
  }
  const errors: GeoJsonImportError[] = [];
  const observations: ImportedObservation[] = [];
  const seen = new Map<string, number>();
  doc.features.forEach((feature: unknown, index) => {
    if (errors.length >= MAX_ERRORS) return;
    const at = `/features/${index}`;
    const fail = (pointer: string, detail: string) =>
      errors.push({ index, pointer: `${at}${pointer}`, detail });
    if (!isObject(feature) || feature.type !== 'Feature') return fail('/type', 'must be a Feature');
    const geometry = feature.geometry;
    if (!isObject(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      return fail('/geometry', 'must be a Point');
    }
    const [lon, lat] = geometry.coordinates as unknown[];
    if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
      fail('/geometry/coordinates/0', 'must be a longitude in [-180, 180]');
    }
    if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
      fail('/geometry/coordinates/1', 'must be a latitude in [-90, 90]');
    }
    if (!isObject(feature.properties))
      return fail('/properties', 'must be an object with the observation fields');
    const properties = { ...feature.properties };
    const id = properties.id ?? feature.id;
    if (typeof id !== 'string')
      return fail('/properties/id', 'must be the observation id (or give the feature an id)');
    if (properties.id !== undefined && feature.id !== undefined && properties.id !== feature.id) {
      return fail('/id', 'differs from properties.id');
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) return fail('/properties/id', `repeats the id of feature ${earlier}`);
    seen.set(id, index);
    if (errors.length) return;
    delete properties.location;
    const observation = {
      ...properties,
      id,
      location: { type: 'Point', coordinates: geometry.coordinates as number[] },
    } as unknown as ObservationInput;
    observations.push({ position: { index }, observation, provenance: {} });
  });
  return errors.length ? { ok: false, errors } : { ok: true, observations };
}

/** Turns a core validation pointer (`/category`) into one into the GeoJSON body. */
export function geoJsonPointer(index: number, pointer: string | undefined): string {
  if (!pointer || pointer === '/') return `/features/${index}`;
  if (pointer.startsWith('/location'))
    return `/features/${index}/geometry${pointer.slice('/location'.length)}`;
  return `/features/${index}/properties${pointer}`;
}
