import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { ProblemSummary, TextField, SubmitActions } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Trigger } from './guarantees-api.js';
import { partyCodes } from './simulation-view.js';

/** The answer of `POST triggers/{id}/evaluate`, as the page shows it. */
interface Evaluation {
  met: boolean;
  count: number;
  minCount: number;
  peak: { count: number; ratio: number; windowStart: string | null };
  activationId: string | null;
}

const DAY = 86_400_000;

/**
 * Evaluates a trigger now and says how close the last 30 days came to it (its busiest
 * window); when the rule is met, the platform raises the proposal and `onRaised` reloads.
 */
export function EvaluateTrigger({ trigger, onRaised }: { trigger: Trigger; onRaised: () => void }) {
  const { t, format } = useI18n();
  const [answer, setAnswer] = useState<Evaluation>();
  const { error, run } = useSubmit();
  const body = () => ({ from: new Date(Date.now() - 30 * DAY).toISOString() });
  return (
    <div className="trigger-evaluation">
      <ProblemSummary error={error} />
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          void run(() => api<Evaluation>('POST', `guarantees/triggers/${trigger.id}/evaluate`, body()), {
            onDone: (e) => {
              setAnswer(e);
              if (e.activationId) onRaised();
            },
          })
        }
      >
        {t('guarantees.evaluateNow')}
      </button>
      {answer && (
        <p role="status" data-testid="evaluation">
          {answer.met
            ? t('guarantees.evaluationMet', { count: answer.count, min: answer.minCount })
            : t('guarantees.evaluationNotMet', { count: answer.count, min: answer.minCount })}{' '}
          {t('guarantees.evaluationPeak', {
            count: answer.peak.count,
            percent: format.number(Math.round(answer.peak.ratio * 100)),
          })}
        </p>
      )}
    </div>
  );
}

/** A coordinator defines a trigger: which verified incidents, how many, within how long. */
export function TriggerForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [categories, setCategories] = useState('ground-assault');
  const [minSeverity, setMinSeverity] = useState('3');
  const [minCount, setMinCount] = useState('3');
  const [windowHours, setWindowHours] = useState('24');
  const [attributedTo, setAttributedTo] = useState('');
  const { busy, error, fieldError, run } = useSubmit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        api<Trigger>('POST', 'guarantees/triggers', {
          name,
          rule: {
            categories: categories
              .split(/[\s,;]+/)
              .map((c) => c.trim().toLowerCase())
              .filter((c) => c !== ''),
            minSeverity: Number(minSeverity),
            minCount: Number(minCount),
            windowHours: Number(windowHours),
            attributedTo: partyCodes(attributedTo),
          },
          releasability: 'coalition',
        }),
      {
        onDone: () => {
          setName('');
          onCreated();
        },
      },
    );
  };
  return (
    <form data-testid="trigger-form" onSubmit={submit}>
      <ProblemSummary error={error} />
      <div className="form-grid">
        <TextField
          label={t('guarantees.triggerName')}
          value={name}
          required
          maxLength={200}
          error={fieldError('name')}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('guarantees.categories')}
          hint={t('guarantees.categoriesHint')}
          value={categories}
          required
          error={fieldError('rule.categories')}
          onChange={(e) => setCategories(e.target.value)}
        />
        <TextField
          label={t('guarantees.minSeverity')}
          type="number"
          min={1}
          max={4}
          required
          value={minSeverity}
          error={fieldError('rule.minSeverity')}
          onChange={(e) => setMinSeverity(e.target.value)}
        />
        <TextField
          label={t('guarantees.minCount')}
          type="number"
          min={1}
          required
          value={minCount}
          error={fieldError('rule.minCount')}
          onChange={(e) => setMinCount(e.target.value)}
        />
        <TextField
          label={t('guarantees.windowHours')}
          type="number"
          min={1}
          max={8760}
          required
          value={windowHours}
          error={fieldError('rule.windowHours')}
          onChange={(e) => setWindowHours(e.target.value)}
        />
        <TextField
          label={t('guarantees.attributedTo')}
          hint={t('guarantees.attributedToHint')}
          value={attributedTo}
          error={fieldError('rule.attributedTo')}
          onChange={(e) => setAttributedTo(e.target.value)}
        />
      </div>
      <SubmitActions busy={busy}>{t('guarantees.defineTrigger')}</SubmitActions>
    </form>
  );
}
