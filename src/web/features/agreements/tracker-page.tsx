import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { BarChart } from '../../components/chart/index.js';
import { DataTable } from '../../components/data-table.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { millions, type Agreement, type Fulfilment, type ListOf, type Reminder } from './agreements-api.js';
import { FulfilmentTable } from './fulfilment-table.js';
import { SourceText } from './source-text.js';
import { splitTracker } from './tracker-rows.js';
import './agreements.css';

/** Agreements whose promise or pledges put a figure on the chart, largest first. */
function chartRows(items: readonly Fulfilment[]) {
  return items
    .filter((f) => f.total.promisedEur !== null || f.total.pledges > 0)
    .sort(
      (a, b) =>
        Math.max(b.total.promisedEur ?? 0, b.total.allocatedEur + b.total.committedEur) -
        Math.max(a.total.promisedEur ?? 0, a.total.allocatedEur + a.total.committedEur),
    )
    .map((f) => ({
      id: f.agreementId,
      label: f.partnerName,
      values: [
        f.total.promisedEur === null ? null : millions(f.total.promisedEur),
        millions(f.total.committedEur),
        millions(f.total.allocatedEur),
        millions(f.total.deliveredEur),
      ],
    }));
}

/**
 * The agreement tracker: what each bilateral agreement promised against what its partner's
 * pledges committed, allocated and delivered, per year; the registry's sources; and the
 * expiries, reviews and ratifications coming up.
 */
export default function TrackerPage() {
  const { t, format } = useI18n();
  const tracker = useApi<ListOf<Fulfilment>>('agreements/tracker');
  const agreements = useApi<ListOf<Agreement>>('agreements');
  const reminders = useApi<ListOf<Reminder>>('agreements/reminders');
  return (
    <Page title={t('agreements.tracker')} lead={t('agreements.trackerLead')}>
      <Async state={tracker}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('agreements.none')}</Empty>
          ) : (
            <>
              <Section title={t('agreements.promisedVsDelivered')} id="chart">
                <BarChart
                  label={`${t('agreements.promisedVsDelivered')} (${t('agreements.eurMillion')})`}
                  rows={chartRows(page.items)}
                  series={[
                    { id: 'promised', label: t('agreements.promised') },
                    { id: 'committed', label: t('agreements.committed') },
                    { id: 'allocated', label: t('agreements.allocated') },
                    { id: 'delivered', label: t('agreements.delivered') },
                  ]}
                  formatValue={(v) => format.number(v, { maximumFractionDigits: 1 })}
                />
                <p className="agreement-muted">{t('agreements.chartNote')}</p>
              </Section>
              <Section title={t('agreements.byYear')} id="by-year">
                <ByYear items={page.items} />
              </Section>
            </>
          )
        }
      </Async>
      <Section title={t('agreements.reminders')} id="reminders">
        <Async state={reminders}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty>{t('agreements.noReminders')}</Empty>
            ) : (
              <ul className="reminders">
                {page.items.map((r) => (
                  <li key={`${r.agreementId}-${r.kind}`} data-kind={r.kind}>
                    <Link to={`/agreements/${r.agreementId}`}>{r.title}</Link>:{' '}
                    <span className={r.daysLeft !== null && r.daysLeft <= 90 ? 'reminder--soon' : undefined}>
                      {r.kind === 'ratification'
                        ? t('agreements.reminderRatification')
                        : t(`agreements.reminder.${r.kind}`, {
                            date: r.dueOn ? format.date(r.dueOn) : '',
                            days: r.daysLeft ?? '',
                          })}
                    </span>
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
      </Section>
      <Section title={t('agreements.registry')} id="registry">
        <Async state={agreements}>
          {(page) => (
            <DataTable
              caption={t('agreements.registry')}
              rows={page.items}
              rowKey={(a) => a.id}
              initialSort={{ column: 'signed', direction: 'ascending' }}
              columns={[
                {
                  id: 'partner',
                  header: t('agreements.partner'),
                  value: (a) => a.partnerName,
                  render: (a) => <Link to={`/agreements/${a.id}`}>{a.partnerName}</Link>,
                },
                {
                  id: 'signed',
                  header: t('agreements.signed'),
                  value: (a) => a.signedOn ?? a.signedNote,
                  render: (a) =>
                    a.signedOn ? format.date(a.signedOn) : (a.signedNote ?? t('common.unknown')),
                },
                { id: 'headline', header: t('agreements.headline'), value: (a) => a.headline ?? '' },
                {
                  id: 'expires',
                  header: t('agreements.expires'),
                  value: (a) => a.expiresOn,
                  render: (a) => (a.expiresOn ? format.date(a.expiresOn) : t('common.unknown')),
                },
                {
                  id: 'source',
                  header: t('common.source'),
                  value: (a) => a.source,
                  render: (a) => (a.source ? <SourceText source={a.source} /> : ''),
                  sortable: false,
                },
              ]}
            />
          )}
        </Async>
      </Section>
    </Page>
  );
}

/** The tracker's table, and the agreements with nothing to show yet named in one line. */
function ByYear({ items }: { items: readonly Fulfilment[] }) {
  const { t } = useI18n();
  const { shown, empty } = splitTracker(items, new Date().getUTCFullYear());
  return (
    <>
      <p className="agreement-muted">{t('agreements.byYearNote')}</p>
      <FulfilmentTable items={shown} caption={t('agreements.byYear')} linkAgreements />
      {empty.length > 0 && (
        <p className="agreement-muted" data-testid="tracker-empty">
          {t('agreements.nothingYetFor')}{' '}
          {empty.map((f, i) => (
            <span key={f.agreementId}>
              {i > 0 && ', '}
              <Link to={`/agreements/${f.agreementId}`}>{f.partnerName}</Link>
            </span>
          ))}
        </p>
      )}
    </>
  );
}
