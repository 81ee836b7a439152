import { PMTiles, Protocol, TileType } from 'pmtiles';
import { addProtocol, type LayerSpecification, type Map as MapLibreMap } from 'maplibre-gl';
import { BORDERS_LAYER, LAND_LAYER } from './apply-layers.js';
import { DETAIL_BASEMAP_SOURCE as SOURCE } from './detail-basemap-source.js';
import { planOfflineArea, type TileAddress } from './offline-area.js';

/** Where Guarantor serves the configured PMTiles basemap (BASEMAP_PMTILES). */
export const DETAIL_BASEMAP_URL = '/api/v1/basemap/detail.pmtiles';

let protocol: Protocol | undefined;
/** The archive the map reads, once it reads one (`keepAreaOffline` needs a detail basemap). */
let archive: PMTiles | undefined;

/**
 * Vector layers drawn from a detail basemap, by the source-layer names of the two common
 * schemas (Protomaps and OpenMapTiles). No labels: the style has no glyphs, and the map makes
 * no request outside Guarantor.
 */
export function detailVectorLayers(available: ReadonlySet<string> | undefined): LayerSpecification[] {
  const has = (name: string) => available === undefined || available.has(name);
  const pick = (...names: string[]) => names.find(has);
  const layers: LayerSpecification[] = [];
  const water = pick('water');
  if (water)
    layers.push({
      id: `${SOURCE}|water`,
      type: 'fill',
      source: SOURCE,
      'source-layer': water,
      paint: { 'fill-color': '#c6d9e3' },
    });
  const landuse = pick('landuse', 'landcover');
  if (landuse)
    layers.push({
      id: `${SOURCE}|landuse`,
      type: 'fill',
      source: SOURCE,
      'source-layer': landuse,
      paint: { 'fill-color': '#e7ecdc', 'fill-opacity': 0.6 },
    });
  const roads = pick('roads', 'transportation');
  if (roads)
    layers.push({
      id: `${SOURCE}|roads`,
      type: 'line',
      source: SOURCE,
      'source-layer': roads,
      minzoom: 6,
      paint: { 'line-color': '#c9b99a', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.3, 12, 2] },
    });
  const boundaries = pick('boundaries', 'boundary');
  if (boundaries)
    layers.push({
      id: `${SOURCE}|boundaries`,
      type: 'line',
      source: SOURCE,
      'source-layer': boundaries,
      paint: { 'line-color': '#8d99a3', 'line-dasharray': [3, 2], 'line-width': 0.8 },
    });
  return layers;
}

/**
 * Adds the configured detail basemap under the module layers (and under the country borders,
 * which stay on top): raster archives as one raster layer, vector archives as water, land
 * use, roads and boundaries. Resolves with whether anything was added.
 */
export async function addDetailBasemap(map: MapLibreMap): Promise<boolean> {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  // A reader a map: one whose header read failed (offline) keeps that failure.
  const reader = new PMTiles(DETAIL_BASEMAP_URL);
  archive = reader;
  protocol.add(reader);
  const header = await reader.getHeader();
  const url = `pmtiles://${DETAIL_BASEMAP_URL}`;
  if (map.getSource(SOURCE)) return true;
  // Straight above the land: under module layers added before it (countries, zones, points).
  const order = map.getStyle().layers.map((l) => l.id);
  const before = order[order.indexOf(LAND_LAYER) + 1] ?? BORDERS_LAYER;
  if (header.tileType === TileType.Mvt) {
    const metadata = (await reader.getMetadata().catch(() => undefined)) as
      { vector_layers?: { id: string }[] } | undefined;
    const available = metadata?.vector_layers ? new Set(metadata.vector_layers.map((l) => l.id)) : undefined;
    map.addSource(SOURCE, { type: 'vector', url });
    const layers = detailVectorLayers(available);
    for (const layer of layers) map.addLayer(layer, before);
    return layers.length > 0;
  }
  map.addSource(SOURCE, { type: 'raster', url, tileSize: 256 });
  map.addLayer(
    { id: `${SOURCE}|raster`, type: 'raster', source: SOURCE, paint: { 'raster-opacity': 0.85 } },
    before,
  );
  return true;
}

/** What "Keep this area for offline use" fetched: how many tiles, to which tile zoom. */
export interface KeptArea {
  tiles: number;
  deepest: number | undefined;
}

/**
 * Reads every tile of the detail basemap over the map's current view, from the archive's
 * coarsest zoom to the deepest the map can show (within OFFLINE_AREA_TILE_BUDGET tiles),
 * asking for the same ranges as the map's reader, header and directories included, so that
 * the service worker keeps exactly the byte ranges the map will ask for offline. Four requests at a time; `onProgress` counts tiles.
 */
export async function keepAreaOffline(
  map: MapLibreMap,
  onProgress: (done: number, total: number) => void,
): Promise<KeptArea> {
  if (!archive) throw new Error('no detail basemap');
  // A reader of its own, with an empty cache: the map's reader may have read the header and
  // directories before the service worker took control of the page, and would not ask for
  // them again, so they would be missing offline. The ranges are the same, so the worker
  // keeps exactly what the map's reader asks for after a reload.
  const reader = new PMTiles(DETAIL_BASEMAP_URL);
  const header = await reader.getHeader();
  // MapLibre reads 256 px raster tiles one zoom deeper than the map's zoom, 512 px vector
  // tiles at it.
  const tileZoomOffset = header.tileType === TileType.Mvt ? 0 : 1;
  const deepest = Math.min(header.maxZoom, Math.ceil(map.getMaxZoom()) + tileZoomOffset);
  const view = map.getBounds();
  const plan = planOfflineArea(
    [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()],
    header.minZoom,
    deepest,
  );
  const queue: TileAddress[] = [...plan.tiles];
  let done = 0;
  onProgress(done, plan.tiles.length);
  const fetchNext = async (): Promise<void> => {
    for (let tile = queue.shift(); tile; tile = queue.shift()) {
      await reader.getZxy(tile.z, tile.x, tile.y);
      onProgress(++done, plan.tiles.length);
    }
  };
  await Promise.all(Array.from({ length: 4 }, fetchNext));
  return { tiles: plan.tiles.length, deepest: plan.deepest };
}
