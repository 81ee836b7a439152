import { describe, expect, it } from 'vitest';
import { circleRing, notificationLayers } from './map-layers.js';
import { parsePositions } from './draft-shape.js';

describe('deconfliction drawing helpers', () => {
  it('parses "lon lat" lines and refuses anything else', () => {
    expect(parsePositions('30.5 50.4\n 31,50 \n\n')).toEqual([
      [30.5, 50.4],
      [31, 50],
    ]);
    expect(parsePositions('30.5')).toBeNull();
    expect(parsePositions('30 50 7')).toBeNull();
    expect(parsePositions('east north')).toBeNull();
  });

  it('draws a closed circle ring whose vertices lie at the radius', () => {
    const ring = circleRing([30, 50], 1_000);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    const [lon, lat] = ring[9]!; // a quarter turn: due north
    expect(lon).toBeCloseTo(30, 6);
    expect((lat - 50) * 111_195).toBeCloseTo(1_000, 0);
  });

  it('puts circles and polygons in the area layer and routes in the route layer', () => {
    const layers = notificationLayers(
      [
        { id: 'c', title: 'c', geometry: { type: 'Point', coordinates: [30, 50] }, radiusM: 500 },
        {
          id: 'r',
          title: 'r',
          geometry: {
            type: 'LineString',
            coordinates: [
              [30, 50],
              [31, 50],
            ],
          },
          radiusM: null,
        },
      ],
      { areas: 'areas', routes: 'routes' },
    );
    expect(
      layers.map((l) =>
        l.kind === 'polygons' ? l.polygons.length : l.kind === 'lines' ? l.lines.length : -1,
      ),
    ).toEqual([1, 1]);
  });
});
