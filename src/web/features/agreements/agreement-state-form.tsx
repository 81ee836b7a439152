import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import {
  ProblemSummary,
  SelectField,
  SuccessNotice,
  TextField,
  SubmitActions,
} from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import { RATIFICATION_STATES, type Agreement, type AgreementPatch } from './agreements-api.js';
import { sha256Hex } from '../../api/upload.js';

/**
 * Records an agreement's state: entry into force, review date, ratification and the signed
 * document's SHA-256 (hashed in the browser; the document itself is not sent). Only changed
 * fields are sent; the server records the change on the ledger.
 */
export function AgreementStateForm({ agreement: a, onSaved }: { agreement: Agreement; onSaved: () => void }) {
  const { t } = useI18n();
  const [entryIntoForceOn, setEntry] = useState(a.entryIntoForceOn ?? '');
  const [reviewOn, setReview] = useState(a.reviewOn ?? '');
  const [required, setRequired] = useState(
    a.ratificationRequired === null ? '' : String(a.ratificationRequired),
  );
  const [state, setState] = useState<string>(a.ratificationState);
  const [sha, setSha] = useState(a.documentSha256 ?? '');
  const [url, setUrl] = useState(a.documentUrl ?? '');
  const { error, done: saved, fieldError, fail, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch: AgreementPatch = {
      ...(entryIntoForceOn && entryIntoForceOn !== a.entryIntoForceOn ? { entryIntoForceOn } : {}),
      ...(reviewOn && reviewOn !== a.reviewOn ? { reviewOn } : {}),
      ...(required !== (a.ratificationRequired === null ? '' : String(a.ratificationRequired))
        ? { ratificationRequired: required === '' ? null : required === 'true' }
        : {}),
      ...(state !== a.ratificationState
        ? { ratificationState: state as AgreementPatch['ratificationState'] }
        : {}),
      ...(sha && sha !== a.documentSha256 ? { documentSha256: sha.trim().toLowerCase() } : {}),
      ...(url && url !== a.documentUrl ? { documentUrl: url.trim() } : {}),
    };
    if (Object.keys(patch).length === 0) return;
    void run(() => api<Agreement>('PATCH', `agreements/${encodeURIComponent(a.id)}`, patch), {
      onDone: () => onSaved(),
    });
  };

  return (
    <form className="form-grid" aria-label={t('agreements.updateState')} onSubmit={submit}>
      <ProblemSummary error={error} />
      <SuccessNotice shown={saved}>{t('agreements.saved')}</SuccessNotice>
      <TextField
        label={t('agreements.entryIntoForce')}
        type="date"
        value={entryIntoForceOn}
        onChange={(e) => setEntry(e.target.value)}
        error={fieldError('entryIntoForceOn')}
      />
      <TextField
        label={t('agreements.review')}
        type="date"
        value={reviewOn}
        onChange={(e) => setReview(e.target.value)}
        error={fieldError('reviewOn')}
      />
      <SelectField
        label={t('agreements.ratificationRequired')}
        value={required}
        onChange={(e) => setRequired(e.target.value)}
        options={[
          ['', t('common.unknown')],
          ['true', t('common.yes')],
          ['false', t('common.no')],
        ]}
        error={fieldError('ratificationRequired')}
      />
      <SelectField
        label={t('agreements.ratificationState')}
        value={state}
        onChange={(e) => setState(e.target.value)}
        options={RATIFICATION_STATES.map((s) => [s, t(`agreements.ratification.${s}`)] as const)}
        error={fieldError('ratificationState')}
      />
      <TextField
        label={t('agreements.documentFile')}
        type="file"
        hint={t('agreements.documentFileHint')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void sha256Hex(file).then(setSha, fail);
        }}
      />
      <TextField
        label={t('agreements.documentSha256')}
        pattern="[0-9a-fA-F]{64}"
        value={sha}
        onChange={(e) => setSha(e.target.value)}
        error={fieldError('documentSha256')}
      />
      <TextField
        label={t('agreements.documentUrl')}
        type="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={fieldError('documentUrl')}
      />
      <SubmitActions>{t('common.save')}</SubmitActions>
    </form>
  );
}
