import { describe, expect, it, vi } from 'vitest';

// maplibre-gl needs a browser; the layer list does not.
vi.mock('maplibre-gl', () => ({ addProtocol: () => undefined }));
const { detailVectorLayers } = await import('./detail-basemap.js');

describe('detailVectorLayers', () => {
  it('draws the Protomaps schema without labels', () => {
    const layers = detailVectorLayers(
      new Set(['earth', 'water', 'landuse', 'roads', 'boundaries', 'places']),
    );
    expect(
      layers.map((l) => (l.type === 'background' ? '' : (l as { 'source-layer': string })['source-layer'])),
    ).toEqual(['water', 'landuse', 'roads', 'boundaries']);
    expect(layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('draws the OpenMapTiles schema by its own names, and only the layers present', () => {
    const layers = detailVectorLayers(new Set(['water', 'transportation', 'boundary']));
    expect(layers.map((l) => (l as { 'source-layer': string })['source-layer'])).toEqual([
      'water',
      'transportation',
      'boundary',
    ]);
  });
});
