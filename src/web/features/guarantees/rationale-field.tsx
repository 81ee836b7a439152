import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.js';

/** A labelled multi-line field for a rationale that goes on the record, with its error. */
export function RationaleField({
  label,
  value,
  onChange,
  error,
  hint,
  minLength,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  minLength?: number;
}) {
  const { t } = useI18n();
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field rationale-field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        <span className="field__required"> ({t('form.required')})</span>
      </label>
      <textarea
        id={id}
        rows={3}
        required
        minLength={minLength}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
