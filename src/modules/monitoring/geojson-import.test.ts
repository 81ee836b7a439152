import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoJsonPointer, parseGeoJsonObservations } from './geojson-import.js';

const fixture = readFileSync(new URL('./fixtures/observations-exercise.geojson', import.meta.url), 'utf8');

describe('parseGeoJsonObservations', () => {
  it('reads the EXERCISE fixture, taking the id from the feature or its properties', () => {
    const result = parseGeoJsonObservations(fixture);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(
      result.observations.map((o) => [o.position, o.observation.id, o.observation.location.coordinates]),
    ).toEqual([
      [{ index: 0 }, '5c7a3d5e-2f4b-4c1a-9b1e-000000000001', [37.84, 48.59]],
      [{ index: 1 }, '5c7a3d5e-2f4b-4c1a-9b1e-000000000002', [37.61, 49.71]],
    ]);
    expect(result.observations[1]!.observation.category).toBe('freedom-of-movement');
  });

  it('names the feature and member of every structural error', () => {
    const doc = JSON.parse(fixture);
    doc.features[1].geometry.coordinates = [37.61, 95];
    doc.features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} });
    doc.features.push({ ...doc.features[0] });
    const result = parseGeoJsonObservations(JSON.stringify(doc));
    expect(result.ok ? [] : result.errors.map((e) => e.pointer)).toEqual([
      '/features/1/geometry/coordinates/1',
      '/features/2/geometry',
      '/features/3/properties/id',
    ]);
    expect(parseGeoJsonObservations('{"type":"Feature"}')).toMatchObject({
      ok: false,
      errors: [{ pointer: '/type' }],
    });
    expect(parseGeoJsonObservations('{oops')).toMatchObject({ ok: false, errors: [{ pointer: '/' }] });
  });

  it('maps core pointers into the feature', () => {
    expect(geoJsonPointer(4, '/category')).toBe('/features/4/properties/category');
    expect(geoJsonPointer(4, '/location/coordinates/1')).toBe('/features/4/geometry/coordinates/1');
  });
});
