import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { useMe } from '../../app/session.js';
import { TimeSeriesChart } from '../../components/chart/index.js';
import { Fact } from '../../components/facts.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PageProps } from '../types.js';
import {
  AGREEMENT_WRITERS,
  millions,
  type Agreement,
  type Clause,
  type Fulfilment,
} from './agreements-api.js';
import { AgreementStateForm } from './agreement-state-form.js';
import { FulfilmentTable } from './fulfilment-table.js';
import { SourceText } from './source-text.js';
import './agreements.css';

/**
 * One bilateral agreement: parties, dates, duration and expiry, ratification, document hash,
 * its clauses as obligations (each a commitment of the core), and its fulfilment per year.
 */
export default function AgreementPage({ params }: PageProps) {
  const { t } = useI18n();
  const me = useMe();
  const id = encodeURIComponent(params.id ?? '');
  const agreement = useApi<Agreement>(`agreements/${id}`);
  const fulfilment = useApi<Fulfilment>(`agreements/${id}/fulfilment`);
  const mayUpdate = (a: Agreement) =>
    (AGREEMENT_WRITERS as readonly string[]).includes(me.role) &&
    (me.party === a.partner || me.party === 'UKR');
  return (
    <Page
      title={agreement.data?.title ?? t('agreements.agreement')}
      actions={
        <Link className="button button--quiet" to="/agreements">
          {t('agreements.tracker')}
        </Link>
      }
    >
      <Async state={agreement}>
        {(a) => (
          <>
            <AgreementFacts a={a} />
            <Section title={t('agreements.clauses')} id="clauses">
              {a.clauses.length === 0 ? (
                <Empty>{t('agreements.noClauses')}</Empty>
              ) : (
                <ul className="clauses">
                  {a.clauses.map((c) => (
                    <ClauseCard key={c.id} c={c} />
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t('agreements.fulfilment')} id="fulfilment">
              <Async state={fulfilment}>{(f) => <FulfilmentView f={f} />}</Async>
            </Section>
            {mayUpdate(a) && (
              <Section title={t('agreements.updateState')} id="update">
                <AgreementStateForm
                  agreement={a}
                  onSaved={() => {
                    agreement.reload();
                    fulfilment.reload();
                  }}
                />
              </Section>
            )}
          </>
        )}
      </Async>
    </Page>
  );
}

function AgreementFacts({ a }: { a: Agreement }) {
  const { t, format } = useI18n();
  const date = (iso: string | null) => (iso ? format.date(iso) : t('common.unknown'));
  return (
    <section className="panel" data-testid="agreement-facts">
      <dl className="facts">
        <Fact label={t('agreements.parties')}>
          {t('agreements.partiesValue', { partner: a.partnerName })}
        </Fact>
        <Fact label={t('agreements.signed')}>
          {a.signedOn ? format.date(a.signedOn) : (a.signedNote ?? t('common.unknown'))}
        </Fact>
        <Fact label={t('agreements.entryIntoForce')}>{date(a.entryIntoForceOn)}</Fact>
        <Fact label={t('agreements.duration')}>
          {a.durationYears ? t('agreements.years', { count: a.durationYears }) : t('common.unknown')}
        </Fact>
        <Fact label={t('agreements.expires')}>{date(a.expiresOn)}</Fact>
        <Fact label={t('agreements.review')}>{date(a.reviewOn)}</Fact>
        <Fact label={t('agreements.ratificationRequired')}>
          {a.ratificationRequired === null
            ? t('common.unknown')
            : a.ratificationRequired
              ? t('common.yes')
              : t('common.no')}
        </Fact>
        <Fact label={t('agreements.ratificationState')}>
          {t(`agreements.ratification.${a.ratificationState}`)}
        </Fact>
        <Fact label={t('agreements.headline')}>{a.headline ?? t('common.unknown')}</Fact>
        <Fact label={t('agreements.document')} wide>
          {a.documentSha256 ? (
            <span className="agreement-hash">SHA-256 {a.documentSha256}</span>
          ) : (
            t('agreements.noDocument')
          )}
          {a.documentUrl && (
            <>
              {' · '}
              <SourceText source={a.documentUrl} />
            </>
          )}
        </Fact>
        {a.source && (
          <Fact label={t('common.source')} wide>
            <SourceText source={a.source} />
          </Fact>
        )}
      </dl>
    </section>
  );
}

function ClauseCard({ c }: { c: Clause }) {
  const { t, format } = useI18n();
  const years = c.yearFrom
    ? c.yearTo && c.yearTo !== c.yearFrom
      ? `${c.yearFrom}–${c.yearTo}`
      : `${c.yearFrom}`
    : null;
  return (
    <li className="card" data-clause-type={c.type}>
      <p className="clause__type">{t(`agreements.clause.${c.type}`)}</p>
      <p className="card__title">{c.title}</p>
      {c.text && <p>{c.text}</p>}
      <dl className="facts">
        {years && <Fact label={t('agreements.clauseYears')}>{years}</Fact>}
        {c.amount !== null && c.currency && (
          <Fact label={t('agreements.amount')}>
            {format.number(c.amount, { style: 'currency', currency: c.currency, notation: 'compact' })}
            {c.amountEur !== null && c.currency !== 'EUR'
              ? ` ≈ ${format.number(c.amountEur, { style: 'currency', currency: 'EUR', notation: 'compact' })}`
              : ''}
          </Fact>
        )}
        {c.amount !== null && c.amountEur === null && (
          <Fact label={t('agreements.amountEur')}>{t('agreements.noRate')}</Fact>
        )}
        {c.percentOfGdp !== null && <Fact label={t('agreements.percentOfGdp')}>{c.percentOfGdp} %</Fact>}
        {c.consultationHours !== null && (
          <Fact label={t('agreements.consultationHours')}>
            {t('agreements.hours', { count: c.consultationHours })}
          </Fact>
        )}
        {c.commitmentId && (
          <Fact label={t('agreements.commitment')}>
            <span className="agreement-hash">{c.commitmentId}</span>
          </Fact>
        )}
      </dl>
      {c.source && (
        <p className="card__source">
          {t('common.source')}: <SourceText source={c.source} />
        </p>
      )}
    </li>
  );
}

function FulfilmentView({ f }: { f: Fulfilment }) {
  const { t, format } = useI18n();
  if (f.years.length === 0) return <Empty>{t('agreements.nothingYet')}</Empty>;
  const series = (pick: (y: Fulfilment['years'][number]) => number | null) =>
    f.years.map((y) => {
      const v = pick(y);
      return v === null ? null : millions(v);
    });
  return (
    <>
      <TimeSeriesChart
        label={`${t('agreements.fulfilment')} (${t('agreements.eurMillion')})`}
        categories={f.years.map((y) => String(y.year))}
        kind="bar"
        unit={t('agreements.eurMillion')}
        formatValue={(v) => format.number(v, { maximumFractionDigits: 1 })}
        series={[
          { id: 'promised', label: t('agreements.promised'), values: series((y) => y.promisedEur) },
          { id: 'committed', label: t('agreements.committed'), values: series((y) => y.committedEur) },
          { id: 'allocated', label: t('agreements.allocated'), values: series((y) => y.allocatedEur) },
          { id: 'delivered', label: t('agreements.delivered'), values: series((y) => y.deliveredEur) },
        ]}
      />
      <FulfilmentTable items={[f]} caption={t('agreements.byYear')} />
      <PledgeLinks ids={f.years.flatMap((y) => y.pledgeIds)} />
    </>
  );
}

function PledgeLinks({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  if (ids.length === 0) return null;
  return (
    <p className="agreement-muted">
      {t('agreements.fromPledges')}{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Link to={`/support/pledges/${id}`}>{t('agreements.pledgeN', { n: i + 1 })}</Link>
        </span>
      ))}
    </p>
  );
}
