import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n.js';

type Keeping =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'kept'; tiles: number; deepest: number | undefined }
  | { kind: 'failed'; detail: string };

/** Whether a service worker controls the page, and so keeps what the map reads. */
function useServiceWorkerControl(): boolean {
  const supported = 'serviceWorker' in navigator;
  const [controlled, setControlled] = useState(
    () => supported && navigator.serviceWorker.controller !== null,
  );
  useEffect(() => {
    if (!supported) return;
    const container = navigator.serviceWorker;
    const update = () => setControlled(container.controller !== null);
    container.addEventListener('controllerchange', update);
    update();
    return () => container.removeEventListener('controllerchange', update);
  }, [supported]);
  return controlled;
}

/**
 * "Keep this area for offline use": reads the detail basemap's tiles over the current view
 * so that the service worker keeps them, with progress and the outcome in a live region.
 * Shown only where a service worker is in control (without one nothing would be kept).
 */
export function KeepAreaOffline({ getMap }: { getMap: () => MapLibreMap | null }) {
  const { t, format } = useI18n();
  const controlled = useServiceWorkerControl();
  const [keeping, setKeeping] = useState<Keeping>({ kind: 'idle' });
  if (!controlled) return null;
  const keep = () => {
    const map = getMap();
    if (!map) return;
    setKeeping({ kind: 'running', done: 0, total: 0 });
    import('./detail-basemap.js')
      .then(({ keepAreaOffline }) =>
        keepAreaOffline(map, (done, total) => setKeeping({ kind: 'running', done, total })),
      )
      .then(
        (kept) => setKeeping({ kind: 'kept', ...kept }),
        (e: unknown) => setKeeping({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) }),
      );
  };
  return (
    <p className="map__offline" data-testid="keep-offline">
      <button type="button" onClick={keep} disabled={keeping.kind === 'running'}>
        {t('map.keepOffline')}
      </button>{' '}
      <span role="status" data-state={keeping.kind}>
        {keeping.kind === 'running' &&
          t('map.keepingOffline', { done: format.number(keeping.done), total: format.number(keeping.total) })}
        {keeping.kind === 'kept' &&
          t('map.keptOffline', {
            count: format.number(keeping.tiles),
            zoom: keeping.deepest === undefined ? '–' : format.number(keeping.deepest),
          })}
        {keeping.kind === 'failed' && t('map.keepOfflineFailed', { detail: keeping.detail })}
      </span>
    </p>
  );
}
