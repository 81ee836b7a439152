import { useState } from 'react';
import { api } from '../../api/client.js';
import { ProblemSummary } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Activation } from './guarantees-api.js';
import { RationaleField } from './rationale-field.js';

/** A coordinator confirms (the clocks start) or rejects a proposed activation, with rationale. */
export function DecisionForm({ activation, onDone }: { activation: Activation; onDone: () => void }) {
  const { t } = useI18n();
  const [rationale, setRationale] = useState('');
  const { busy, error, fieldError, run } = useSubmit();
  const decide = (decision: 'confirm' | 'reject') =>
    void run(() => api('POST', `guarantees/activations/${activation.id}/${decision}`, { rationale }), {
      onDone: () => onDone(),
    });
  return (
    <form
      data-testid="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        decide('confirm');
      }}
    >
      <ProblemSummary error={error} />
      <RationaleField
        label={t('guarantees.rationale')}
        hint={t('guarantees.decisionHint')}
        value={rationale}
        minLength={3}
        onChange={setRationale}
        error={fieldError('rationale')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={busy}>
          {t('guarantees.confirm')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || rationale.trim().length < 3}
          onClick={() => decide('reject')}
        >
          {t('guarantees.reject')}
        </button>
      </div>
    </form>
  );
}
