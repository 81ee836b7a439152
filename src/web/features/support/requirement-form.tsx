import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { ProblemSummary, SelectField, TextField, SubmitActions } from '../../components/form.js';
import { useSubmit } from '../../components/use-submit.js';
import { useI18n } from '../../i18n/i18n.js';
import { CAPABILITY_ORDER } from './capabilities.js';
import type { Capability, Coalition, Requirement } from './support-api.js';
import type { NewRequirement } from '../../../modules/support/support.schemas.js';

const RELEASABILITY = ['coalition', 'owner', 'public'] as const;

/**
 * States a requirement of Ukraine (its planners and coordinators, or NATO's): capability,
 * title, quantity and unit, priority, needed-by date, capability coalition, releasability.
 */
export function RequirementForm({
  coalitions,
  onSaved,
}: {
  coalitions: readonly Coalition[];
  onSaved: (r: Requirement) => void;
}) {
  const { t } = useI18n();
  const [capability, setCapability] = useState<Capability>('air-defence');
  const [title, setTitle] = useState('');
  const [quantity, setQuantity] = useState('');
  const [unit, setUnit] = useState('');
  const [priority, setPriority] = useState('');
  const [neededBy, setNeededBy] = useState('');
  const [coalitionId, setCoalition] = useState('');
  const [releasability, setReleasability] = useState<(typeof RELEASABILITY)[number]>('coalition');
  const { error, fieldError, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewRequirement = {
      capability,
      title,
      priority: Number(priority),
      releasability,
      ...(quantity ? { quantity: Number(quantity) } : {}),
      ...(unit ? { unit } : {}),
      ...(neededBy ? { neededBy } : {}),
      ...(coalitionId ? { coalitionId } : {}),
    };
    void run(() => api<Requirement>('POST', 'support/requirements', body), {
      onDone: (created) => {
        setTitle('');
        setQuantity('');
        setUnit('');
        setPriority('');
        setNeededBy('');
        onSaved(created);
      },
    });
  };

  return (
    <form className="form-grid" aria-label={t('support.stateRequirement')} onSubmit={submit}>
      <ProblemSummary error={error} />
      <SelectField
        label={t('support.capability')}
        value={capability}
        onChange={(e) => setCapability(e.target.value as Capability)}
        options={CAPABILITY_ORDER.map((c) => [c, t(`support.capability.${c}`)] as const)}
        error={fieldError('capability')}
      />
      <TextField
        label={t('support.requirementTitle')}
        required
        maxLength={300}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError('title')}
      />
      <TextField
        label={t('support.priority')}
        type="number"
        required
        value={priority}
        onChange={(e) => setPriority(e.target.value)}
        error={fieldError('priority')}
      />
      <TextField
        label={t('support.quantity')}
        type="number"
        step="any"
        value={quantity}
        onChange={(e) => setQuantity(e.target.value)}
        error={fieldError('quantity')}
      />
      <TextField
        label={t('support.unit')}
        maxLength={50}
        value={unit}
        onChange={(e) => setUnit(e.target.value)}
        error={fieldError('unit')}
      />
      <TextField
        label={t('support.neededBy')}
        type="date"
        value={neededBy}
        onChange={(e) => setNeededBy(e.target.value)}
        error={fieldError('neededBy')}
      />
      <SelectField
        label={t('support.coalition')}
        value={coalitionId}
        onChange={(e) => setCoalition(e.target.value)}
        options={[['', t('support.noCoalition')], ...coalitions.map((c) => [c.id, c.name] as const)]}
        error={fieldError('coalitionId')}
      />
      <SelectField
        label={t('support.releasability')}
        value={releasability}
        onChange={(e) => setReleasability(e.target.value as (typeof RELEASABILITY)[number])}
        options={RELEASABILITY.map((r) => [r, t(`support.releasability.${r}`)] as const)}
        error={fieldError('releasability')}
      />
      <SubmitActions>{t('support.stateRequirement')}</SubmitActions>
    </form>
  );
}
