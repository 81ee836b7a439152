import type { Headline } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

/** Turns an untranslated key (`force.openLines`) into readable words as a last resort. */
export function humanizeKey(key: string): string {
  const last = key.split('.').pop() ?? key;
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The headline figures of one module as a list of labelled numbers; labels come from the
 * module's feature strings (the figure's key is its translation key).
 */
export function HeadlineFigures({ module, headlines }: { module: string; headlines: readonly Headline[] }) {
  const { t, has, format } = useI18n();
  const title = has(`${module}.title`) ? t(`${module}.title`) : humanizeKey(module);
  return (
    <dl className="figures" aria-label={title}>
      {headlines.map((h) => (
        <div className="figure" key={h.key} data-key={h.key}>
          <dt>{has(h.key) ? t(h.key) : humanizeKey(h.key)}</dt>
          <dd>
            <span className="figure__value">{format.number(h.value)}</span>
            {h.change !== undefined && h.change !== 0 && (
              <span className={`figure__change figure__change--${h.change > 0 ? 'up' : 'down'}`}>
                {t('overview.change', {
                  change: format.number(h.change, { signDisplay: 'always' }),
                })}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
