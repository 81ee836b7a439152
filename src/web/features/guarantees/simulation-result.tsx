import { TimeSeriesChart } from '../../components/chart/index.js';
import { useI18n } from '../../i18n/i18n.js';
import type {
  ResponseCommitment,
  ResponseType,
  ScenarioComparison,
  SimulationResult,
} from './guarantees-api.js';
import { RESPONSES } from './guarantees-api.js';
import { milestoneLabel } from './milestones.js';
import { coverageSeries, inEffectSeries, takingEffect, type Requirements } from './simulation-view.js';

/** Translators of the result views: response types, milestones, commitments by id. */
function useLabels(responses: readonly ResponseCommitment[]) {
  const { t } = useI18n();
  const byId = new Map(responses.map((r) => [r.commitmentId, r]));
  return {
    response: (r: ResponseType) => t(`guarantees.response.${r}`),
    milestone: (hours: number) => {
      const { key, values } = milestoneLabel(hours);
      return t(key, values);
    },
    commitment: (id: string) => byId.get(id),
  };
}

/** Capability per domain at each milestone against the requirement, as a table. */
function MilestoneTable({ result, requirements }: { result: SimulationResult; requirements: Requirements }) {
  const { t, format } = useI18n();
  const labels = useLabels([]);
  const domains = RESPONSES.filter((r) =>
    result.milestones.some((m) => m.byDomain.some((d) => d.response === r)),
  );
  return (
    <div className="data-table data-table__scroll">
      <table className="milestone-table">
        <caption>{t('guarantees.capabilityByMilestone', { scenario: result.scenario })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guarantees.domain')}</th>
            <th scope="col" className="numeric">
              {t('guarantees.required')}
            </th>
            {result.milestones.map((m) => (
              <th key={m.hours} scope="col" className="numeric">
                {labels.milestone(m.hours)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {domains.map((response) => {
            const required = requirements[response] ?? 0;
            return (
              <tr key={response} data-domain={response}>
                <th scope="row">{labels.response(response)}</th>
                <td className="numeric">{required > 0 ? format.number(required) : '–'}</td>
                {result.milestones.map((m) => {
                  const available = m.byDomain.find((x) => x.response === response)?.available ?? 0;
                  const state = required > 0 ? (available >= required ? ' cell--met' : ' cell--short') : '';
                  return (
                    <td key={m.hours} className={`numeric${state}`}>
                      {format.number(available)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What takes effect at each milestone, party by party. */
function TakingEffect({
  result,
  responses,
}: {
  result: SimulationResult;
  responses: readonly ResponseCommitment[];
}) {
  const { t } = useI18n();
  const labels = useLabels(responses);
  const partyOf = new Map(result.commitments.map((c) => [c.id, c]));
  return (
    <ol className="taking-effect">
      {takingEffect(result).map((step) => (
        <li key={step.hours}>
          <details open={step.ids.length > 0 && step.ids.length <= 8}>
            <summary>
              {labels.milestone(step.hours)} · {t('guarantees.takeEffect', { count: step.ids.length })}
            </summary>
            <ul>
              {step.ids.map((id) => {
                const c = partyOf.get(id);
                return (
                  <li key={id}>
                    <strong>{c?.party}</strong> · {labels.response(c?.response ?? 'consultation')} ·{' '}
                    {labels.commitment(id)?.title ?? id}
                  </li>
                );
              })}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}

/** One scenario's timeline charts: commitments in effect per milestone, coverage per day. */
function SimulationCharts({
  result,
  requirements,
}: {
  result: SimulationResult;
  requirements: Requirements;
}) {
  const { t } = useI18n();
  const labels = useLabels([]);
  const coverage = coverageSeries(result, requirements, labels.response);
  return (
    <div className="simulation-view" data-scenario={result.scenario}>
      <h3>{result.scenario}</h3>
      <TimeSeriesChart
        label={t('guarantees.inEffectChart', { scenario: result.scenario })}
        categories={result.milestones.map((m) => String(m.hours))}
        formatCategory={(c) => labels.milestone(Number(c))}
        series={inEffectSeries(result, labels.response)}
        kind="stacked"
        unit={t('guarantees.commitmentsUnit')}
        height={220}
      />
      {coverage.length > 0 && (
        <TimeSeriesChart
          label={t('guarantees.coverageChart', { scenario: result.scenario })}
          categories={result.daily.map((d) => String(d.day))}
          formatCategory={(c) => t('guarantees.tPlusDays', { d: Number(c) })}
          series={coverage}
          unit="%"
          thresholds={[{ value: 100, label: t('guarantees.requirement') }]}
          height={220}
        />
      )}
    </div>
  );
}

/** One scenario's result: the timeline charts, the milestone table and what takes effect when. */
export function SimulationView({
  result,
  requirements,
  responses,
}: {
  result: SimulationResult;
  requirements: Requirements;
  responses: readonly ResponseCommitment[];
}) {
  return (
    <>
      <SimulationCharts result={result} requirements={requirements} />
      <MilestoneTable result={result} requirements={requirements} />
      <TakingEffect result={result} responses={responses} />
    </>
  );
}

/** Two scenarios side by side: what the second loses or gains at each milestone. */
export function ComparisonView({
  comparison,
  requirements,
  responses,
}: {
  comparison: ScenarioComparison;
  requirements: Requirements;
  responses: readonly ResponseCommitment[];
}) {
  const { t, format } = useI18n();
  const labels = useLabels(responses);
  const { a, b } = comparison;
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${format.number(Math.abs(v))}`;
  return (
    <>
      <div className="chart-frame">
        <TimeSeriesChart
          label={t('guarantees.comparisonChart', { a: a.scenario, b: b.scenario })}
          categories={a.milestones.map((m) => String(m.hours))}
          formatCategory={(c) => labels.milestone(Number(c))}
          series={[
            { id: 'a', label: a.scenario, values: a.milestones.map((m) => m.inEffect.length) },
            { id: 'b', label: b.scenario, values: b.milestones.map((m) => m.inEffect.length) },
          ]}
          kind="bar"
          unit={t('guarantees.commitmentsUnit')}
          height={220}
        />
      </div>
      <div className="data-table data-table__scroll">
        <table data-testid="comparison-table">
          <caption>{t('guarantees.differences', { a: a.scenario, b: b.scenario })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('guarantees.milestone')}</th>
              <th scope="col" className="numeric">
                {t('guarantees.lost')}
              </th>
              <th scope="col" className="numeric">
                {t('guarantees.gained')}
              </th>
              <th scope="col">{t('guarantees.capabilityChange')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.milestones.map((m) => {
              const changes = Object.entries(m.difference) as [ResponseType, number][];
              return (
                <tr key={m.hours}>
                  <th scope="row">{labels.milestone(m.hours)}</th>
                  <td className="numeric">{format.number(m.onlyInA.length)}</td>
                  <td className="numeric">{format.number(m.onlyInB.length)}</td>
                  <td>
                    {changes.length === 0
                      ? t('guarantees.noChange')
                      : changes.map(([r, v]) => `${labels.response(r)} ${signed(v)}`).join(' · ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="side-by-side">
        <SimulationCharts result={a} requirements={requirements} />
        <SimulationCharts result={b} requirements={requirements} />
      </div>
      <MilestoneTable result={a} requirements={requirements} />
      <MilestoneTable result={b} requirements={requirements} />
      <div className="side-by-side">
        {[a, b].map((r) => (
          <div key={r.scenario} className="taking-effect-block">
            <h3>{r.scenario}</h3>
            <TakingEffect result={r} responses={responses} />
          </div>
        ))}
      </div>
    </>
  );
}
