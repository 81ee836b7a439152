import { useCallback, useMemo, useState } from 'react';
import { ApiProblem } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { navigate, setSearch, useLocation } from '../../app/router.js';
import { SelectField } from '../../components/form.js';
import { GuarantorMap, type MapLayer } from '../../components/map/index.js';
import { Page } from '../../components/page.js';
import { LoadError, Loading } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Observation, ZoneFeature } from '../../../modules/monitoring/monitoring.schemas.js';
import { INCIDENT_STATUSES } from '../../../modules/monitoring/monitoring.schemas.js';
import { CATEGORY_NAMES, SOURCE_KINDS } from '../../../modules/monitoring/taxonomy.js';
import { incidentLayers, zoneLayers } from './map-layers.js';
import { densityLayer, observationGroupLayers } from './map-observations.js';
import { selectPoints, timeSteps } from './map-points.js';
import { STEP_SECONDS, TimeSlider, type StepKind } from './time-slider.js';
import { useAllIncidents } from './use-incidents.js';
import { useMapPoints } from './use-map-points.js';
import { categoryKey, sourceKindKey } from './strings-taxonomy.js';

const DAY = 86_400_000;
const PERIODS = ['1', '3', '7', '30'] as const;
const RELEASABILITY = ['public', 'coalition', 'parties', 'owner'] as const;
// H3 resolutions offered for the density view, with their average cell area (H3 tables).
const DENSITY = [
  ['5', '253'],
  ['6', '36'],
  ['7', '5'],
] as const;
const ZONE_FILTER_KINDS = new Set(['buffer-zone', 'disengagement-area']);

/** Start of the period ending at the next whole hour, so that queries stay stable while open. */
function periodBounds(days: number): { from: number; to: number } {
  const to = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
  return { from: to - days * DAY, to };
}

/**
 * The operational map: the zone set, incidents coloured by status, observations clustered and
 * coloured by category group, or an H3 density view; a time slider with play-back over the
 * period; filters kept in the address. Observations load in the compact map-points form and
 * are filtered in the browser, so the slider and most filters need no request; new ones
 * arrive live over SSE.
 */
export default function OperationsMapPage() {
  const { t, format } = useI18n();
  const { search } = useLocation();
  const param = (name: string) => search.get(name) ?? '';
  const days = Number(search.get('days') ?? '7');
  const [category, status, sourceKind, zone, releasability, density] = [
    param('category'),
    param('status'),
    param('sourceKind'),
    param('zone'),
    param('releasability'),
    param('density'),
  ];
  const stepKind: StepKind = search.get('step') === 'hour' ? 'hour' : 'day';
  const update = (values: Record<string, string | undefined>) =>
    setSearch({ ...Object.fromEntries(search), ...values });
  const bounds = useMemo(() => periodBounds(days), [days]);
  const [at, setAt] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);

  const zones = useApi<{ features: ZoneFeature[] }>('zones');
  const incidents = useAllIncidents({
    from: new Date(bounds.from).toISOString(),
    ...(category ? { category } : {}),
    ...(status ? { status } : {}),
    ...(zone ? { zone } : {}),
  });
  const accept = useCallback((o: Observation) => !zone || o.tags.zones.includes(zone), [zone]);
  const points = useMapPoints(
    { from: new Date(bounds.from).toISOString(), ...(zone ? { zone } : {}) },
    accept,
  );

  const steps = useMemo(
    () => timeSteps(bounds.from / 1000, bounds.to / 1000, STEP_SECONDS[stepKind]),
    [bounds, stepKind],
  );
  const slot = at === null ? undefined : { from: steps[at]!, to: steps[at]! + STEP_SECONDS[stepKind] };
  const shown = useMemo(
    () =>
      selectPoints(points.rows, {
        ...(slot ?? {}),
        ...(category ? { category } : {}),
        ...(sourceKind ? { sourceKind } : {}),
        ...(releasability ? { releasability } : {}),
      }),
    [points.rows, slot?.from, slot?.to, category, sourceKind, releasability],
  );
  const shownIncidents = useMemo(
    () =>
      incidents.items.filter((i) => {
        if (!slot) return true;
        const s = Date.parse(i.startedAt) / 1000;
        return s < slot.to && Date.parse(i.endedAt) / 1000 >= slot.from;
      }),
    [incidents.items, slot?.from, slot?.to],
  );

  const layers = useMemo((): MapLayer[] => {
    const resolution = Number(density);
    return [
      ...(density
        ? [
            densityLayer(shown, resolution, t('monitoring.density'), (count) =>
              t('monitoring.densityCell', { count }),
            ),
          ]
        : []),
      ...zoneLayers(zones.data?.features ?? [], (k) => t(`monitoring.zone.${k}`)),
      ...observationGroupLayers(shown, (g) => t(`monitoring.group.${g}`)),
      ...incidentLayers(shownIncidents, (s) => t(`monitoring.status.${s}`), true),
    ];
  }, [density, shown, zones.data, shownIncidents, t]);

  // A deployment without a zone set yet answers 404: the map then simply has no zones.
  const zonesError =
    zones.error instanceof ApiProblem && zones.error.status === 404 ? undefined : zones.error;
  const error = zonesError ?? incidents.error ?? points.error;
  const zoneNames = [
    ...new Set(
      (zones.data?.features ?? [])
        .filter((f) => ZONE_FILTER_KINDS.has(f.properties.kind))
        .map((f) => f.properties.name),
    ),
  ].sort();
  const any = ['', t('monitoring.any')] as const;

  return (
    <Page title={t('monitoring.map')} lead={t('monitoring.mapLead')}>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('monitoring.filters')}>
        <SelectField
          label={t('monitoring.period')}
          value={String(days)}
          onChange={(e) => (setAt(null), update({ days: e.target.value }))}
          options={PERIODS.map((d) => [d, t('monitoring.days', { days: d })] as const)}
        />
        <SelectField
          label={t('monitoring.category')}
          value={category}
          onChange={(e) => update({ category: e.target.value || undefined })}
          options={[any, ...CATEGORY_NAMES.map((c) => [c, t(categoryKey(c))] as const)]}
        />
        <SelectField
          label={t('monitoring.status')}
          value={status}
          onChange={(e) => update({ status: e.target.value || undefined })}
          options={[any, ...INCIDENT_STATUSES.map((s) => [s, t(`monitoring.status.${s}`)] as const)]}
        />
        <SelectField
          label={t('monitoring.sourceKind')}
          value={sourceKind}
          onChange={(e) => update({ sourceKind: e.target.value || undefined })}
          options={[any, ...SOURCE_KINDS.map((k) => [k, t(sourceKindKey(k))] as const)]}
        />
        <SelectField
          label={t('monitoring.zoneFilter')}
          value={zone}
          onChange={(e) => update({ zone: e.target.value || undefined })}
          options={[any, ...zoneNames.map((z) => [z, z] as const)]}
        />
        <SelectField
          label={t('monitoring.releasability')}
          value={releasability}
          onChange={(e) => update({ releasability: e.target.value || undefined })}
          options={[any, ...RELEASABILITY.map((r) => [r, t(`monitoring.releasability.${r}`)] as const)]}
        />
        <SelectField
          label={t('monitoring.density')}
          value={density}
          onChange={(e) => update({ density: e.target.value || undefined })}
          options={[
            ['', t('monitoring.densityOff')],
            ...DENSITY.map(([r, km2]) => [r, t('monitoring.densityResolution', { r, km2 })] as const),
          ]}
        />
      </form>
      <TimeSlider
        steps={steps}
        stepKind={stepKind}
        value={at}
        playing={playing}
        onStepKind={(kind) => (setAt(null), setPlaying(false), update({ step: kind }))}
        onChange={setAt}
        onPlaying={setPlaying}
      />
      {error && (
        <LoadError error={error} onRetry={() => (incidents.reload(), points.reload(), zones.reload())} />
      )}
      {(incidents.loading || points.loading) && <Loading />}
      <p
        role="status"
        data-testid="map-counts"
        data-observations={shown.length}
        data-incidents={shownIncidents.length}
        data-loaded={points.loading ? undefined : 'true'}
      >
        {t('monitoring.shown', {
          incidents: format.number(shownIncidents.length),
          observations: format.number(shown.length),
        })}
        {points.live > 0 && ` · ${t('monitoring.live', { count: points.live })}`}
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
