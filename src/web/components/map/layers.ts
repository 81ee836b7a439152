/**
 * The layers API of the shared map: plain data, no MapLibre types, so that features describe
 * their layers without loading the map code. Coordinates are WGS 84 `[longitude, latitude]`
 * in degrees (GeoJSON order).
 */

/** A position `[longitude, latitude]` in degrees. */
export type LonLat = readonly [number, number];

interface LayerBase {
  /** Stable id, unique on the map. */
  id: string;
  /** Legend text (already translated). */
  label: string;
  /** Hidden layers stay in the legend, unticked. */
  visible?: boolean;
}

/** A point feature; `title` is shown when it is selected. */
export interface MapPoint {
  id: string;
  position: LonLat;
  title?: string;
  /** Colour of this point (e.g. by category or status); the layer's colour when absent. */
  color?: string;
}

/** Points drawn as circles; `cluster` groups nearby points with their count. */
export interface PointLayer extends LayerBase {
  kind: 'points';
  color: string;
  points: readonly MapPoint[];
  cluster?: boolean;
  /** Circle radius in pixels (default 6). */
  radius?: number;
}

/** Lines such as routes or boundaries. */
export interface LineLayer extends LayerBase {
  kind: 'lines';
  color: string;
  lines: readonly { id: string; path: readonly LonLat[]; title?: string }[];
  /** Width in pixels (default 2). */
  width?: number;
  dashed?: boolean;
}

/** Areas: each polygon is an outer ring followed by holes. */
export interface PolygonLayer extends LayerBase {
  kind: 'polygons';
  color: string;
  polygons: readonly { id: string; rings: readonly (readonly LonLat[])[]; title?: string }[];
  /** Fill opacity 0–1 (default 0.25). */
  opacity?: number;
}

/** Military symbols (APP-6 / MIL-STD-2525) drawn by milsymbol from their SIDC. */
export interface SymbolLayer extends LayerBase {
  kind: 'symbols';
  symbols: readonly { id: string; sidc: string; position: LonLat; title?: string }[];
  /** Symbol size in pixels (milsymbol `size`, default 24). */
  size?: number;
}

/** Countries of the basemap filled by ISO 3166-1 alpha-3 code (e.g. parties by role). */
export interface CountryLayer extends LayerBase {
  kind: 'countries';
  color: string;
  codes: readonly string[];
  opacity?: number;
}

/** A cell of a density view: an area (e.g. an H3 hexagon) with a value. */
export interface MapCell {
  id: string;
  /** Outer ring followed by holes, as for polygons. */
  rings: readonly (readonly LonLat[])[];
  value: number;
  title?: string;
}

/**
 * Density view: cells filled in `color` with an opacity that grows with `value / maxValue`
 * (`maxValue` defaults to the largest value); the legend shows the range.
 */
export interface CellLayer extends LayerBase {
  kind: 'cells';
  color: string;
  cells: readonly MapCell[];
  maxValue?: number;
}

/** Any layer of the shared map. */
export type MapLayer = PointLayer | LineLayer | PolygonLayer | SymbolLayer | CountryLayer | CellLayer;

/** A feature the user clicked: its layer and id. */
export interface MapSelection {
  layerId: string;
  featureId: string;
  title?: string;
}

/** Props of `GuarantorMap`. */
export interface MapProps {
  /** Accessible name of the map. */
  label: string;
  layers: readonly MapLayer[];
  /** Initial view: `[west, south, east, north]` in degrees (default: Europe and Ukraine). */
  bounds?: readonly [number, number, number, number];
  /** CSS height (default 480px; less on phones). */
  height?: string;
  onSelect?: (selection: MapSelection) => void;
  /**
   * A click or tap on the map that did not select a feature, with its position: set a
   * location, draw a shape. When given, the cursor is a crosshair.
   */
  onMapClick?: (position: LonLat) => void;
}

/** Europe with Ukraine at the centre: the default view. */
export const DEFAULT_BOUNDS = [-12, 34, 50, 66] as const;

/**
 * The layers to hide: those the user unticked in the legend, and those passed with
 * `visible: false` that the user has not ticked since.
 */
export function hiddenLayers(
  layers: readonly MapLayer[],
  toggled: ReadonlyMap<string, boolean>,
): ReadonlySet<string> {
  const hidden = new Set<string>();
  for (const layer of layers) if (!(toggled.get(layer.id) ?? layer.visible !== false)) hidden.add(layer.id);
  return hidden;
}
