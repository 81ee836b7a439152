import { useState, type FormEvent } from 'react';
import { READINESS } from '../../../modules/force/force.model.js';
import type { Offer } from '../../../modules/force/force.schemas.js';
import { api } from '../../api/client.js';
import { ProblemSummary, SelectField, TextField } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * Records the next readiness step of an offer (or renews the current one), with its evidence.
 * Shown to planners and coordinators of the offer's party only; the server refuses others.
 */
export function ReadinessForm({ offer, onDone }: { offer: Offer; onDone: (offer: Offer) => void }) {
  const { t } = useI18n();
  const at = READINESS.indexOf(offer.readiness.level);
  // The ladder is climbed one level at a time; the current level may be renewed.
  const levels = READINESS.filter((_, i) => i === at || i === at + 1);
  const [level, setLevel] = useState<string>(levels[levels.length - 1]!);
  const [evidence, setEvidence] = useState('');
  const { busy, error, done, fieldError, run } = useSubmit({ clearOnStart: true });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { level, evidence: evidence.trim() };
    void run(() => api<Offer>('POST', `force/offers/${encodeURIComponent(offer.id)}/readiness`, body), {
      onDone: (updated) => {
        setEvidence('');
        onDone(updated);
      },
    });
  };

  return (
    <form className="form-grid" onSubmit={submit} aria-label={t('force.recordReadiness')}>
      <ProblemSummary error={error} />
      <SelectField
        label={t('force.level')}
        value={level}
        error={fieldError('level')}
        onChange={(e) => setLevel(e.target.value)}
        options={levels.map((l) => [l, t(`force.level.${l}`)] as const)}
      />
      <TextField
        label={t('force.evidence')}
        required
        value={evidence}
        error={fieldError('evidence')}
        onChange={(e) => setEvidence(e.target.value)}
      />
      <div>
        <button className="button button--primary" type="submit" disabled={busy}>
          {t('force.recordReadiness')}
        </button>
      </div>
      {done && <p role="status">{t('force.readinessRecorded')}</p>}
    </form>
  );
}
