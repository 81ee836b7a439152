import { useApi } from '../../api/use-api.js';
import { Link, setSearch, useLocation } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { SelectField } from '../../components/form.js';
import { Page } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { ListOf, Pledge, Requirement } from './support-api.js';
import { usePartyNames } from './use-party-names.js';
import './support.css';

const LIMIT = 500;

/**
 * Aid pledges the caller may see, in the tracker's measures (commitment, allocation) with
 * their delivered values; filtered by requirement, measure and origin from the address.
 */
export default function PledgesPage() {
  const { t, format } = useI18n();
  const { search } = useLocation();
  const requirementId = search.get('requirementId') ?? '';
  const measure = search.get('measure') ?? '';
  const origin = search.get('origin') ?? '';
  const pledges = useApi<ListOf<Pledge>>('support/pledges', {
    requirementId,
    measure,
    fromTracker: origin === '' ? undefined : origin === 'tracker',
    limit: LIMIT,
  });
  const partyName = usePartyNames();
  const requirement = useApi<Requirement>(
    requirementId ? `support/requirements/${encodeURIComponent(requirementId)}` : null,
  );
  const eur = (v: number | null) =>
    v === null ? '' : format.number(v, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const columns: Column<Pledge>[] = [
    {
      id: 'donor',
      header: t('support.donor'),
      value: (p) => partyName(p.donor, p.donorName),
      render: (p) => <Link to={`/support/pledges/${p.id}`}>{partyName(p.donor, p.donorName)}</Link>,
    },
    { id: 'type', header: t('support.aidType'), value: (p) => p.aidTypeSpecific ?? p.aidTypeGeneral },
    { id: 'measure', header: t('support.measure'), value: (p) => t(`support.measure.${p.measure}`) },
    { id: 'announced', header: t('support.announced'), value: (p) => p.announcedOn ?? p.month ?? '' },
    {
      id: 'value',
      header: t('support.valueEur'),
      value: (p) => p.valueEur,
      render: (p) => eur(p.valueEur),
      numeric: true,
    },
    {
      id: 'delivered',
      header: t('support.deliveredEur'),
      value: (p) => p.deliveredValueEur,
      render: (p) => eur(p.deliveredValueEur),
      numeric: true,
    },
    {
      id: 'items',
      header: t('support.items'),
      value: (p) => p.itemCount,
      render: (p) =>
        p.itemCount === null
          ? ''
          : `${format.number(p.itemCountDelivered ?? 0)} / ${format.number(p.itemCount)} ${p.item ?? ''}`,
      numeric: true,
    },
  ];
  return (
    <Page
      title={t('support.pledges')}
      lead={
        requirement.data
          ? t('support.pledgesFor', { title: requirement.data.title })
          : t('support.pledgesLead')
      }
    >
      <div className="filters" role="search">
        <SelectField
          label={t('support.measure')}
          value={measure}
          onChange={(e) => setSearch({ requirementId, measure: e.target.value, origin })}
          options={[
            ['', t('support.all')],
            ['commitment', t('support.measure.commitment')],
            ['allocation', t('support.measure.allocation')],
          ]}
        />
        <SelectField
          label={t('support.origin')}
          value={origin}
          onChange={(e) => setSearch({ requirementId, measure, origin: e.target.value })}
          options={[
            ['', t('support.all')],
            ['guarantor', t('support.origin.guarantor')],
            ['tracker', t('support.origin.tracker')],
          ]}
        />
        {requirementId && (
          <Link className="button button--quiet" to="/support/pledges">
            {t('support.allRequirements')}
          </Link>
        )}
      </div>
      <Async state={pledges}>
        {(page) => (
          <>
            <DataTable
              caption={t('support.pledges')}
              rows={page.items}
              columns={columns}
              rowKey={(p) => p.id}
              initialSort={{ column: 'value', direction: 'descending' }}
            />
            {page.nextCursor && <p className="muted">{t('support.firstRows', { count: LIMIT })}</p>}
          </>
        )}
      </Async>
    </Page>
  );
}
