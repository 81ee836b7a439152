import { useState } from 'react';
import type { ReasonNode } from '../../../modules/commitments/resolve-conditions.js';
import { resolveConditions } from '../../../modules/commitments/resolve-conditions.js';
import type { Offer } from '../../../modules/force/force.schemas.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { Page, Section } from '../../components/page.js';
import { Async } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PageProps } from '../types.js';
import type { ResolveInput } from '../../../modules/commitments/resolve-conditions.js';

/** A condition tree as nested lists, each node marked met, pending or failed. */
function ConditionTree({ node }: { node: ReasonNode }) {
  return (
    <li className={`reason reason--${node.status}`}>
      <strong>{node.status}</strong> {node.commitmentId ? <span>{node.text}</span> : node.text}
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
  const { t } = useI18n();
  const offer = useApi<Offer>(`force/offers/${encodeURIComponent(params.id ?? '')}`);
  const input = useApi<ResolveInput>('commitments/resolution-input');
  const [backstop, setBackstop] = useState(false);
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
          return (
            <>
              <Section title={t('force.reasons')}>
                <p data-testid="effective-state">{resolved?.state ?? o.effectiveState}</p>
                <label>
                  <input type="checkbox" checked={backstop} onChange={(e) => setBackstop(e.target.checked)} />{' '}
                  {t('force.grantBackstop')}
                </label>
                <ol>
                  {(resolved?.reasons ?? o.reasons).map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ol>
              </Section>
              <Section title={t('force.conditions')}>
                {resolved?.explanation ? (
                  <ul className="condition-tree">
                    <ConditionTree node={resolved.explanation} />
                  </ul>
                ) : (
                  <p>—</p>
                )}
              </Section>
              <Section title={t('force.approvals')}>
                <ul>
                  {o.commitment.approvals.map((a) => (
                    <li key={a.id}>
                      {a.bodyName} ({a.body}): <strong>{a.state}</strong>
                      {a.decidedAt ? (
                        <>
                          {' '}
                          <Time iso={a.decidedAt} />
                        </>
                      ) : null}
                      {a.expectedDays !== null ? ` · ${a.expectedDays} d` : ''}
                      {a.mandate.personnelCeiling !== null ? ` · ≤ ${a.mandate.personnelCeiling}` : ''}
                      {a.mandate.area ? ` · ${a.mandate.area}` : ''}
                    </li>
                  ))}
                </ul>
              </Section>
              <Section title={t('force.readiness')}>
                <p>
                  {o.readiness.level}
                  {o.readiness.expired ? ' (expired)' : ''} · SIDC {o.sidc} · {o.personnel ?? '—'} personnel ·{' '}
                  {o.noticeDays ?? '—'} d{o.exercise ? ' · EXERCISE' : ''}
                </p>
              </Section>
              <Section title={t('force.caveats')}>
                <ul>
                  {o.caveats.map((c, i) => (
                    <li key={i}>
                      {c.type}: {c.description}
                    </li>
                  ))}
                </ul>
              </Section>
            </>
          );
        }}
      </Async>
    </Page>
  );
}
