import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { useMe } from '../../app/session.js';
import { Fact } from '../../components/facts.js';
import { Page, Section } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PageProps } from '../types.js';
import { ActivationBoard } from './board.js';
import { DecisionForm } from './decision-form.js';
import { DECIDERS, type Activation } from './guarantees-api.js';
import './guarantees.css';

/**
 * One activation: why it was raised or declared, the incidents that met the rule (each links
 * to its record in monitoring), the decision — which only coordinators take — and, once
 * confirmed, the live board of its clocks.
 */
export default function ActivationPage({ params }: PageProps) {
  const { t } = useI18n();
  const me = useMe();
  const id = params.id ?? '';
  const activation = useApi<Activation>(`guarantees/activations/${id}`);
  const decides = (DECIDERS as readonly string[]).includes(me.role);
  return (
    <Async state={activation}>
      {(a) => (
        <Page
          title={a.title}
          lead={`${a.exercise ? `${t('guarantees.exercise')} · ` : ''}${t(`guarantees.status.${a.status}`)} · ${t(`guarantees.origin.${a.origin}`)}`}
          actions={
            <Link className="button" to="/guarantees">
              {t('guarantees.backToActivations')}
            </Link>
          }
        >
          <Section title={t('guarantees.record')} id="record">
            <dl className="facts">
              <Fact label={t('guarantees.status')}>
                <span className={`status-chip status-chip--${a.status}`} data-testid="activation-status">
                  {t(`guarantees.status.${a.status}`)}
                </span>
              </Fact>
              <Fact label={t('guarantees.raised')}>
                <Time iso={a.raisedAt} /> · {a.raisedBy}
              </Fact>
              {a.startedAt && (
                <Fact label={t('guarantees.clocksStarted')}>
                  <Time iso={a.startedAt} />
                </Fact>
              )}
              {a.decidedAt && (
                <Fact label={t('guarantees.decided')}>
                  <Time iso={a.decidedAt} /> · {a.decidedBy}
                </Fact>
              )}
              <Fact label={t('guarantees.rationale')} wide>
                {a.rationale}
              </Fact>
              {a.decisionRationale && a.decisionRationale !== a.rationale && (
                <Fact label={t('guarantees.decisionRationale')} wide>
                  {a.decisionRationale}
                </Fact>
              )}
            </dl>
          </Section>
          {(a.origin === 'proposed' || a.incidentIds.length > 0) && (
            <Section
              title={a.origin === 'proposed' ? t('guarantees.incidents') : t('guarantees.incidentsCited')}
              id="incidents"
            >
              {a.incidentIds.length === 0 ? (
                <Empty>{t('guarantees.noIncidents')}</Empty>
              ) : (
                <ul className="incident-links" data-testid="incidents">
                  {a.incidentIds.map((incident) => (
                    <li key={incident}>
                      <Link to={`/monitoring/incidents/${encodeURIComponent(incident)}`}>
                        {t('guarantees.incident', {
                          id: incident.length > 12 ? incident.slice(0, 8) : incident,
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          )}
          {a.status === 'proposed' && (
            <Section title={t('guarantees.decision')} id="decision">
              {decides ? (
                <DecisionForm activation={a} onDone={activation.reload} />
              ) : (
                <p data-testid="no-actions">{t('guarantees.onlyCoordinators')}</p>
              )}
            </Section>
          )}
          {a.status === 'confirmed' && (
            <Section title={t('guarantees.board')} id="board">
              <p className="soft-text">{t('guarantees.boardLead')}</p>
              <ActivationBoard activationId={a.id} />
            </Section>
          )}
        </Page>
      )}
    </Async>
  );
}
