/**
 * The map source of the configured detail basemap. Apart from detail-basemap.ts so that the
 * map can recognise the source's errors without loading the PMTiles reader.
 */
export const DETAIL_BASEMAP_SOURCE = 'basemap-detail';

/**
 * Whether a map `error` event comes from the detail basemap, e.g. a tile whose byte range
 * could not be fetched offline because it was never read online. Such an error leaves the
 * Natural Earth outlines in place: the map says the detail is unavailable, it has not failed.
 */
export function isDetailBasemapError(event: object): boolean {
  return 'sourceId' in event && event.sourceId === DETAIL_BASEMAP_SOURCE;
}
