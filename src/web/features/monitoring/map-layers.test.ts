import { describe, expect, it } from 'vitest';
import { incidentLayers, zoneLayers } from './map-layers.js';
import type { Incident, ZoneFeature } from '../../../modules/monitoring/monitoring.schemas.js';

describe('monitoring map layers', () => {
  it('draws the line of contact as a line and areas as polygons, one layer per kind', () => {
    const zones: ZoneFeature[] = [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [37, 48],
            [38, 49],
          ],
        },
        properties: { kind: 'line-of-contact', name: 'LoC' },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [37, 48],
              [38, 48],
              [38, 49],
              [37, 48],
            ],
          ],
        },
        properties: { kind: 'buffer-zone', name: 'Buffer' },
      },
      { type: 'Feature', geometry: null, properties: { kind: 'sector', name: 'Empty' } },
    ];
    const layers = zoneLayers(zones, (k) => k);
    expect(layers.map((l) => `${l.kind}:${l.id}`)).toEqual([
      'lines:zones-line-of-contact',
      'polygons:zones-buffer-zone-areas',
    ]);
    const line = layers[0];
    expect(line?.kind === 'lines' && line.lines[0]?.path).toEqual([
      [37, 48],
      [38, 49],
    ]);
  });

  it('groups incidents by status so each status has its legend entry and colour', () => {
    const base = {
      centroid: { type: 'Point', coordinates: [37.5, 48.2] },
      primaryCategory: 'explosion',
      observationCount: 2,
    } as unknown as Incident;
    const layers = incidentLayers(
      [
        { ...base, id: 'a', status: 'reported' },
        { ...base, id: 'b', status: 'verified' },
        { ...base, id: 'c', status: 'reported' },
      ],
      (s) => s,
    );
    expect(layers.map((l) => l.id).sort()).toEqual(['incidents-reported', 'incidents-verified']);
    const reported = layers.find((l) => l.id === 'incidents-reported');
    expect(reported?.kind === 'points' && reported.points.map((p) => p.id)).toEqual(['a', 'c']);
  });
});
