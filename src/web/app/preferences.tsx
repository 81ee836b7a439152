import { useId } from 'react';
import { LOCALE_NAMES, LOCALES, isLocale } from '../i18n/catalogue.js';
import { useI18n } from '../i18n/i18n.js';

/** Language and time-zone switches, available on every page including sign-in. */
export function Preferences() {
  const { t, locale, setLocale, zone, setZone } = useI18n();
  const languageId = useId();
  const zoneId = useId();
  return (
    <div className="preferences">
      <label htmlFor={languageId} className="visually-hidden">
        {t('app.language')}
      </label>
      <select
        id={languageId}
        data-testid="language"
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <label htmlFor={zoneId} className="visually-hidden">
        {t('app.timeZone')}
      </label>
      <select
        id={zoneId}
        data-testid="time-zone"
        value={zone}
        onChange={(e) => setZone(e.target.value === 'local' ? 'local' : 'utc')}
      >
        <option value="utc">{t('app.timeZone.utc')}</option>
        <option value="local">{t('app.timeZone.local')}</option>
      </select>
    </div>
  );
}
