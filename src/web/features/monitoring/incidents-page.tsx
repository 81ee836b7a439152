import { useMemo, useState } from 'react';
import { api } from '../../api/client.js';
import type { Page as ListPage } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link, navigate, setSearch, useLocation } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { SelectField, TextField } from '../../components/form.js';
import { Page } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { SavedSearch } from '../../../modules/monitoring/alerts.present.js';
import { INCIDENT_STATUSES, type Incident } from '../../../modules/monitoring/monitoring.schemas.js';
import { CATEGORY_NAMES } from '../../../modules/monitoring/taxonomy.js';
import { savedSearchLink } from './saved-searches.js';
import { categoryKey } from './strings-taxonomy.js';

// Filters of the desk kept in the address, the same names as the API's and saved searches'.
const DESK_FILTERS = ['status', 'category', 'sector', 'zone'] as const;

/**
 * The verification desk: incidents with their state, filtered in the address (status,
 * category, sector, zone), with the party's saved searches to open and the current filter to save.
 */
export default function IncidentsPage() {
  const { t, format } = useI18n();
  const { search } = useLocation();
  const filter = Object.fromEntries(
    DESK_FILTERS.map((k) => [k, search.get(k) ?? ''] as const).filter(([, v]) => v !== ''),
  );
  const update = (values: Record<string, string | undefined>) =>
    setSearch({ ...Object.fromEntries(search), ...values });
  const list = useApi<ListPage<Incident>>('incidents', { limit: 500, ...filter });
  const searches = useApi<{ items: SavedSearch[] }>('saved-searches');
  const [saved, setSaved] = useState<string>();
  const columns = useMemo<Column<Incident>[]>(
    () => [
      {
        id: 'incident',
        header: t('monitoring.incident'),
        value: (i) => i.primaryCategory,
        render: (i) => (
          <Link to={`/monitoring/incidents/${i.id}`}>
            {i.exercise ? `${t('monitoring.exercise')} · ` : ''}
            {i.primaryCategory} · {i.id.slice(0, 8)}
          </Link>
        ),
      },
      { id: 'status', header: t('monitoring.status'), value: (i) => t(`monitoring.status.${i.status}`) },
      {
        id: 'started',
        header: t('monitoring.started'),
        value: (i) => i.startedAt,
        render: (i) => <Time iso={i.startedAt} />,
      },
      { id: 'severity', header: t('monitoring.severity'), value: (i) => i.severity, numeric: true },
      { id: 'sources', header: t('monitoring.sources'), value: (i) => i.sourceCount, numeric: true },
      {
        id: 'observations',
        header: t('monitoring.observations'),
        value: (i) => i.observationCount,
        numeric: true,
      },
      {
        id: 'confidence',
        header: t('monitoring.confidence'),
        value: (i) => i.confidence,
        render: (i) => format.number(Math.round(i.confidence * 100)) + ' %',
        numeric: true,
      },
      { id: 'sector', header: t('monitoring.sector'), value: (i) => i.sector ?? '' },
    ],
    [t, format],
  );
  return (
    <Page title={t('monitoring.desk')} lead={t('monitoring.deskLead')}>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('monitoring.desk')}>
        <SelectField
          label={t('monitoring.status')}
          value={filter.status ?? ''}
          onChange={(e) => update({ status: e.target.value || undefined })}
          options={[
            ['', t('monitoring.any')],
            ...INCIDENT_STATUSES.map((s) => [s, t(`monitoring.status.${s}`)] as const),
          ]}
        />
        <SelectField
          label={t('monitoring.category')}
          value={filter.category ?? ''}
          onChange={(e) => update({ category: e.target.value || undefined })}
          options={[['', t('monitoring.any')], ...CATEGORY_NAMES.map((c) => [c, t(categoryKey(c))] as const)]}
        />
        <TextField
          label={t('monitoring.sector')}
          value={filter.sector ?? ''}
          onChange={(e) => update({ sector: e.target.value || undefined })}
        />
        <SelectField
          label={t('monitoring.searches')}
          value=""
          onChange={(e) => {
            const chosen = searches.data?.items.find((x) => x.id === e.target.value);
            if (chosen) navigate(savedSearchLink(chosen));
          }}
          options={[
            ['', t('monitoring.searches.choose')],
            ...(searches.data?.items ?? []).map((x) => [x.id, x.name] as const),
          ]}
        />
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              const name = window.prompt(t('monitoring.searches.nameThis'));
              if (!name) return;
              api('POST', 'saved-searches', { name, target: 'incidents', filter })
                .then(() => (setSaved(name), searches.reload()))
                .catch(() => setSaved(undefined));
            }}
          >
            {t('monitoring.searches.saveThis')}
          </button>
          {saved && <span role="status">{t('monitoring.searches.saved', { name: saved })}</span>}
        </div>
      </form>
      <Async state={list}>
        {(data) => (
          <DataTable
            caption={t('monitoring.incidents')}
            rows={data.items}
            columns={columns}
            rowKey={(i) => i.id}
            initialSort={{ column: 'started', direction: 'descending' }}
          />
        )}
      </Async>
    </Page>
  );
}
