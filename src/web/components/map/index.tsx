import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n.js';
import type { MapProps } from './layers.js';

export type * from './layers.js';
export { DEFAULT_BOUNDS } from './layers.js';

const MapView = lazy(() => import('./map-view.js'));

/**
 * The shared map (MapLibre GL on the offline Natural Earth basemap). Importing this file is
 * cheap: MapLibre, the basemap and milsymbol load on first render, as their own chunks.
 *
 * @example
 * <GuarantorMap label={t('monitoring.map')} layers={[{ kind: 'points', id: 'obs', label: t('…'),
 *   color: '#b3261e', cluster: true, points }]} onSelect={(s) => navigate(`/monitoring/${s.featureId}`)} />
 */
export function GuarantorMap(props: MapProps) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="map map--loading">{t('map.loading')}</p>}>
      <MapView {...props} />
    </Suspense>
  );
}
