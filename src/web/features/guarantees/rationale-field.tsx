import { TextAreaField } from '../../components/form.js';

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
  return (
    <TextAreaField
      fieldClassName="rationale-field"
      label={label}
      hint={hint}
      error={error}
      rows={3}
      required
      minLength={minLength}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
