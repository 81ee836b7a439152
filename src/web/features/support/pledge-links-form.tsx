import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ProblemSummary, SelectField, SuccessNotice, SubmitActions } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Agreement } from '../../../modules/agreements/agreements.schemas.js';
import type { Coalition, ListOf, Pledge, PledgeLinks, Requirement } from './support-api.js';

/**
 * Changes what a pledge answers: the requirement, capability coalition and agreement it counts
 * towards (the donor's planners and coordinators). Only changed links are sent; an empty
 * choice unlinks.
 */
export function PledgeLinksForm({ pledge, onSaved }: { pledge: Pledge; onSaved: () => void }) {
  const { t } = useI18n();
  const requirements = useApi<ListOf<Requirement>>('support/requirements', { limit: 1000 });
  const coalitions = useApi<ListOf<Coalition>>('support/coalitions');
  const agreements = useApi<ListOf<Agreement>>('agreements', pledge.donor ? { partner: pledge.donor } : {});
  const [requirementId, setRequirement] = useState(pledge.requirementId ?? '');
  const [coalitionId, setCoalition] = useState(pledge.coalitionId ?? '');
  const [agreementId, setAgreement] = useState(pledge.agreementId ?? '');
  const { error, done: saved, fieldError, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const change = (value: string, before: string | null) =>
      value === (before ?? '') ? undefined : value === '' ? null : value;
    const links: PledgeLinks = {};
    const r = change(requirementId, pledge.requirementId);
    const c = change(coalitionId, pledge.coalitionId);
    const a = change(agreementId, pledge.agreementId);
    if (r !== undefined) links.requirementId = r;
    if (c !== undefined) links.coalitionId = c;
    if (a !== undefined) links.agreementId = a;
    if (Object.keys(links).length === 0) return;
    void run(() => api<Pledge>('PATCH', `support/pledges/${encodeURIComponent(pledge.id)}`, links), {
      onDone: () => onSaved(),
    });
  };

  const none: [string, string] = ['', t('support.noLink')];
  return (
    <form className="form-grid" aria-label={t('support.editLinks')} onSubmit={submit}>
      <ProblemSummary error={error} />
      <SuccessNotice shown={saved}>{t('support.linksSaved')}</SuccessNotice>
      <SelectField
        label={t('support.requirement')}
        value={requirementId}
        onChange={(e) => setRequirement(e.target.value)}
        options={[
          none,
          ...(requirements.data?.items ?? []).map((x) => [x.id, `P${x.priority} · ${x.title}`] as const),
        ]}
        error={fieldError('requirementId')}
      />
      <SelectField
        label={t('support.coalition')}
        value={coalitionId}
        onChange={(e) => setCoalition(e.target.value)}
        options={[none, ...(coalitions.data?.items ?? []).map((x) => [x.id, x.name] as const)]}
        error={fieldError('coalitionId')}
      />
      <SelectField
        label={t('support.agreement')}
        value={agreementId}
        onChange={(e) => setAgreement(e.target.value)}
        options={[none, ...(agreements.data?.items ?? []).map((x) => [x.id, x.title] as const)]}
        error={fieldError('agreementId')}
      />
      <SubmitActions>{t('common.save')}</SubmitActions>
    </form>
  );
}
