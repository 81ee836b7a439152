import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, StyleImageMetadata } from 'maplibre-gl';
import type { MapLayer } from './layers.js';
import { symbolImage } from './symbol-cache.js';

/** Source holding the basemap countries (also used by `countries` layers). */
export const BASEMAP_SOURCE = 'basemap-countries';
/** The basemap's land fill, the lowest layer after the sea. */
export const LAND_LAYER = 'basemap-land';
/** The layer under which module layers of countries are inserted (borders stay on top). */
export const BORDERS_LAYER = 'basemap-borders';

const CLUSTER_PREFIX = 'cluster|';

/** MapLibre layer ids of a module layer, for visibility, clicks and removal. */
export function styleLayerIds(layer: MapLayer): string[] {
  switch (layer.kind) {
    case 'points':
      return layer.cluster ? [`${layer.id}|clusters`, `${layer.id}|points`] : [`${layer.id}|points`];
    case 'lines':
      return [`${layer.id}|lines`];
    case 'polygons':
      return [`${layer.id}|fill`, `${layer.id}|outline`];
    case 'symbols':
      return [`${layer.id}|symbols`];
    case 'countries':
      return [`${layer.id}|countries`];
    case 'cells':
      return [`${layer.id}|cells`, `${layer.id}|cell-outline`];
  }
}

/** The value that gives a cell full opacity: the layer's `maxValue`, else the largest value. */
export function cellScale(layer: { cells: readonly { value: number }[]; maxValue?: number }): number {
  if (layer.maxValue !== undefined && layer.maxValue > 0) return layer.maxValue;
  let max = 0;
  for (const c of layer.cells) if (c.value > max) max = c.value;
  return max > 0 ? max : 1;
}

function toGeoJson(
  layer: MapLayer,
  pixelRatio: number,
  map: MapLibreMap,
): FeatureCollection<Geometry> | undefined {
  switch (layer.kind) {
    case 'points':
      return {
        type: 'FeatureCollection',
        features: layer.points.map((p) => ({
          type: 'Feature',
          properties: p.color
            ? { id: p.id, title: p.title ?? '', color: p.color }
            : { id: p.id, title: p.title ?? '' },
          geometry: { type: 'Point', coordinates: [...p.position] },
        })),
      };
    case 'lines':
      return {
        type: 'FeatureCollection',
        features: layer.lines.map((l) => ({
          type: 'Feature',
          properties: { id: l.id, title: l.title ?? '' },
          geometry: { type: 'LineString', coordinates: l.path.map((p) => [...p]) },
        })),
      };
    case 'polygons':
      return {
        type: 'FeatureCollection',
        features: layer.polygons.map((p) => ({
          type: 'Feature',
          properties: { id: p.id, title: p.title ?? '' },
          geometry: { type: 'Polygon', coordinates: p.rings.map((r) => r.map((q) => [...q])) },
        })),
      };
    case 'symbols': {
      const size = layer.size ?? 24;
      return {
        type: 'FeatureCollection',
        features: layer.symbols.map((s) => {
          const image = symbolImage(s.sidc, size, pixelRatio);
          const imageId = `sidc|${s.sidc}|${size}`;
          if (!map.hasImage(imageId))
            map.addImage(
              imageId,
              { width: image.width, height: image.height, data: image.data },
              { pixelRatio },
            );
          return {
            type: 'Feature',
            properties: { id: s.id, title: s.title ?? '', image: imageId, offset: image.offset },
            geometry: { type: 'Point', coordinates: [...s.position] },
          };
        }),
      };
    }
    case 'countries':
      return undefined; // drawn from the basemap source by filter
    case 'cells': {
      const scale = cellScale(layer);
      return {
        type: 'FeatureCollection',
        features: layer.cells.map((c) => ({
          type: 'Feature',
          properties: {
            id: c.id,
            title: c.title ?? '',
            // Never fully transparent, so that a cell with a value is always visible.
            opacity: 0.12 + 0.68 * Math.min(1, Math.max(0, c.value / scale)),
          },
          geometry: { type: 'Polygon', coordinates: c.rings.map((r) => r.map((q) => [...q])) },
        })),
      };
    }
  }
}

function addStyleLayers(map: MapLibreMap, layer: MapLayer, source: string): void {
  switch (layer.kind) {
    case 'points':
      if (layer.cluster) {
        map.addLayer({
          id: `${layer.id}|clusters`,
          type: 'symbol',
          source,
          filter: ['has', 'point_count'],
          layout: {
            'icon-image': ['concat', CLUSTER_PREFIX, layer.color, '|', ['get', 'point_count_abbreviated']],
            'icon-allow-overlap': true,
          },
        });
      }
      map.addLayer({
        id: `${layer.id}|points`,
        type: 'circle',
        source,
        filter: ['!', ['has', 'point_count']],
        paint: {
          'circle-color': ['coalesce', ['get', 'color'], layer.color],
          'circle-radius': layer.radius ?? 6,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      });
      return;
    case 'lines':
      map.addLayer({
        id: `${layer.id}|lines`,
        type: 'line',
        source,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': layer.color,
          'line-width': layer.width ?? 2,
          ...(layer.dashed ? { 'line-dasharray': [2, 2] } : {}),
        },
      });
      return;
    case 'polygons':
      map.addLayer({
        id: `${layer.id}|fill`,
        type: 'fill',
        source,
        paint: { 'fill-color': layer.color, 'fill-opacity': layer.opacity ?? 0.25 },
      });
      map.addLayer({
        id: `${layer.id}|outline`,
        type: 'line',
        source,
        paint: { 'line-color': layer.color, 'line-width': 1.5 },
      });
      return;
    case 'symbols':
      map.addLayer({
        id: `${layer.id}|symbols`,
        type: 'symbol',
        source,
        layout: {
          'icon-image': ['get', 'image'],
          'icon-offset': ['get', 'offset'],
          'icon-allow-overlap': true,
        },
      });
      return;
    case 'countries':
      map.addLayer(
        {
          id: `${layer.id}|countries`,
          type: 'fill',
          source: BASEMAP_SOURCE,
          filter: ['in', ['get', 'iso3'], ['literal', [...layer.codes]]],
          paint: { 'fill-color': layer.color, 'fill-opacity': layer.opacity ?? 0.55 },
        },
        BORDERS_LAYER,
      );
      return;
    case 'cells':
      map.addLayer({
        id: `${layer.id}|cells`,
        type: 'fill',
        source,
        paint: { 'fill-color': layer.color, 'fill-opacity': ['get', 'opacity'] },
      });
      map.addLayer({
        id: `${layer.id}|cell-outline`,
        type: 'line',
        source,
        paint: { 'line-color': layer.color, 'line-width': 0.5, 'line-opacity': 0.6 },
      });
      return;
  }
}

/**
 * Brings the map's module layers in line with `layers`: updates the data of existing ones,
 * adds new ones, removes those no longer listed, and hides the `hidden` ids (see `hiddenLayers`).
 */
export function applyLayers(
  map: MapLibreMap,
  layers: readonly MapLayer[],
  previous: readonly MapLayer[],
  hidden: ReadonlySet<string>,
): void {
  const pixelRatio = window.devicePixelRatio || 1;
  for (const old of previous) {
    const still = layers.find((l) => l.id === old.id);
    // A layer whose kind or clustering changed is rebuilt: those are fixed at creation.
    if (
      still &&
      still.kind === old.kind &&
      !(still.kind === 'points' && old.kind === 'points' && still.cluster !== old.cluster)
    )
      continue;
    for (const id of styleLayerIds(old)) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(`layer|${old.id}`)) map.removeSource(`layer|${old.id}`);
  }
  for (const layer of layers) {
    const source = `layer|${layer.id}`;
    const existing = map.getSource<GeoJSONSource>(source);
    const hasStyleLayers = styleLayerIds(layer).every((id) => map.getLayer(id));
    // The same layer object means the same data: only visibility may have changed. This keeps
    // a time slider over 100,000 points from re-sending every other layer on each step.
    const unchanged = existing !== undefined && hasStyleLayers && previous.includes(layer);
    const data = unchanged ? undefined : toGeoJson(layer, pixelRatio, map);
    if (data && existing) void existing.setData(data);
    else if (data)
      map.addSource(source, {
        type: 'geojson',
        data,
        cluster: layer.kind === 'points' && layer.cluster === true,
        clusterRadius: 40,
      });
    if (layer.kind === 'countries' && hasStyleLayers)
      map.setFilter(`${layer.id}|countries`, ['in', ['get', 'iso3'], ['literal', [...layer.codes]]]);
    if (!hasStyleLayers) addStyleLayers(map, layer, source);
    const visibility = hidden.has(layer.id) ? 'none' : 'visible';
    for (const id of styleLayerIds(layer)) map.setLayoutProperty(id, 'visibility', visibility);
  }
}

/**
 * Draws the image of a cluster (a disc with its count) when MapLibre asks for it: counts as
 * images need no font files, so the map never fetches glyphs.
 */
export function drawClusterImage(map: MapLibreMap, id: string): void {
  if (!id.startsWith(CLUSTER_PREFIX)) return;
  const [, color = '#1f4e79', count = ''] = id.split('|');
  const ratio = window.devicePixelRatio || 1;
  const size = Math.round((count.length > 2 ? 40 : 32) * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = color;
  context.globalAlpha = 0.9;
  context.beginPath();
  context.arc(size / 2, size / 2, size / 2 - ratio, 0, Math.PI * 2);
  context.fill();
  context.globalAlpha = 1;
  context.lineWidth = 2 * ratio;
  context.strokeStyle = '#ffffff';
  context.stroke();
  context.fillStyle = '#ffffff';
  context.font = `600 ${Math.round(13 * ratio)}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(count, size / 2, size / 2 + ratio);
  const metadata: Partial<StyleImageMetadata> = { pixelRatio: ratio };
  map.addImage(id, context.getImageData(0, 0, size, size), metadata);
}
