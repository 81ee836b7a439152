import { useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { Link, setSearch, useLocation } from '../../app/router.js';
import { useMe } from '../../app/session.js';
import { FillBar } from '../../components/fill-bar.js';
import { SelectField } from '../../components/form.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { byCapability, CAPABILITY_ORDER } from './capabilities.js';
import { RequirementForm } from './requirement-form.js';
import { SUPPORT_WRITERS, type Coalition, type ListOf, type Requirement } from './support-api.js';
import './support.css';

const STATUSES = ['open', 'covered', 'closed'] as const;

/**
 * The requirements board: Ukraine's needs by capability area and priority, each with coverage
 * bars (items pledged and delivered against the quantity), EUR, needed-by date and coalition.
 */
export default function RequirementsPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const capability = search.get('capability') ?? '';
  const status = search.get('status') ?? '';
  const requirements = useApi<ListOf<Requirement>>('support/requirements', {
    capability,
    status,
    limit: 1000,
  });
  const coalitions = useApi<ListOf<Coalition>>('support/coalitions');
  const coalitionName = new Map((coalitions.data?.items ?? []).map((c) => [c.id, c]));
  const me = useMe();
  // Ukraine states its requirements, with NATO (the server's REQUIREMENT_PARTIES).
  const mayState =
    ['UKR', 'NATO'].includes(me.party) && (SUPPORT_WRITERS as readonly string[]).includes(me.role);
  const [stated, setStated] = useState<string>();
  return (
    <Page title={t('support.board')} lead={t('support.boardLead')}>
      <div className="filters" role="search">
        <SelectField
          label={t('support.capability')}
          value={capability}
          onChange={(e) => setSearch({ capability: e.target.value, status })}
          options={[
            ['', t('support.all')],
            ...CAPABILITY_ORDER.map((c) => [c, t(`support.capability.${c}`)] as const),
          ]}
        />
        <SelectField
          label={t('support.status')}
          value={status}
          onChange={(e) => setSearch({ capability, status: e.target.value })}
          options={[['', t('support.all')], ...STATUSES.map((s) => [s, t(`support.status.${s}`)] as const)]}
        />
      </div>
      {mayState && (
        <details className="panel requirement-new">
          <summary>{t('support.stateRequirement')}</summary>
          {stated && (
            <p className="notice" role="status">
              {t('support.requirementStated', { title: stated })}
            </p>
          )}
          <RequirementForm
            coalitions={coalitions.data?.items ?? []}
            onSaved={(r) => {
              setStated(r.title);
              requirements.reload();
            }}
          />
        </details>
      )}
      <Async state={requirements}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('support.noRequirements')}</Empty>
          ) : (
            byCapability(page.items).map((group) => (
              <Section
                key={group.capability}
                id={`area-${group.capability}`}
                title={`${t(`support.capability.${group.capability}`)} (${group.rows.length})`}
              >
                <ol className="requirements">
                  {group.rows.map((r) => (
                    <RequirementCard
                      key={r.id}
                      requirement={r}
                      coalition={coalitionName.get(r.coalitionId ?? '')}
                    />
                  ))}
                </ol>
              </Section>
            ))
          )
        }
      </Async>
    </Page>
  );
}

function RequirementCard({ requirement: r, coalition }: { requirement: Requirement; coalition?: Coalition }) {
  const { t, format } = useI18n();
  const eur = (v: number) => format.number(v, { style: 'currency', currency: 'EUR', notation: 'compact' });
  const overdue =
    r.neededBy !== null && r.status === 'open' && r.neededBy < new Date().toISOString().slice(0, 10);
  return (
    <li className="requirement card" data-requirement-id={r.id}>
      <div className="requirement__head">
        <span className="requirement__priority" title={t('support.priority')}>
          P{r.priority}
        </span>
        <span className="card__title">{r.title}</span>
        <span className={`badge badge--${r.status}`}>{t(`support.status.${r.status}`)}</span>
      </div>
      <dl className="requirement__facts">
        <div>
          <dt>{t('support.neededBy')}</dt>
          <dd className={overdue ? 'overdue' : undefined}>
            {r.neededBy ? format.date(r.neededBy) : t('common.unknown')}
            {overdue && ` (${t('support.overdue')})`}
          </dd>
        </div>
        <div>
          <dt>{t('support.coalition')}</dt>
          <dd>
            {coalition
              ? `${coalition.name} (${t('support.leads')}: ${coalition.leads.join(', ')})`
              : t('support.noCoalition')}
          </dd>
        </div>
        <div>
          <dt>{t('support.valueEur')}</dt>
          <dd data-testid="coverage-eur">
            {t('support.pledgedDelivered', {
              pledged: eur(r.coverage.pledgedEur),
              delivered: eur(r.coverage.deliveredEur),
            })}
          </dd>
        </div>
      </dl>
      {r.quantity !== null ? (
        <div className="requirement__bars">
          <FillBar
            label={t('support.pledgedItems')}
            value={r.coverage.pledgedCount}
            max={r.quantity}
            unit={r.unit ?? undefined}
          />
          <FillBar
            label={t('support.deliveredItems')}
            value={r.coverage.deliveredCount}
            max={r.quantity}
            unit={r.unit ?? undefined}
          />
        </div>
      ) : (
        <p className="muted">{t('support.noQuantity')}</p>
      )}
      <Link to={`/support/pledges?requirementId=${encodeURIComponent(r.id)}`}>{t('support.seePledges')}</Link>
    </li>
  );
}
