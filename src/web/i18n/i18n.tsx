import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLocale, translate, type Locale } from './catalogue.js';
import { makeFormatter, type Formatter, type TimeZoneChoice } from './format.js';
import { dictionaries } from './dictionaries.js';

const LOCALE_KEY = 'guarantor.locale';
const ZONE_KEY = 'guarantor.timeZone';

/** What every component gets from `useI18n()`. */
export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The zone times are shown in; UTC unless the user asked for local time. */
  zone: TimeZoneChoice;
  setZone: (zone: TimeZoneChoice) => void;
  /** Translates a key, filling `{placeholders}` from `vars`. */
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** Whether a translation exists for the key (in English at least). */
  has: (key: string) => boolean;
  /** Numbers, dates and times in the language and zone. */
  format: Formatter;
}

const I18nContext = createContext<I18n | null>(null);

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode): the choice lasts for the page only
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // storage blocked: nothing to remember
  }
}

/** Provides the language and zone, remembered in localStorage, to the application. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    initialLocale(readStorage(LOCALE_KEY), navigator.languages ?? [navigator.language]),
  );
  const [zone, setZoneState] = useState<TimeZoneChoice>(() =>
    readStorage(ZONE_KEY) === 'local' ? 'local' : 'utc',
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    writeStorage(LOCALE_KEY, next);
    setLocaleState(next);
  }, []);
  const setZone = useCallback((next: TimeZoneChoice) => {
    writeStorage(ZONE_KEY, next);
    setZoneState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      zone,
      setZone,
      t: (key, vars) => translate(dictionaries, locale, key, vars),
      has: (key) => dictionaries.en.has(key),
      format: makeFormatter(locale, zone),
    }),
    [locale, zone, setLocale, setZone],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translation function, formatter and language controls. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
