import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { fieldError, ProblemSummary, SelectField, TextField } from '../../components/form.js';
import { useI18n } from '../../i18n/i18n.js';
import type { AlertRule } from '../../../modules/monitoring/alerts.present.js';
import type { AlertRuleParams } from '../../../modules/monitoring/alerts.rules.js';
import { CATEGORY_NAMES } from '../../../modules/monitoring/taxonomy.js';
import { categoryKey } from './strings-taxonomy.js';

/** Kinds of alert rule the API knows. */
export const RULE_KINDS = [
  'category-count',
  'incident-severity',
  'incident-attributed',
  'ground-assault-across-line',
] as const;

/** The box typed as `minLon,minLat,maxLon,maxLat`; empty means everywhere. */
function parseBox(text: string): number[] | undefined {
  const parts = text.split(',').map((p) => p.trim());
  return text.trim() === '' ? undefined : parts.map(Number);
}

/** The parameters of the form's state, as the API takes them. */
export function ruleParamsOf(f: Record<string, string>): AlertRuleParams {
  const bbox = parseBox(f.bbox ?? '');
  switch (f.kind ?? 'category-count') {
    case 'incident-severity':
      return { kind: 'incident-severity', minSeverity: Number(f.minSeverity) };
    case 'incident-attributed':
      return { kind: 'incident-attributed', party: f.party ?? '' };
    case 'ground-assault-across-line':
      return { kind: 'ground-assault-across-line', ...(bbox ? { bbox } : {}) };
    default:
      return {
        kind: 'category-count',
        category: f.category ?? 'explosion',
        count: Number(f.count),
        windowMinutes: Number(f.windowMinutes),
        ...(bbox ? { bbox } : {}),
      };
  }
}

function stateOf(rule: AlertRule | undefined): Record<string, string> {
  const p = (rule?.params ?? {}) as Record<string, unknown>;
  const num = (v: unknown, fallback: number) => String(typeof v === 'number' ? v : fallback);
  return {
    name: rule?.name ?? '',
    kind: rule?.params.kind ?? 'category-count',
    category: typeof p.category === 'string' ? p.category : 'explosion',
    count: num(p.count, 10),
    windowMinutes: num(p.windowMinutes, 60),
    minSeverity: num(p.minSeverity, 3),
    party: typeof p.party === 'string' ? p.party : '',
    bbox: Array.isArray(p.bbox) ? p.bbox.join(',') : '',
    webhookUrl: rule?.webhookUrl ?? '',
    enabled: rule?.enabled === false ? 'no' : 'yes',
  };
}

/**
 * Creates or edits an alert rule of the user's party. Fields follow the kind; the API's
 * problems are shown at the top and under the field they name. On creation with a webhook,
 * the secret is shown once by the caller (`onSaved` receives it).
 */
export function AlertRuleForm({
  rule,
  onSaved,
  onCancel,
}: {
  rule?: AlertRule;
  onSaved: (saved: AlertRule & { webhookSecret?: string | null }) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [f, setF] = useState(() => stateOf(rule));
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const set = (key: string) => (e: { target: { value: string } }) => setF({ ...f, [key]: e.target.value });
  const err = (field: string) => fieldError(error, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const body = {
      name: f.name,
      params: ruleParamsOf(f),
      webhookUrl: f.webhookUrl?.trim() ? f.webhookUrl.trim() : null,
      enabled: f.enabled === 'yes',
    };
    try {
      const saved = rule
        ? await api<AlertRule>('PATCH', `alerts/rules/${rule.id}`, body)
        : await api<AlertRule & { webhookSecret: string | null }>('POST', 'alerts/rules', body);
      setError(undefined);
      if (!rule) setF(stateOf(undefined));
      onSaved(saved);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const kind = f.kind;
  const hasBox = kind === 'category-count' || kind === 'ground-assault-across-line';
  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="alert-rule-form">
      <ProblemSummary error={error} />
      <TextField
        label={t('monitoring.alerts.name')}
        value={f.name}
        onChange={set('name')}
        required
        error={err('name')}
      />
      <SelectField
        label={t('monitoring.alerts.kind')}
        value={kind}
        onChange={set('kind')}
        options={RULE_KINDS.map((k) => [k, t(`monitoring.alerts.kind.${k}`)] as const)}
      />
      {kind === 'category-count' && (
        <>
          <SelectField
            label={t('monitoring.category')}
            value={f.category}
            onChange={set('category')}
            options={CATEGORY_NAMES.map((c) => [c, t(categoryKey(c))] as const)}
            error={err('params.category')}
          />
          <TextField
            label={t('monitoring.alerts.count')}
            type="number"
            min={1}
            value={f.count}
            onChange={set('count')}
            error={err('params.count')}
          />
          <TextField
            label={t('monitoring.alerts.window')}
            type="number"
            min={1}
            value={f.windowMinutes}
            onChange={set('windowMinutes')}
            error={err('params.windowMinutes')}
          />
        </>
      )}
      {kind === 'incident-severity' && (
        <SelectField
          label={t('monitoring.alerts.minSeverity')}
          value={f.minSeverity}
          onChange={set('minSeverity')}
          options={['1', '2', '3', '4'].map((s) => [s, s] as const)}
        />
      )}
      {kind === 'incident-attributed' && (
        <TextField
          label={t('monitoring.alerts.party')}
          value={f.party}
          onChange={set('party')}
          error={err('params.party')}
        />
      )}
      {hasBox && (
        <TextField
          label={t('monitoring.alerts.bbox')}
          hint={t('monitoring.alerts.bboxHint')}
          value={f.bbox}
          onChange={set('bbox')}
          error={err('params.bbox')}
        />
      )}
      <TextField
        label={t('monitoring.alerts.webhook')}
        type="url"
        value={f.webhookUrl}
        onChange={set('webhookUrl')}
        error={err('webhookUrl')}
      />
      <SelectField
        label={t('monitoring.alerts.enabled')}
        value={f.enabled}
        onChange={set('enabled')}
        options={[
          ['yes', t('monitoring.alerts.on')],
          ['no', t('monitoring.alerts.off')],
        ]}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {rule ? t('monitoring.alerts.saveRule') : t('monitoring.alerts.createRule')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('monitoring.alerts.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
