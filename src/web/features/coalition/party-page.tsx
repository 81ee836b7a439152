import type { Party } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import type { PageProps } from '../types.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { ApprovalFlag } from './approval-flag.js';
import { SourceLink } from './source-link.js';

/** One party: its registry entry, with sources, and its representatives. */
export default function PartyPage({ params }: PageProps) {
  const { t } = useI18n();
  const code = params.code ?? '';
  const party = useApi<Party>(`parties/${encodeURIComponent(code)}`);
  return (
    <Page
      title={party.data ? `${party.data.name} (${party.data.code})` : t('coalition.party', { code })}
      actions={
        <Link className="button button--quiet" to="/coalition">
          {t('coalition.backToParties')}
        </Link>
      }
    >
      <Async state={party}>
        {(p) => (
          <>
            <section className="panel">
              <dl className="facts">
                <div>
                  <dt>{t('coalition.code')}</dt>
                  <dd className="code">{p.code}</dd>
                </div>
                <div>
                  <dt>{t('coalition.kind')}</dt>
                  <dd>{t(`coalition.kind.${p.kind}`)}</dd>
                </div>
                <div>
                  <dt>{t('coalition.role')}</dt>
                  <dd>{t(`coalition.role.${p.coalitionRole}`)}</dd>
                </div>
                <div>
                  <dt>{t('coalition.parliament')}</dt>
                  <dd>
                    <ApprovalFlag value={p.parliamentApproval} />
                  </dd>
                </div>
                {p.source && (
                  <div className="facts__wide">
                    <dt>{t('common.source')}</dt>
                    <dd>
                      <SourceLink source={p.source} />
                    </dd>
                  </div>
                )}
              </dl>
            </section>
            <Section title={t('coalition.representatives')} id="representatives">
              {(p.representatives ?? []).length === 0 ? (
                <Empty>{t('coalition.noRepresentatives')}</Empty>
              ) : (
                <ul className="cards">
                  {(p.representatives ?? []).map((r) => (
                    <li className="card" key={r.id}>
                      <p className="card__title">{r.name}</p>
                      <p>{r.office}</p>
                      {r.source && (
                        <p className="card__source">
                          {t('common.source')}: <SourceLink source={r.source} />
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </>
        )}
      </Async>
    </Page>
  );
}
