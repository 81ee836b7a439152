import { useI18n } from '../i18n/i18n.js';

/**
 * A horizontal bar showing `value` of `max` (e.g. offers against a requirement), with the
 * figures as text beside it; over-filled bars are capped visually and marked.
 */
export function FillBar({
  label,
  value,
  max,
  unit,
}: {
  label: string;
  value: number;
  max: number;
  unit?: string;
}) {
  const { format } = useI18n();
  const ratio = max > 0 ? value / max : 0;
  const percent = Math.max(0, Math.min(100, ratio * 100));
  const tone = ratio >= 1 ? 'full' : ratio >= 0.5 ? 'partial' : 'low';
  return (
    <div className="fill-bar">
      <div className="fill-bar__label">
        <span>{label}</span>
        <span className="fill-bar__figures">
          {format.number(value)} / {format.number(max)}
          {unit ? ` ${unit}` : ''} ({format.number(ratio, { style: 'percent', maximumFractionDigits: 0 })})
        </span>
      </div>
      <div
        className={`fill-bar__track fill-bar__track--${tone}`}
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
      >
        <div className="fill-bar__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
