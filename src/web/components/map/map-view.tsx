import {
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSession } from '../../app/session.js';
import { useI18n } from '../../i18n/i18n.js';
import {
  applyLayers,
  BASEMAP_SOURCE,
  BORDERS_LAYER,
  drawClusterImage,
  LAND_LAYER,
  styleLayerIds,
} from './apply-layers.js';
import { loadBasemap, type CountryLabel } from './basemap.js';
import { isDetailBasemapError } from './detail-basemap-source.js';
import { KeepAreaOffline } from './keep-area-offline.js';
import { DEFAULT_BOUNDS, hiddenLayers, type MapLayer, type MapProps } from './layers.js';
import { Legend } from './legend.js';

// The worker ships as its own file next to the chunks (MapLibre would look beside its own
// module, which no longer exists once bundled).
setWorkerUrl(workerUrl);

// No glyphs, no sprite, no remote source: every byte of the map comes from this server.
const STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#d6e2e9' } }],
};

/** The map: offline basemap, module layers, legend, scale and cursor coordinates. */
export default function MapView({
  label,
  layers,
  bounds = DEFAULT_BOUNDS,
  height,
  onSelect,
  onMapClick,
}: MapProps) {
  const { t, locale, format } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const applied = useRef<readonly MapLayer[]>([]);
  const labelMarkers = useRef<{ marker: Marker; label: CountryLabel }[]>([]);
  const [ready, setReady] = useState(false);
  const [detail, setDetail] = useState(false);
  const detailConfigured = useSession().status?.basemapPmtiles === true;
  const [failed, setFailed] = useState<string>();
  const [detailError, setDetailError] = useState<string>();
  const [cursor, setCursor] = useState<[number, number]>();
  // What the user ticked in the legend, over each layer's own `visible`.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const hidden = useMemo(() => hiddenLayers(layers, toggled), [layers, toggled]);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;
  const mapClickRef = useRef(onMapClick);
  mapClickRef.current = onMapClick;
  const picking = onMapClick !== undefined;

  useEffect(() => {
    if (!container.current) return;
    const map = new MapLibreMap({
      container: container.current,
      style: STYLE,
      bounds: [bounds[0], bounds[1], bounds[2], bounds[3]],
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 12,
    });
    mapRef.current = map;
    map.getCanvas().setAttribute('aria-label', label);
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.on('styleimagemissing', (e) => drawClusterImage(map, e.id));
    map.on('mousemove', (e) => setCursor([e.lngLat.lat, e.lngLat.lng]));
    map.on('mouseout', () => setCursor(undefined));
    // A detail tile that cannot be fetched (offline, a range never read online) leaves the
    // outlines there: the detail is unavailable, the map has not failed.
    map.on('error', (e) => (isDetailBasemapError(e) ? setDetailError : setFailed)(e.error.message));
    map.on('load', () => {
      loadBasemap(locale)
        .then((basemap) => {
          map.addSource(BASEMAP_SOURCE, { type: 'geojson', data: basemap.countries });
          map.addLayer({
            id: LAND_LAYER,
            type: 'fill',
            source: BASEMAP_SOURCE,
            paint: { 'fill-color': '#f3f1ea' },
          });
          map.addLayer({
            id: BORDERS_LAYER,
            type: 'line',
            source: BASEMAP_SOURCE,
            paint: {
              'line-color': '#8d99a3',
              'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1.2],
            },
          });
          labelMarkers.current = basemap.labels.map((l) => {
            const element = document.createElement('span');
            element.className = 'map-label';
            element.textContent = l.name;
            element.setAttribute('aria-hidden', 'true');
            return {
              marker: new Marker({ element, anchor: 'center' }).setLngLat(l.position).addTo(map),
              label: l,
            };
          });
          const showLabels = () => {
            const zoom = map.getZoom();
            for (const { marker, label: l } of labelMarkers.current)
              marker.getElement().style.display = zoom >= l.minZoom ? '' : 'none';
          };
          map.on('zoom', showLabels);
          showLabels();
          setReady(true);
          // Marked once drawn, so that tests and screenshots see the finished map.
          map.once('idle', () => container.current?.setAttribute('data-basemap', 'loaded'));
        })
        .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    });
    return () => {
      mapRef.current = null;
      applied.current = [];
      map.remove();
    };
    // The map is created once; later prop changes are applied by the effects below.
  }, []);

  // Names follow the language without rebuilding the map.
  useEffect(() => {
    if (!ready) return;
    void loadBasemap(locale).then((basemap) => {
      const byPosition = new Map(basemap.labels.map((l) => [`${l.position[0]},${l.position[1]}`, l.name]));
      for (const { marker, label: l } of labelMarkers.current)
        marker.getElement().textContent = byPosition.get(`${l.position[0]},${l.position[1]}`) ?? l.name;
    });
  }, [locale, ready]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    applyLayers(map, layers, applied.current, hidden);
    applied.current = layers;
  }, [layers, hidden, ready]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const interactive = layers.flatMap(styleLayerIds);
    const onClick = (e: { point: { x: number; y: number }; lngLat: { lng: number; lat: number } }) => {
      const hit = map.queryRenderedFeatures([e.point.x, e.point.y], {
        layers: interactive.filter((id) => map.getLayer(id)),
      })[0];
      // With a picking handler, a click picks a position; features are selected otherwise.
      if (mapClickRef.current && (!hit || !selectRef.current)) {
        mapClickRef.current([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      if (!hit) return;
      const layerId = hit.layer.id.split('|')[0] ?? '';
      const props = hit.properties as { id?: string; title?: string; iso3?: string };
      selectRef.current?.({
        layerId,
        featureId: props.id ?? props.iso3 ?? '',
        title: props.title ?? undefined,
      });
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [layers, ready]);

  // The configured detail basemap (PMTiles), loaded with its reader only where configured.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !detailConfigured) return;
    let live = true;
    import('./detail-basemap.js')
      .then(({ addDetailBasemap }) => addDetailBasemap(map))
      .then((added) => {
        if (!live || !added) return;
        setDetail(true);
        map.once('idle', () => container.current?.setAttribute('data-basemap-detail', 'loaded'));
        // A map that was idle already (the source added by an earlier run of this effect, its
        // tiles answered at once by the service worker) fires 'idle' only after another frame.
        map.triggerRepaint();
      })
      // Without its detail the map still has the Natural Earth outlines: say so, do not fail.
      .catch((e: unknown) => live && setDetailError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [ready, detailConfigured]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    map.getCanvas().style.cursor = picking ? 'crosshair' : '';
  }, [picking, ready]);

  return (
    <figure className="map">
      <div
        ref={container}
        className="map__canvas"
        style={height ? { height } : undefined}
        role="region"
        aria-label={label}
        data-testid="map"
      />
      {!ready && !failed && <p className="map__status">{t('map.loading')}</p>}
      {failed && (
        <p className="map__status map__status--error" role="alert">
          {t('state.error', { detail: failed })}
        </p>
      )}
      <figcaption className="map__footer">
        <Legend
          layers={layers}
          hidden={hidden}
          onToggle={(id) => setToggled((t) => new Map(t).set(id, hidden.has(id)))}
        />
        <p className="map__cursor" aria-live="off" data-testid="map-cursor">
          {cursor
            ? t('map.cursor', {
                lat: format.number(cursor[0], { minimumFractionDigits: 4, maximumFractionDigits: 4 }),
                lon: format.number(cursor[1], { minimumFractionDigits: 4, maximumFractionDigits: 4 }),
              })
            : t('map.cursorNone')}
        </p>
        <p className="map__attribution">
          {t(detail ? 'map.basemapDetail' : 'map.basemap')}
          {detailError && ` — ${t('map.detailUnavailable', { detail: detailError })}`}
        </p>
        {detail && <KeepAreaOffline getMap={() => mapRef.current} />}
      </figcaption>
    </figure>
  );
}
