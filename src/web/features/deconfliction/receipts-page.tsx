import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useMe } from '../../app/session.js';
import { ProblemSummary } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { Page } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import './deconfliction.css';
import type { NotificationState } from '../../../modules/deconfliction/deconfliction.schemas.js';

interface Matrix {
  parties: string[];
  rows: {
    notificationId: string;
    title: string;
    party: string;
    status: string;
    startsAt: string;
    receipts: Record<string, string | null>;
  }[];
}

/** The acknowledgement matrix: notification × addressee party; receipt, never approval. */
export default function ReceiptsPage() {
  const { t } = useI18n();
  const me = useMe();
  const matrix = useApi<Matrix>('deconfliction/receipts', { limit: 200 });
  const { error, run } = useSubmit({ clearOnStart: true });
  const post = (path: string, body?: unknown) =>
    run(() => api('POST', path, body), { onDone: () => matrix.reload() });
  const acknowledge = (id: string) => post(`deconfliction/notifications/${id}/receipt`);
  // Addressees can acknowledge receipt once the owner or a coordinator has relayed it.
  const relay = (id: string) => post(`deconfliction/notifications/${id}/transitions`, { to: 'relayed' });
  // Only worth relaying when someone else is to receive it (not a national-only record).
  const mayRelay = (r: Matrix['rows'][number]) =>
    r.status === 'submitted' &&
    Object.keys(r.receipts).length > 0 &&
    (r.party === me.party || me.role === 'coordinator');
  return (
    <Page title={t('deconfliction.receipts')} lead={t('deconfliction.receiptsLead')}>
      <ProblemSummary error={error} />
      <Async state={matrix}>
        {(m) => (
          <div className="receipt-matrix" tabIndex={0} role="region" aria-label={t('deconfliction.receipts')}>
            <table>
              <caption className="visually-hidden">{t('deconfliction.receipts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('deconfliction.notifications')}</th>
                  <th scope="col">{t('deconfliction.status')}</th>
                  {m.parties.map((p) => (
                    <th scope="col" key={p}>
                      {p}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.rows.map((r) => (
                  <tr key={r.notificationId}>
                    <th scope="row">
                      {r.party} · {r.title}
                    </th>
                    <td>
                      {t(`deconfliction.state.${r.status as NotificationState}`)}
                      {mayRelay(r) && (
                        <>
                          {' '}
                          <button
                            type="button"
                            className="button button--quiet"
                            onClick={() => void relay(r.notificationId)}
                          >
                            {t('deconfliction.relay')}
                          </button>
                        </>
                      )}
                    </td>
                    {m.parties.map((p) => {
                      if (!(p in r.receipts)) return <td key={p} />;
                      const at = r.receipts[p];
                      if (at)
                        return (
                          <td key={p}>
                            <Time iso={at} />
                          </td>
                        );
                      return (
                        <td key={p}>
                          {p === me.party && ['relayed', 'acknowledged', 'active'].includes(r.status) ? (
                            <button
                              type="button"
                              className="button button--quiet"
                              onClick={() => void acknowledge(r.notificationId)}
                            >
                              {t('deconfliction.acknowledgeReceipt')}
                            </button>
                          ) : (
                            t('deconfliction.pending')
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Async>
    </Page>
  );
}
