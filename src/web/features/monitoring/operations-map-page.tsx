import { useEffect, useMemo, useState } from 'react';
import type { Page as ListPage } from '../../api/types.js';
import { ApiProblem, apiUrl } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { navigate, setSearch, useLocation } from '../../app/router.js';
import { SelectField } from '../../components/form.js';
import { GuarantorMap } from '../../components/map/index.js';
import { Page } from '../../components/page.js';
import { LoadError, Loading } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Incident, Observation, ZoneFeature } from '../../../modules/monitoring/monitoring.schemas.js';
import { INCIDENT_STATUSES } from '../../../modules/monitoring/monitoring.schemas.js';
import { CATEGORY_NAMES } from '../../../modules/monitoring/taxonomy.js';
import { incidentLayers, observationLayer, zoneLayers } from './map-layers.js';

const DAY = 86_400_000;
const PERIODS = ['1', '3', '7', '30'] as const;

/** Start of the period ending now, at a whole minute so that the query stays cacheable. */
function periodStart(days: number): string {
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  return new Date(now - days * DAY).toISOString();
}

/**
 * The operational map: the zone set, incidents coloured by status and observations clustered,
 * for a period and filters kept in the address; new observations arrive live over SSE.
 */
export default function OperationsMapPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const days = Number(search.get('days') ?? '7');
  const category = search.get('category') ?? '';
  const status = search.get('status') ?? '';
  const from = useMemo(() => periodStart(days), [days]);
  const [live, setLive] = useState<Observation[]>([]);

  const zones = useApi<{ features: ZoneFeature[] }>('zones');
  const filter = { from, ...(category ? { category } : {}) };
  const incidents = useApi<ListPage<Incident>>('incidents', {
    ...filter,
    ...(status ? { status } : {}),
    limit: 1000,
  });
  const observations = useApi<ListPage<Observation>>('observations', { ...filter, limit: 1000 });

  useEffect(() => {
    setLive([]);
    const source = new EventSource(apiUrl('live/observations'));
    source.addEventListener('observation', (event) => {
      const o = JSON.parse((event as MessageEvent<string>).data) as Observation;
      if (!category || o.category === category) setLive((prev) => [o, ...prev].slice(0, 5000));
    });
    return () => source.close();
  }, [category, days]);

  // A deployment without a zone set yet answers 404: the map then simply has no zones.
  const zonesError =
    zones.error instanceof ApiProblem && zones.error.status === 404 ? undefined : zones.error;
  const error = zonesError ?? incidents.error ?? observations.error;
  const allObservations = useMemo(
    () => [...live, ...(observations.data?.items ?? [])],
    [live, observations.data],
  );
  const layers = useMemo(
    () => [
      ...zoneLayers(zones.data?.features ?? [], (k) => t(`monitoring.zone.${k}`)),
      observationLayer(allObservations, t('monitoring.observations')),
      ...incidentLayers(incidents.data?.items ?? [], (s) => t(`monitoring.status.${s}`)),
    ],
    [zones.data, allObservations, incidents.data, t],
  );
  const categories = CATEGORY_NAMES.map((c) => [c, c] as const);

  return (
    <Page title={t('monitoring.map')} lead={t('monitoring.mapLead')}>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('monitoring.map')}>
        <SelectField
          label={t('monitoring.period')}
          value={String(days)}
          onChange={(e) => setSearch({ days: e.target.value })}
          options={PERIODS.map((d) => [d, t('monitoring.days', { days: d })] as const)}
        />
        <SelectField
          label={t('monitoring.category')}
          value={category}
          onChange={(e) => setSearch({ category: e.target.value || undefined })}
          options={[['', t('monitoring.any')], ...categories]}
        />
        <SelectField
          label={t('monitoring.status')}
          value={status}
          onChange={(e) => setSearch({ status: e.target.value || undefined })}
          options={[
            ['', t('monitoring.any')],
            ...INCIDENT_STATUSES.map((s) => [s, t(`monitoring.status.${s}`)] as const),
          ]}
        />
      </form>
      {error && (
        <LoadError
          error={error}
          onRetry={() => (incidents.reload(), observations.reload(), zones.reload())}
        />
      )}
      {(incidents.loading || observations.loading) && <Loading />}
      <p role="status" data-testid="map-counts">
        {t('monitoring.shown', {
          incidents: incidents.data?.items.length ?? 0,
          observations: allObservations.length,
        })}
        {live.length > 0 && ` · ${t('monitoring.live', { count: live.length })}`}
      </p>
      <GuarantorMap
        label={t('monitoring.map')}
        layers={layers}
        bounds={[31, 46, 39, 51]}
        onSelect={(s) => {
          if (s.layerId.startsWith('incidents-')) navigate(`/monitoring/incidents/${s.featureId}`);
        }}
      />
    </Page>
  );
}
