import { useState } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { CheckField, ProblemSummary, TextField } from '../../components/form.js';
import { Page, Section } from '../../components/page.js';
import { Async, Loading } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import {
  RESPONSES,
  type ListOf,
  type ResponseCommitment,
  type Scenario,
  type SimulationAnswer,
} from './guarantees-api.js';
import { ComparisonView, SimulationView } from './simulation-result.js';
import { ScenarioFields, type ScenarioDraft } from './scenario-fields.js';
import { partyCodes, requirementList, type Requirements } from './simulation-view.js';
import { useAnalysis } from './use-analysis.js';
import './guarantees.css';

// EXERCISE starting values of the requirement form: a planner sets what the plan needs.
const EXERCISE_REQUIREMENTS: Requirements = {
  troops: 10_000,
  air: 24,
  'air-defence': 4,
  maritime: 4,
  weapons: 3,
};

/** The next whole hour in UTC, as a `datetime-local` value read as UTC. */
function nextHourUtc(): string {
  const d = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  return d.toISOString().slice(0, 16);
}

function toScenario(draft: ScenarioDraft): Scenario {
  const refuse = partyCodes(draft.refuse);
  const factor = Number(draft.delayFactor);
  return {
    name: draft.name.trim(),
    ...(partyCodes(draft.exclude).length > 0 ? { excludeParties: partyCodes(draft.exclude) } : {}),
    ...(partyCodes(draft.assume).length > 0 ? { assumeParties: partyCodes(draft.assume) } : {}),
    ...(refuse.length > 0
      ? { approvalsByParty: Object.fromEntries(refuse.map((p) => [p, 'rejected' as const])) }
      : {}),
    ...(draft.delayFactor !== '' && factor !== 1 ? { approvalDelayFactor: factor } : {}),
  };
}

/**
 * "If a trigger were confirmed at T": the commitments that take effect at T+24 h, 72 h, 7 d and
 * 30 d, capability per domain against the requirement, and two scenarios side by side (by
 * default as recorded and without the US backstop).
 */
export default function SimulationPage() {
  const { t } = useI18n();
  const responses = useApi<ListOf<ResponseCommitment>>('guarantees/responses');
  const [confirmedAt, setConfirmedAt] = useState(nextHourUtc);
  const [requirements, setRequirements] = useState<Requirements>(EXERCISE_REQUIREMENTS);
  const [compare, setCompare] = useState(true);
  const [a, setA] = useState<ScenarioDraft>({
    name: t('guarantees.asRecorded'),
    exclude: '',
    assume: '',
    refuse: '',
    delayFactor: '1',
  });
  const [b, setB] = useState<ScenarioDraft>({
    name: t('guarantees.withoutUsBackstop'),
    exclude: 'USA',
    assume: '',
    refuse: '',
    delayFactor: '1',
  });
  const { answer, busy, error, fieldError, onSubmit } = useAnalysis(() => {
    const asked = requirements;
    return api<SimulationAnswer>('POST', 'guarantees/simulations', {
      confirmedAt: `${confirmedAt}:00.000Z`,
      horizonDays: 30,
      requirements: requirementList(asked),
      scenario: toScenario(a),
      ...(compare ? { compareWith: toScenario(b) } : {}),
    }).then((data) => ({ data, requirements: asked }));
  });

  return (
    <Page title={t('guarantees.simulation')} lead={t('guarantees.simulationLead')}>
      <Section title={t('guarantees.scenarioOptions')} id="options">
        <form data-testid="simulation-form" onSubmit={onSubmit}>
          <ProblemSummary error={error} />
          <div className="form-grid">
            <TextField
              label={t('guarantees.confirmedAt')}
              hint={t('guarantees.confirmedAtHint')}
              type="datetime-local"
              required
              value={confirmedAt}
              error={fieldError('confirmedAt')}
              onChange={(e) => setConfirmedAt(e.target.value)}
            />
          </div>
          <fieldset className="requirement-fields">
            <legend>{t('guarantees.requirementPerDomain')}</legend>
            <p className="soft-text">{t('guarantees.requirementHint')}</p>
            <div className="form-grid form-grid--narrow">
              {RESPONSES.map((r) => (
                <TextField
                  key={r}
                  label={t(`guarantees.response.${r}`)}
                  type="number"
                  min={0}
                  step="any"
                  value={requirements[r] ?? ''}
                  onChange={(e) =>
                    setRequirements({
                      ...requirements,
                      [r]: e.target.value === '' ? 0 : Number(e.target.value),
                    })
                  }
                />
              ))}
            </div>
          </fieldset>
          <div className="side-by-side">
            <ScenarioFields
              legend={t('guarantees.scenarioA')}
              draft={a}
              onChange={setA}
              error={error}
              pointer="scenario"
            />
            {compare && (
              <ScenarioFields
                legend={t('guarantees.scenarioB')}
                draft={b}
                onChange={setB}
                error={error}
                pointer="compareWith"
              />
            )}
          </div>
          <div className="form-actions">
            <CheckField label={t('guarantees.compareTwo')} checked={compare} onChange={setCompare} />
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('guarantees.runSimulation')}
            </button>
          </div>
        </form>
      </Section>
      <Section title={t('guarantees.timeline')} id="timeline">
        {busy && <Loading />}
        {answer?.data.exercise && <p className="notice notice--warning">{t('guarantees.exerciseData')}</p>}
        <Async state={responses}>
          {(list) =>
            answer?.data.comparison ? (
              <ComparisonView
                comparison={answer.data.comparison}
                requirements={answer.requirements}
                responses={list.items}
              />
            ) : answer?.data.single ? (
              <SimulationView
                result={answer.data.single}
                requirements={answer.requirements}
                responses={list.items}
              />
            ) : null
          }
        </Async>
      </Section>
    </Page>
  );
}
