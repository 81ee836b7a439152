import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { ApiProblem } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { problemFieldErrors } from './problem-fields.js';

interface FieldChrome {
  label: string;
  /** Message under the field, announced and linked by `aria-describedby`. */
  error?: string;
  hint?: string;
}

function Chrome({
  id,
  label,
  error,
  hint,
  required,
  className,
  children,
}: FieldChrome & { id: string; required?: boolean; className?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`field${className ? ` ${className}` : ''}${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      {children}
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

/** The attributes that tie a control to its label, hint and error. */
function controlProps(id: string, error?: string, hint?: string) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
  };
}

/** A labelled text input showing its error (from a problem) under it. */
export function TextField({
  label,
  error,
  hint,
  ...input
}: FieldChrome & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Chrome id={id} label={label} error={error} hint={hint} required={input.required}>
      <input {...controlProps(id, error, hint)} {...input} />
    </Chrome>
  );
}

/** A labelled multi-line text field; `fieldClassName` is added to the field's wrapper. */
export function TextAreaField({
  label,
  error,
  hint,
  fieldClassName,
  ...textarea
}: FieldChrome & TextareaHTMLAttributes<HTMLTextAreaElement> & { fieldClassName?: string }) {
  const id = useId();
  return (
    <Chrome
      id={id}
      label={label}
      error={error}
      hint={hint}
      required={textarea.required}
      className={fieldClassName}
    >
      <textarea {...controlProps(id, error, hint)} {...textarea} />
    </Chrome>
  );
}

/** A checkbox with its label beside it, inline in a row of actions or filters. */
export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="field--inline check-field">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** A labelled select with its options as `[value, text]` pairs. */
export function SelectField({
  label,
  error,
  hint,
  options,
  ...select
}: FieldChrome &
  SelectHTMLAttributes<HTMLSelectElement> & { options: readonly (readonly [string, string])[] }) {
  const id = useId();
  return (
    <Chrome id={id} label={label} error={error} hint={hint} required={select.required}>
      <select {...controlProps(id, error, hint)} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Chrome>
  );
}

/**
 * The summary of a refused request: the problem's detail and each field it names, shown at
 * the top of the form and announced.
 */
export function ProblemSummary({ error }: { error: Error | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  const fields = Object.entries(problemFieldErrors(problem));
  return (
    <div className="problem" role="alert">
      <p>{t('form.problem', { detail: problem?.detail ?? problem?.title ?? error.message })}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([field, detail]) => (
            <li key={field}>{field ? t('form.fieldProblem', { field, detail }) : detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The notice that the form's last write succeeded, at the top of a form grid and announced
 * politely; nothing while `shown` is false.
 */
export function SuccessNotice({ shown, children }: { shown: boolean; children: ReactNode }) {
  if (!shown) return null;
  return (
    <p className="notice form-actions" role="status">
      {children}
    </p>
  );
}

/**
 * The row under a form with its primary submit button, disabled while `busy` (a write runs).
 *
 * @example <SubmitActions busy={busy}>{t('common.save')}</SubmitActions>
 */
export function SubmitActions({ busy, children }: { busy?: boolean; children: ReactNode }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {children}
      </button>
    </div>
  );
}

/** The message for one field of a refused request, for a field's `error` prop. */
export function fieldError(error: Error | undefined, field: string): string | undefined {
  return error instanceof ApiProblem ? problemFieldErrors(error.problem)[field] : undefined;
}
