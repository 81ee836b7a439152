import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { useMe } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import { DeclareForm } from './declare-form.js';
import { DECIDERS, type Activation, type ListOf, type Trigger } from './guarantees-api.js';
import { useRuleText } from './rule-text.js';
import { EvaluateTrigger, TriggerForm } from './trigger-forms.js';

// Roles the server lets evaluate a trigger on demand.
const EVALUATORS = ['coordinator', 'analyst', 'verifier'];
import './guarantees.css';

/**
 * Triggers and activations: the proposals that wait for a coordinator's decision first, then
 * every activation and the trigger definitions; coordinators can declare one by hand.
 */
export default function ActivationsPage() {
  const { t } = useI18n();
  const me = useMe();
  const activations = useApi<ListOf<Activation>>('guarantees/activations', { limit: 200 });
  const triggers = useApi<ListOf<Trigger>>('guarantees/triggers');
  const ruleText = useRuleText();
  const decides = (DECIDERS as readonly string[]).includes(me.role);
  return (
    <Page title={t('guarantees.activations')} lead={t('guarantees.activationsLead')}>
      <Section title={t('guarantees.proposedActivations')} id="proposed">
        <Async state={activations}>
          {(page) => {
            const proposed = page.items.filter((a) => a.status === 'proposed');
            return proposed.length === 0 ? (
              <Empty>{t('guarantees.noProposals')}</Empty>
            ) : (
              <ul className="cards" data-testid="proposals">
                {proposed.map((a) => (
                  <li key={a.id} className="card proposal-card">
                    <p className="card__title">
                      <Link to={`/guarantees/activations/${a.id}`}>{a.title}</Link>
                    </p>
                    <p className="soft-text">
                      {t('guarantees.raised')} <Time iso={a.raisedAt} /> ·{' '}
                      {t('guarantees.incidentCount', { count: a.incidentIds.length })}
                    </p>
                    {decides && <p className="soft-text">{t('guarantees.awaitsDecision')}</p>}
                  </li>
                ))}
              </ul>
            );
          }}
        </Async>
      </Section>
      <Section title={t('guarantees.allActivations')} id="all">
        <Async state={activations}>
          {(page) => (
            <DataTable
              caption={t('guarantees.allActivations')}
              rows={page.items}
              rowKey={(a) => a.id}
              initialSort={{ column: 'raised', direction: 'descending' }}
              columns={[
                {
                  id: 'title',
                  header: t('guarantees.activationTitle'),
                  value: (a) => a.title,
                  render: (a) => <Link to={`/guarantees/activations/${a.id}`}>{a.title}</Link>,
                },
                {
                  id: 'status',
                  header: t('guarantees.status'),
                  value: (a) => t(`guarantees.status.${a.status}`),
                  render: (a) => (
                    <span className={`status-chip status-chip--${a.status}`}>
                      {t(`guarantees.status.${a.status}`)}
                    </span>
                  ),
                },
                {
                  id: 'origin',
                  header: t('guarantees.origin'),
                  value: (a) => t(`guarantees.origin.${a.origin}`),
                },
                {
                  id: 'raised',
                  header: t('guarantees.raised'),
                  value: (a) => a.raisedAt,
                  render: (a) => <Time iso={a.raisedAt} />,
                },
                {
                  id: 'started',
                  header: t('guarantees.started'),
                  value: (a) => a.startedAt ?? '',
                  render: (a) => (a.startedAt ? <Time iso={a.startedAt} /> : '–'),
                },
              ]}
            />
          )}
        </Async>
      </Section>
      <Section title={t('guarantees.triggers')} id="triggers">
        <p className="soft-text">{t('guarantees.triggersLead')}</p>
        <Async state={triggers}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty>{t('guarantees.noTriggers')}</Empty>
            ) : (
              <ul className="cards" data-testid="triggers">
                {page.items.map((x) => (
                  <li key={x.id} className="card">
                    <p className="card__title">{x.name}</p>
                    <p>{ruleText(x.rule)}</p>
                    <p className="soft-text">
                      {x.enabled ? t('guarantees.evaluatedContinuously') : t('guarantees.disabled')} ·{' '}
                      {x.owner}
                    </p>
                    {EVALUATORS.includes(me.role) && (
                      <EvaluateTrigger trigger={x} onRaised={activations.reload} />
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
      </Section>
      {decides && (
        <Section title={t('guarantees.defineTrigger')} id="define-trigger">
          <TriggerForm onCreated={triggers.reload} />
        </Section>
      )}
      {decides && (
        <Section title={t('guarantees.declareActivation')} id="declare">
          <DeclareForm triggers={triggers.data?.items ?? []} />
        </Section>
      )}
    </Page>
  );
}
