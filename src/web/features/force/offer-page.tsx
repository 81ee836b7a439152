import { useState } from 'react';
import type { ReasonNode, ResolveInput } from '../../../modules/commitments/resolve-conditions.js';
import { resolveConditions } from '../../../modules/commitments/resolve-conditions.js';
import type { ReasonStep } from '../../../modules/commitments/reason-messages.js';
import type { Offer } from '../../../modules/force/force.schemas.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { useMe } from '../../app/session.js';
import { symbolDataUrl } from '../../components/map/symbol-cache.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PageProps } from '../types.js';
import { ReadinessForm } from './readiness-form.js';
import { localiseReasonVars } from './reason-terms.js';
import './force.css';

/** A condition tree as nested lists, each node marked met, pending or failed (in words, not colour only). */
function ConditionTree({ node }: { node: ReasonNode }) {
  const { t, has } = useI18n();
  return (
    <li className={`reason reason--${node.status}`} data-status={node.status}>
      <span className="reason__status">{t(`force.status.${node.status}`)}</span>{' '}
      {node.message
        ? t(`force.${node.message.key}`, localiseReasonVars(node.message.vars, t, has))
        : node.text}
      {node.children ? (
        <ul>
          {node.children.map((c, i) => (
            <ConditionTree key={i} node={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** One offer: its unit, readiness, caveats, approvals and its conditions as a readable tree. */
export default function OfferPage({ params }: PageProps) {
  const { t, has, format } = useI18n();
  const me = useMe();
  const offer = useApi<Offer>(`force/offers/${encodeURIComponent(params.id ?? '')}`);
  const input = useApi<ResolveInput>('commitments/resolution-input');
  const [backstop, setBackstop] = useState(false);
  // A step of the chain of reasons in the reader's language: the state, then its causes.
  const stepText = (step: ReasonStep) => {
    const head = t(`force.${step.message.key}`, localiseReasonVars(step.message.vars, t, has));
    if (step.causes === null) return head;
    const causes = step.causes.map((c) => t(`force.${c.key}`, localiseReasonVars(c.vars, t, has))).join('; ');
    return t('force.reason.stepCauses', { step: head, causes });
  };
  return (
    <Page
      title={offer.data ? `${offer.data.party} · ${offer.data.unitName}` : t('force.offer')}
      actions={<Link to="/force">{t('force.board')}</Link>}
    >
      <Async state={offer}>
        {(o) => {
          const resolved = input.data
            ? resolveConditions(input.data, backstop ? { assumeParties: ['USA'] } : {}).get(o.commitment.id)
            : undefined;
          const state = resolved?.state ?? o.effectiveState;
          const mayWrite = me.party === o.party && (me.role === 'planner' || me.role === 'coordinator');
          return (
            <>
              <Section title={t('force.reasons')}>
                <p>
                  {t('force.labelled', { label: t('force.state') })}{' '}
                  {state ? (
                    <span
                      className={`effective effective--${state}`}
                      data-testid="effective-state"
                      data-state={state}
                    >
                      {t(`force.effective.${state}`)}
                    </span>
                  ) : (
                    '—'
                  )}
                </p>
                <div className="what-if">
                  <label>
                    <input
                      type="checkbox"
                      checked={backstop}
                      onChange={(e) => setBackstop(e.target.checked)}
                    />
                    {t('force.grantBackstop')}
                  </label>
                </div>
                <ol data-testid="reasons">
                  {resolved?.reasonSteps
                    ? resolved.reasonSteps.map((step, i) => <li key={i}>{stepText(step)}</li>)
                    : o.reasons.map((r, i) => <li key={i}>{r}</li>)}
                </ol>
              </Section>
              <Section title={t('force.conditions')}>
                {resolved?.explanation ? (
                  <ul className="condition-tree" data-testid="condition-tree">
                    <ConditionTree node={resolved.explanation} />
                  </ul>
                ) : (
                  <p>{t('force.noConditions')}</p>
                )}
              </Section>
              <Section title={t('force.approvals')}>
                {o.commitment.approvals.length === 0 ? (
                  <p>{t('force.noApprovals')}</p>
                ) : (
                  <ul data-testid="approvals">
                    {o.commitment.approvals.map((a) => (
                      <li key={a.id} data-approval-state={a.state}>
                        {a.bodyName} ({t(`force.body.${a.body}`)}):{' '}
                        <strong>{t(`force.approvalState.${a.state}`)}</strong>
                        {a.decidedAt ? (
                          <>
                            {' '}
                            <Time iso={a.decidedAt} />
                          </>
                        ) : null}
                        {a.expectedDays !== null
                          ? ` · ${t('force.expectedDays', { days: a.expectedDays })}`
                          : ''}
                        {a.mandate.personnelCeiling !== null
                          ? ` · ${t('force.ceiling', { count: format.number(a.mandate.personnelCeiling) })}`
                          : ''}
                        {a.mandate.area ? ` · ${a.mandate.area}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
              <Section title={t('force.readiness')}>
                <p data-testid="readiness">
                  <img
                    className="offer-symbol"
                    src={symbolDataUrl(o.sidc, 28)}
                    alt={t('force.symbol', { sidc: o.sidc })}
                    data-testid="offer-symbol"
                  />
                  {t(`force.level.${o.readiness.level}`)}
                  {o.readiness.expired ? ` (${t('force.expired')})` : ''} ·{' '}
                  {t('force.symbol', { sidc: o.sidc })} ·{' '}
                  {o.personnel !== null ? t('force.personnel', { count: format.number(o.personnel) }) : '—'}
                  {o.noticeDays !== null ? ` · ${t('force.noticeDays', { days: o.noticeDays })}` : ''}
                </p>
                {mayWrite && <ReadinessForm offer={o} onDone={() => offer.reload()} />}
              </Section>
              <Section title={t('force.caveats')}>
                {o.caveats.length === 0 ? (
                  <p>{t('force.noCaveats')}</p>
                ) : (
                  <ul>
                    {o.caveats.map((c, i) => (
                      <li key={i}>
                        {t(`force.caveat.${c.type}`)}: {c.description}
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            </>
          );
        }}
      </Async>
    </Page>
  );
}
