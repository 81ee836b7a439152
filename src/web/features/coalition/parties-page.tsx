import { useMemo } from 'react';
import type { Page as ListPage, Party } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link, setSearch, useLocation } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { SelectField } from '../../components/form.js';
import { Page } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { ApprovalFlag } from './approval-flag.js';

const COALITION_ROLES = ['host', 'member', 'partner', 'observer'] as const;

/** The parties of the coalition: sortable, filterable by text and by coalition role. */
export default function PartiesPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const role = search.get('role') ?? '';
  const filter = search.get('q') ?? '';
  const parties = useApi<ListPage<Party>>('parties', { role });
  const columns = useMemo<Column<Party>[]>(
    () => [
      {
        id: 'code',
        header: t('coalition.code'),
        value: (p) => p.code,
        render: (p) => (
          <Link to={`/coalition/parties/${encodeURIComponent(p.code)}`} className="code">
            {p.code}
          </Link>
        ),
      },
      { id: 'name', header: t('coalition.name'), value: (p) => p.name },
      { id: 'kind', header: t('coalition.kind'), value: (p) => t(`coalition.kind.${p.kind}`) },
      { id: 'role', header: t('coalition.role'), value: (p) => t(`coalition.role.${p.coalitionRole}`) },
      {
        id: 'parliament',
        header: t('coalition.parliament'),
        value: (p) =>
          p.parliamentApproval === null ? '' : p.parliamentApproval ? t('common.yes') : t('common.no'),
        render: (p) => <ApprovalFlag value={p.parliamentApproval} />,
      },
    ],
    [t],
  );
  return (
    <Page
      title={t('coalition.parties')}
      lead={t('coalition.partiesLead')}
      actions={
        <Link className="button button--quiet" to="/coalition/map">
          {t('coalition.mapTitle')}
        </Link>
      }
    >
      <div className="filters">
        <SelectField
          label={t('coalition.role')}
          value={role}
          onChange={(e) => setSearch({ role: e.target.value, q: filter })}
          options={[
            ['', t('coalition.allRoles')],
            ...COALITION_ROLES.map((r) => [r, t(`coalition.role.${r}`)] as const),
          ]}
        />
      </div>
      <Async state={parties}>
        {(page) => (
          <DataTable
            caption={t('coalition.parties')}
            rows={page.items}
            columns={columns}
            rowKey={(p) => p.code}
            initialSort={{ column: 'code', direction: 'ascending' }}
            filter={filter}
            onFilterChange={(q) => setSearch({ role, q })}
          />
        )}
      </Async>
    </Page>
  );
}
