import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { ProblemSummary, TextField, SubmitActions } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Tranche } from './support-api.js';

/**
 * Updates a tranche's pledged, funded and delivered amounts (the list's owner). The server
 * refuses funded above pledged and delivered above funded, naming the field.
 */
export function TrancheForm({ tranche, onSaved }: { tranche: Tranche; onSaved: () => void }) {
  const { t } = useI18n();
  const [pledged, setPledged] = useState(String(tranche.pledged));
  const [funded, setFunded] = useState(String(tranche.funded));
  const [delivered, setDelivered] = useState(String(tranche.delivered));
  const { error, fieldError, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { pledged: Number(pledged), funded: Number(funded), delivered: Number(delivered) };
    void run(() => api<Tranche>('PATCH', `support/tranches/${encodeURIComponent(tranche.id)}`, body), {
      onDone: () => onSaved(),
    });
  };

  const field = (label: string, name: string, value: string, set: (v: string) => void) => (
    <TextField
      label={`${label} (${tranche.currency})`}
      type="number"
      min={0}
      step="any"
      required
      value={value}
      onChange={(e) => set(e.target.value)}
      error={fieldError(name)}
    />
  );
  return (
    <form
      className="form-grid"
      aria-label={t('support.updateTranche', { label: tranche.label })}
      onSubmit={submit}
    >
      <ProblemSummary error={error} />
      {field(t('support.tranchePledged'), 'pledged', pledged, setPledged)}
      {field(t('support.trancheFunded'), 'funded', funded, setFunded)}
      {field(t('support.trancheDelivered'), 'delivered', delivered, setDelivered)}
      <SubmitActions>{t('support.updateTranche', { label: tranche.label })}</SubmitActions>
    </form>
  );
}
