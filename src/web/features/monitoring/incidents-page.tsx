import { useMemo } from 'react';
import type { Page as ListPage } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link, setSearch, useLocation } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { SelectField } from '../../components/form.js';
import { Page } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import { AlertNotifications } from './alert-notifications.js';
import { INCIDENT_STATUSES, type Incident } from '../../../modules/monitoring/monitoring.schemas.js';

/** The verification desk: incidents with their state, filtered by status in the address. */
export default function IncidentsPage() {
  const { t, format } = useI18n();
  const { search } = useLocation();
  const status = search.get('status') ?? '';
  const list = useApi<ListPage<Incident>>('incidents', { limit: 500, ...(status ? { status } : {}) });
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
      <AlertNotifications />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('monitoring.desk')}>
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
