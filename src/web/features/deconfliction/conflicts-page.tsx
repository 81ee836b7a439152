import { useMemo } from 'react';
import { api } from '../../api/client.js';
import type { Page as ListPage } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { useMe } from '../../app/session.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ProblemSummary } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { Page } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import { sideText } from './conflict-side.js';
import type { Conflict } from '../../../modules/deconfliction/deconfliction.schemas.js';

/**
 * Conflicts the viewer's party is involved in or may see. A side not releasable to the viewer
 * reads "another party's activity", exactly as the server sends it.
 */
export default function ConflictsPage() {
  const { t } = useI18n();
  const me = useMe();
  const list = useApi<ListPage<Conflict>>('deconfliction/conflicts', { limit: 500 });
  const { error, run } = useSubmit({ clearOnStart: true });
  const act = (path: string, body?: unknown) =>
    run(() => api('POST', path, body), { onDone: () => list.reload() });
  const columns = useMemo<Column<Conflict>[]>(
    () => [
      {
        id: 'sides',
        header: t('deconfliction.side'),
        value: (c) => c.sides.map((s) => sideText(s, t('deconfliction.otherParty'))).join(' ↔ '),
      },
      {
        id: 'overlap',
        header: t('deconfliction.overlap'),
        value: (c) => c.overlap.start,
        render: (c) => <Time iso={c.overlap.start} />,
      },
      {
        id: 'status',
        header: t('deconfliction.status'),
        value: (c) => {
          const status = t(`deconfliction.state.${c.status}`);
          return c.resolution ? `${status}: ${c.resolution}` : status;
        },
      },
      {
        id: 'acknowledgements',
        header: t('deconfliction.acknowledged'),
        value: (c) => c.acknowledgements.map((a) => a.party ?? '—').join(', '),
      },
      {
        id: 'actions',
        header: '',
        value: () => '',
        sortable: false,
        render: (c) =>
          c.sides.some((s) => s.party === me.party) ? (
            <span className="conflict-actions">
              <Link className="button button--quiet" to={`/deconfliction/hotline?conflict=${c.id}`}>
                {t('deconfliction.thread')}
              </Link>
              {c.status === 'open' && !c.acknowledgements.some((a) => a.party === me.party) && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => void act(`deconfliction/conflicts/${c.id}/acknowledgement`)}
                >
                  {t('deconfliction.acknowledge')}
                </button>
              )}
              {c.status === 'open' && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    const resolution = window.prompt(t('deconfliction.resolution'));
                    if (resolution) void act(`deconfliction/conflicts/${c.id}/resolution`, { resolution });
                  }}
                >
                  {t('deconfliction.resolve')}
                </button>
              )}
            </span>
          ) : null,
      },
    ],
    [t, me.party],
  );
  return (
    <Page title={t('deconfliction.conflicts')} lead={t('deconfliction.conflictsLead')}>
      <ProblemSummary error={error} />
      <Async state={list}>
        {(data) => (
          <DataTable
            caption={t('deconfliction.conflicts')}
            rows={data.items}
            columns={columns}
            rowKey={(c) => c.id}
          />
        )}
      </Async>
    </Page>
  );
}
