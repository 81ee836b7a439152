import { useEffect, useId } from 'react';
import { useI18n } from '../../i18n/i18n.js';

/** Step lengths of the slider, in seconds. */
export const STEP_SECONDS = { day: 86_400, hour: 3_600 } as const;
/** A step length of the slider. */
export type StepKind = keyof typeof STEP_SECONDS;

// One step a second reads as a play-back; faster hides what changed.
const PLAY_INTERVAL_MS = 1000;

/**
 * The time slider of the operational map: the period cut into days or hours, a range input
 * choosing one step (or the whole period), and a play-back that advances a step a second.
 * `value` is the index of the shown step, `null` for the whole period.
 */
export function TimeSlider({
  steps,
  stepKind,
  value,
  playing,
  onStepKind,
  onChange,
  onPlaying,
}: {
  /** Start of each step, seconds since the Unix epoch. */
  steps: readonly number[];
  stepKind: StepKind;
  value: number | null;
  playing: boolean;
  onStepKind: (kind: StepKind) => void;
  onChange: (index: number | null) => void;
  onPlaying: (playing: boolean) => void;
}) {
  const { t, format } = useI18n();
  const id = useId();
  const last = steps.length - 1;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = value === null || value >= last ? 0 : value + 1;
      onChange(next);
      if (next >= last) onPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, value, last, onChange, onPlaying]);

  const start = value === null ? undefined : steps[value];
  const windowText =
    start === undefined
      ? t('monitoring.slider.whole')
      : t('monitoring.slider.window', {
          from: format.dateTime(new Date(start * 1000).toISOString()),
          to: format.dateTime(new Date((start + STEP_SECONDS[stepKind]) * 1000).toISOString()),
        });

  return (
    <fieldset className="time-slider" data-testid="time-slider">
      <legend>{t('monitoring.slider.title')}</legend>
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-step`}>
            {t('monitoring.slider.step')}
          </label>
          <select id={`${id}-step`} value={stepKind} onChange={(e) => onStepKind(e.target.value as StepKind)}>
            <option value="day">{t('monitoring.slider.day')}</option>
            <option value="hour">{t('monitoring.slider.hour')}</option>
          </select>
        </div>
        <div className="field time-slider__range">
          <label className="field__label" htmlFor={`${id}-range`}>
            {t('monitoring.slider.position')}
          </label>
          <input
            id={`${id}-range`}
            type="range"
            min={0}
            max={Math.max(0, last)}
            step={1}
            value={value ?? 0}
            disabled={steps.length === 0}
            aria-valuetext={windowText}
            onChange={(e) => onChange(Number(e.target.value))}
          />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            aria-pressed={playing}
            disabled={steps.length < 2}
            onClick={() => onPlaying(!playing)}
          >
            {playing ? t('monitoring.slider.pause') : t('monitoring.slider.play')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={value === null}
            onClick={() => (onPlaying(false), onChange(null))}
          >
            {t('monitoring.slider.all')}
          </button>
        </div>
      </div>
      <output htmlFor={`${id}-range`} data-testid="slider-window">
        {windowText}
      </output>
    </fieldset>
  );
}
