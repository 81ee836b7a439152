import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { ProblemSummary, TextField, SubmitActions } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Delivery, NewDelivery } from './support-api.js';
import { sha256Hex } from '../../api/upload.js';

/**
 * Records a delivery against a pledge: date, items and/or EUR, and the evidence named by its
 * SHA-256 (picked from a file, hashed here, or pasted), which the server appends to the ledger.
 */
export function DeliveryForm({
  pledgeId,
  onRecorded,
}: {
  pledgeId: string;
  onRecorded: (d: Delivery) => void;
}) {
  const { t } = useI18n();
  const [deliveredOn, setDeliveredOn] = useState(new Date().toISOString().slice(0, 10));
  const [itemCount, setItemCount] = useState('');
  const [valueEur, setValueEur] = useState('');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, fieldError, fail, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewDelivery = {
      deliveredOn,
      evidenceSha256: evidence.trim().toLowerCase(),
      ...(itemCount ? { itemCount: Number(itemCount) } : {}),
      ...(valueEur ? { valueEur: Number(valueEur) } : {}),
      ...(note ? { note } : {}),
    };
    void run(
      () => api<Delivery>('POST', `support/pledges/${encodeURIComponent(pledgeId)}/deliveries`, body),
      {
        onDone: (delivery) => {
          setItemCount('');
          setValueEur('');
          setEvidence('');
          setNote('');
          onRecorded(delivery);
        },
      },
    );
  };

  return (
    <form className="form-grid" aria-label={t('support.recordDelivery')} onSubmit={submit}>
      <ProblemSummary error={error} />
      <TextField
        label={t('support.deliveredOn')}
        type="date"
        required
        value={deliveredOn}
        onChange={(e) => setDeliveredOn(e.target.value)}
        error={fieldError('deliveredOn')}
      />
      <TextField
        label={t('support.itemsDelivered')}
        type="number"
        min={1}
        step="any"
        value={itemCount}
        onChange={(e) => setItemCount(e.target.value)}
        error={fieldError('itemCount')}
      />
      <TextField
        label={t('support.valueDeliveredEur')}
        type="number"
        min={0}
        step="any"
        value={valueEur}
        onChange={(e) => setValueEur(e.target.value)}
        error={fieldError('valueEur')}
      />
      <TextField
        label={t('support.evidenceFile')}
        type="file"
        hint={t('support.evidenceFileHint')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void sha256Hex(file).then(setEvidence, fail);
        }}
      />
      <TextField
        label={t('support.evidenceSha256')}
        required
        pattern="[0-9a-fA-F]{64}"
        className="hash"
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
        error={fieldError('evidenceSha256')}
      />
      <TextField
        label={t('support.note')}
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError('note')}
      />
      <SubmitActions busy={busy}>{t('support.recordDelivery')}</SubmitActions>
    </form>
  );
}
