import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { navigate } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { CheckField, ProblemSummary, SelectField, TextField } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Activation, Trigger } from './guarantees-api.js';
import { RationaleField } from './rationale-field.js';

/**
 * A coordinator declares an activation by hand, with the rationale that goes on the record;
 * the clocks start at once and the page moves to the activation's board.
 */
export function DeclareForm({ triggers }: { triggers: readonly Trigger[] }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [rationale, setRationale] = useState('');
  const [triggerId, setTriggerId] = useState('');
  const [releasability, setReleasability] = useState<'coalition' | 'owner'>('coalition');
  // In a deployment holding exercise data, a declaration is an exercise unless said otherwise.
  const session = useSession();
  const [exercise, setExercise] = useState(session.status?.exercise === true);
  const { busy, error, fieldError, run } = useSubmit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      title,
      rationale,
      releasability,
      ...(triggerId ? { triggerId } : {}),
      ...(exercise ? { exercise: true } : {}),
    };
    void run(() => api<Activation>('POST', 'guarantees/activations', body), {
      onDone: (a) => navigate(`/guarantees/activations/${a.id}`),
    });
  };
  return (
    <form className="declare-form" data-testid="declare-form" onSubmit={submit}>
      <ProblemSummary error={error} />
      <div className="form-grid">
        <TextField
          label={t('guarantees.activationTitle')}
          value={title}
          required
          maxLength={300}
          error={fieldError('title')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField
          label={t('guarantees.trigger')}
          value={triggerId}
          onChange={(e) => setTriggerId(e.target.value)}
          options={[['', t('guarantees.noTrigger')], ...triggers.map((x) => [x.id, x.name] as const)]}
        />
        <SelectField
          label={t('guarantees.releasability')}
          value={releasability}
          onChange={(e) => setReleasability(e.target.value as 'coalition' | 'owner')}
          options={[
            ['coalition', t('guarantees.releasability.coalition')],
            ['owner', t('guarantees.releasability.owner')],
          ]}
        />
      </div>
      <RationaleField
        label={t('guarantees.rationale')}
        hint={t('guarantees.declareHint')}
        value={rationale}
        minLength={10}
        onChange={setRationale}
        error={fieldError('rationale')}
      />
      <div className="form-actions">
        <CheckField label={t('guarantees.markExercise')} checked={exercise} onChange={setExercise} />
        <button type="submit" className="button button--danger" disabled={busy}>
          {t('guarantees.declare')}
        </button>
      </div>
    </form>
  );
}
