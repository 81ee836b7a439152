/** The languages of the application: English, French and Ukrainian. */
export const LOCALES = ['en', 'fr', 'uk'] as const;
/** One language of the application. */
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags used for `Intl` formatting of each language. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', uk: 'uk-UA' };

/** Name of each language in that language, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', uk: 'Українська' };

/**
 * A feature's translation strings: the same keys in all three languages. Keys are namespaced
 * by module (`coalition.parties`), so catalogues from different features never collide.
 */
export interface Catalogue<K extends string = string> {
  en: Record<K, string>;
  fr: Record<K, string>;
  uk: Record<K, string>;
}

/**
 * Declares a catalogue; the compiler refuses it when French or Ukrainian lacks a key that
 * English has, or has one English lacks.
 *
 * @example
 * export const strings = defineStrings({
 *   en: { 'ledger.title': 'Ledger' },
 *   fr: { 'ledger.title': 'Registre' },
 *   uk: { 'ledger.title': 'Реєстр' },
 * });
 */
export function defineStrings<K extends string>(catalogue: {
  en: Record<K, string>;
  fr: Record<NoInfer<K>, string>;
  uk: Record<NoInfer<K>, string>;
}): Catalogue<K> {
  return catalogue;
}

/** Merges catalogues into one dictionary per language; a later duplicate key is an error. */
export function mergeCatalogues(catalogues: readonly Catalogue[]): Record<Locale, Map<string, string>> {
  const merged = {
    en: new Map<string, string>(),
    fr: new Map<string, string>(),
    uk: new Map<string, string>(),
  };
  for (const catalogue of catalogues) {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(catalogue[locale])) {
        if (locale === 'en' && merged.en.has(key)) throw new Error(`translation key ${key} is defined twice`);
        merged[locale].set(key, text);
      }
    }
  }
  return merged;
}

/**
 * Fills `{name}` placeholders from `vars`; a placeholder without a value stays visible so
 * that a missing argument is noticed rather than silently dropped.
 */
export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}

/**
 * Looks a key up in the language, falling back to English, then to the key itself (so a
 * missing translation shows the key, never an empty label).
 */
export function translate(
  dictionaries: Record<Locale, Map<string, string>>,
  locale: Locale,
  key: string,
  vars?: Record<string, string | number>,
): string {
  const text = dictionaries[locale].get(key) ?? dictionaries.en.get(key) ?? key;
  return interpolate(text, vars);
}

/** Whether the value is one of the application's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language to start in: the remembered choice, else the browser's, else English. */
export function initialLocale(stored: string | null, browser: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browser) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}
