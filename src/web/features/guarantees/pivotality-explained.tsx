import { useI18n } from '../../i18n/i18n.js';
import type { PivotalityAnswer } from './guarantees-api.js';
import { powerRows } from './pivotality-view.js';

/**
 * What the numbers mean, in plain words, with the top party of this very answer as the
 * example, so that a delegation reads "GBR 42 %" as a fact about this goal, not a ranking.
 */
export function PivotalityExplained({ answer }: { answer: PivotalityAnswer }) {
  const { t, format } = useI18n();
  const top = powerRows(answer.result)[0];
  const goal = answer.requirements
    .map((r) => `${format.number(r.quantity)} ${t(`guarantees.response.${r.response}`)}`)
    .join(' + ');
  return (
    <div className="explained">
      <p>{t('guarantees.explainGoal', { goal, day: answer.byDay })}</p>
      <p>{t('guarantees.explainShapley')}</p>
      {top && answer.result.grandCoalitionMeetsGoal && (
        <p>
          {t('guarantees.explainExample', {
            party: top.label,
            shapley: format.number(top.values[0] ?? 0),
            banzhaf: format.number(top.values[1] ?? 0),
          })}
        </p>
      )}
      <p>{t('guarantees.explainBanzhaf')}</p>
      <p>{t('guarantees.explainBreaking')}</p>
      <p>{t('guarantees.explainBasis')}</p>
    </div>
  );
}
