import { useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { useMe } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { FillBar } from '../../components/fill-bar.js';
import { Fact } from '../../components/facts.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PageProps } from '../types.js';
import type { Commitment } from '../../../modules/commitments/commitments.schemas.js';
import { DeliveryForm } from './delivery-form.js';
import { PledgeLinksForm } from './pledge-links-form.js';
import { SUPPORT_WRITERS, type Delivery, type ListOf, type Pledge, type Requirement } from './support-api.js';
import { usePartyNames } from './use-party-names.js';
import './support.css';

/**
 * One pledge: its measures (value with the reporting currency and the conversion used, items),
 * the requirement it answers, and its deliveries with their evidence hashes; the donor's or
 * Ukraine's planners and coordinators record deliveries here.
 */
export default function PledgePage({ params }: PageProps) {
  const { t, format } = useI18n();
  const me = useMe();
  const id = params.id ?? '';
  const pledge = useApi<Pledge>(`support/pledges/${encodeURIComponent(id)}`);
  const deliveries = useApi<ListOf<Delivery>>(`support/pledges/${encodeURIComponent(id)}/deliveries`);
  const requirementId = pledge.data?.requirementId;
  const requirement = useApi<Requirement>(
    requirementId ? `support/requirements/${encodeURIComponent(requirementId)}` : null,
  );
  const partyName = usePartyNames();
  const commitmentId = pledge.data?.commitmentId;
  const commitment = useApi<Commitment>(
    commitmentId ? `commitments/${encodeURIComponent(commitmentId)}` : null,
  );
  const donorName = pledge.data ? partyName(pledge.data.donor, pledge.data.donorName) : '';
  const [recorded, setRecorded] = useState<string>();
  const [formKey, setFormKey] = useState(0);
  const eur = (v: number | null) =>
    v === null
      ? t('common.unknown')
      : format.number(v, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const mayLink = (p: Pledge) =>
    (SUPPORT_WRITERS as readonly string[]).includes(me.role) && me.party === p.donor;
  // Tracker rows change with the next release; a pledge whose items are all delivered takes no more.
  const mayRecord = (p: Pledge) =>
    !p.fromTracker &&
    !(p.itemCount !== null && (p.itemCountDelivered ?? 0) >= p.itemCount) &&
    (SUPPORT_WRITERS as readonly string[]).includes(me.role) &&
    (me.party === p.donor || me.party === 'UKR');
  return (
    <Page
      title={pledge.data ? t('support.pledgeTitle', { donor: donorName }) : t('support.pledge')}
      lead={pledge.data?.explanation ?? undefined}
      actions={
        <Link className="button button--quiet" to="/support/pledges">
          {t('support.pledges')}
        </Link>
      }
    >
      <Async state={pledge}>
        {(p) => (
          <>
            <section className="panel">
              <dl className="facts">
                <Fact label={t('support.donor')}>{p.donor ? `${donorName} (${p.donor})` : p.donorName}</Fact>
                <Fact label={t('support.aidType')}>
                  {p.aidTypeGeneral}
                  {p.aidTypeSpecific ? ` · ${p.aidTypeSpecific}` : ''}
                </Fact>
                <Fact label={t('support.measure')}>{t(`support.measure.${p.measure}`)}</Fact>
                <Fact label={t('support.announced')}>
                  {p.announcedOn ? format.date(p.announcedOn) : (p.month ?? t('common.unknown'))}
                </Fact>
                <Fact label={t('support.valueEur')}>{eur(p.valueEur)}</Fact>
                <Fact label={t('support.deliveredEur')}>{eur(p.deliveredValueEur)}</Fact>
                <Fact label={t('support.reported')}>
                  {p.reportedValue !== null && p.reportingCurrency
                    ? format.number(p.reportedValue, { style: 'currency', currency: p.reportingCurrency })
                    : (p.reportingCurrency ?? t('common.unknown'))}
                </Fact>
                <Fact label={t('support.conversion')}>
                  {p.eurPerUnit !== null && p.reportingCurrency
                    ? `1 ${p.reportingCurrency} = ${format.number(p.eurPerUnit, { maximumFractionDigits: 6 })} EUR`
                    : t('common.unknown')}
                </Fact>
                <Fact label={t('support.origin')}>
                  {p.fromTracker ? t('support.origin.tracker') : t('support.origin.guarantor')}
                  {p.exercise ? ' · EXERCISE' : ''}
                </Fact>
                {p.commitmentId && (
                  <Fact label={t('support.commitment')}>
                    <span data-testid="commitment-state">
                      {commitment.data ? t(`support.commitmentState.${commitment.data.state}`) : '…'}
                    </span>{' '}
                    <span className="hash">{p.commitmentId}</span>
                  </Fact>
                )}
                <Fact label={t('support.requirement')} wide>
                  {requirement.data ? (
                    <Link to={`/support/pledges?requirementId=${encodeURIComponent(requirement.data.id)}`}>
                      P{requirement.data.priority} · {requirement.data.title}
                    </Link>
                  ) : (
                    t('support.noRequirement')
                  )}
                </Fact>
                {p.agreementId && (
                  <Fact label={t('support.agreement')} wide>
                    <Link to={`/agreements/${encodeURIComponent(p.agreementId)}`}>
                      {t('support.seeAgreement')}
                    </Link>
                  </Fact>
                )}
                {p.source && (
                  <Fact label={t('common.source')} wide>
                    {p.source}
                  </Fact>
                )}
              </dl>
              {p.itemCount !== null && (
                <div className="pledge__bar">
                  <FillBar
                    label={t('support.deliveredItems')}
                    value={p.itemCountDelivered ?? 0}
                    max={p.itemCount}
                    unit={p.item ?? undefined}
                  />
                </div>
              )}
            </section>
            {mayLink(p) && (
              <Section title={t('support.editLinks')} id="links">
                <PledgeLinksForm pledge={p} onSaved={pledge.reload} />
              </Section>
            )}
            <Section title={t('support.deliveries')} id="deliveries">
              {recorded && (
                <p className="notice" role="status">
                  {t('support.deliveryRecorded', { hash: recorded.slice(0, 12) })}
                </p>
              )}
              <Async state={deliveries}>
                {(page) => (
                  <DataTable
                    caption={t('support.deliveries')}
                    rows={page.items}
                    rowKey={(d) => d.id}
                    filterable={false}
                    initialSort={{ column: 'date', direction: 'ascending' }}
                    columns={[
                      {
                        id: 'date',
                        header: t('support.deliveredOn'),
                        value: (d) => d.deliveredOn,
                        render: (d) => format.date(d.deliveredOn),
                      },
                      { id: 'items', header: t('support.items'), value: (d) => d.itemCount, numeric: true },
                      {
                        id: 'value',
                        header: t('support.valueEur'),
                        value: (d) => d.valueEur,
                        render: (d) => (d.valueEur === null ? '–' : eur(d.valueEur)),
                        numeric: true,
                      },
                      {
                        id: 'evidence',
                        header: t('support.evidenceSha256'),
                        value: (d) => d.evidenceSha256,
                        render: (d) => <span className="hash">{d.evidenceSha256}</span>,
                        sortable: false,
                      },
                      { id: 'note', header: t('support.note'), value: (d) => d.note, sortable: false },
                    ]}
                  />
                )}
              </Async>
              {mayRecord(p) && (
                <>
                  <h3>{t('support.recordDelivery')}</h3>
                  <DeliveryForm
                    key={formKey}
                    pledgeId={p.id}
                    onRecorded={(d) => {
                      setRecorded(d.evidenceSha256 ?? '');
                      // A fresh form: the evidence file picked for this delivery is not the next one's.
                      setFormKey((k) => k + 1);
                      pledge.reload();
                      deliveries.reload();
                      commitment.reload();
                    }}
                  />
                </>
              )}
            </Section>
          </>
        )}
      </Async>
    </Page>
  );
}
