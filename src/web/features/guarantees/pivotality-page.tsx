import { useState } from 'react';
import { api } from '../../api/client.js';
import { BarChart } from '../../components/chart/index.js';
import { ProblemSummary, SelectField, TextField, SubmitActions } from '../../components/form.js';
import { Page, Section } from '../../components/page.js';
import { Loading } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { RESPONSES, type PivotalityAnswer, type ResponseType } from './guarantees-api.js';
import { PivotalityExplained } from './pivotality-explained.js';
import { useAnalysis } from './use-analysis.js';
import {
  isEstimate,
  percent,
  powerless,
  powerRows,
  vetoPlayers,
  widestHalfWidth,
} from './pivotality-view.js';
import './guarantees.css';

/**
 * Who is pivotal for a goal ("the requirement is met by day D"): each party's Shapley and
 * Banzhaf values as bars (with the 95 % interval when sampled), the minimal sets of parties
 * whose absence breaks the goal, and what the numbers mean in plain words.
 */
export default function PivotalityPage() {
  const { t, format } = useI18n();
  const [response, setResponse] = useState<ResponseType>('troops');
  const [quantity, setQuantity] = useState('10000');
  const [second, setSecond] = useState<ResponseType | ''>('');
  const [secondQuantity, setSecondQuantity] = useState('');
  const [byDay, setByDay] = useState('10');
  const { answer, busy, error, fieldError, onSubmit } = useAnalysis(() =>
    api<PivotalityAnswer>('POST', 'guarantees/pivotality', {
      requirements: [
        { response, quantity: Number(quantity) },
        ...(second ? [{ response: second, quantity: Number(secondQuantity) }] : []),
      ],
      byDay: Number(byDay),
    }),
  );

  const responseOptions = RESPONSES.map((r) => [r, t(`guarantees.response.${r}`)] as const);
  const pct = (v: number) => `${format.number(v, { maximumFractionDigits: 1 })} %`;
  const result = answer?.result;
  return (
    <Page title={t('guarantees.pivotality')} lead={t('guarantees.pivotalityLead')}>
      <Section title={t('guarantees.goal')} id="goal">
        <form data-testid="pivotality-form" onSubmit={onSubmit}>
          <ProblemSummary error={error} />
          <div className="form-grid">
            <SelectField
              label={t('guarantees.goalDomain')}
              value={response}
              onChange={(e) => setResponse(e.target.value as ResponseType)}
              options={responseOptions}
            />
            <TextField
              label={t('guarantees.goalQuantity')}
              type="number"
              min={0}
              step="any"
              required
              value={quantity}
              error={fieldError('requirements.0.quantity')}
              onChange={(e) => setQuantity(e.target.value)}
            />
            <SelectField
              label={t('guarantees.goalSecondDomain')}
              value={second}
              onChange={(e) => setSecond(e.target.value as ResponseType | '')}
              options={[['', t('guarantees.none')], ...responseOptions]}
            />
            {second && (
              <TextField
                label={t('guarantees.goalSecondQuantity')}
                type="number"
                min={0}
                step="any"
                required
                value={secondQuantity}
                error={fieldError('requirements.1.quantity')}
                onChange={(e) => setSecondQuantity(e.target.value)}
              />
            )}
            <TextField
              label={t('guarantees.byDay')}
              hint={t('guarantees.byDayHint')}
              type="number"
              min={0}
              max={90}
              required
              value={byDay}
              error={fieldError('byDay')}
              onChange={(e) => setByDay(e.target.value)}
            />
          </div>
          <SubmitActions busy={busy}>{t('guarantees.analyse')}</SubmitActions>
        </form>
      </Section>
      {busy && <Loading />}
      {answer && result && (
        <>
          <Section title={t('guarantees.power')} id="power">
            {answer.exercise && <p className="notice notice--warning">{t('guarantees.exerciseData')}</p>}
            {!result.grandCoalitionMeetsGoal ? (
              <p className="notice notice--warning" data-testid="goal-unreachable">
                {t('guarantees.goalUnreachable', { day: answer.byDay })}
              </p>
            ) : (
              <>
                <p data-testid="method">
                  {isEstimate(result)
                    ? t('guarantees.methodEstimate', {
                        samples: format.number(result.samples.shapley),
                        halfWidth: format.number(widestHalfWidth(result)),
                        seed: result.seed,
                      })
                    : t('guarantees.methodExact')}
                </p>
                <BarChart
                  label={t('guarantees.powerChart', { day: answer.byDay })}
                  rows={powerRows(result)}
                  series={[
                    { id: 'shapley', label: t('guarantees.shapley') },
                    { id: 'banzhaf', label: t('guarantees.banzhaf') },
                  ]}
                  formatValue={pct}
                />
                {powerless(result).length > 0 && (
                  <p className="soft-text" data-testid="powerless">
                    {t('guarantees.noPower', { parties: powerless(result).join(', ') })}
                  </p>
                )}
                {isEstimate(result) && (
                  <div className="data-table data-table__scroll">
                    <table data-testid="intervals">
                      <caption>{t('guarantees.intervals')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('guarantees.party')}</th>
                          <th scope="col">{t('guarantees.shapley')}</th>
                          <th scope="col">{t('guarantees.banzhaf')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {result.players
                          .filter((p) => p.shapley > 0 || p.banzhaf > 0)
                          .sort((x, y) => y.shapley - x.shapley)
                          .map((p) => (
                            <tr key={p.party}>
                              <th scope="row">{p.party}</th>
                              <td className="numeric">
                                {pct(percent(p.shapley))} ± {format.number(percent(p.shapleyHalfWidth))}
                              </td>
                              <td className="numeric">
                                {pct(percent(p.banzhaf))} ± {format.number(percent(p.banzhafHalfWidth))}
                              </td>
                            </tr>
                          ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </>
            )}
          </Section>
          {result.grandCoalitionMeetsGoal && (
            <Section title={t('guarantees.breakingSets')} id="breaking">
              {result.minimalBlockingSets.length === 0 ? (
                <p>{t('guarantees.noBreakingSets')}</p>
              ) : (
                <>
                  {vetoPlayers(result).length > 0 && (
                    <p data-testid="veto">
                      {t('guarantees.vetoPlayers', { parties: vetoPlayers(result).join(', ') })}
                    </p>
                  )}
                  <ul className="breaking-sets" data-testid="breaking-sets">
                    {result.minimalBlockingSets.slice(0, 60).map((set) => (
                      <li key={set.join('+')} className="status-chip status-chip--overdue">
                        {set.join(' + ')}
                      </li>
                    ))}
                  </ul>
                  {(!result.blockingSetsComplete || result.minimalBlockingSets.length > 60) && (
                    <p className="soft-text">{t('guarantees.breakingSetsPartial')}</p>
                  )}
                </>
              )}
            </Section>
          )}
          <Section title={t('guarantees.whatNumbersMean')} id="explained">
            <PivotalityExplained answer={answer} />
          </Section>
        </>
      )}
    </Page>
  );
}
