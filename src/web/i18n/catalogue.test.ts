import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../features/index.js';
import { initialLocale, interpolate, LOCALES, mergeCatalogues, translate } from './catalogue.js';
import { makeFormatter } from './format.js';
import { shellStrings } from './shell-strings.js';

const catalogues = [shellStrings, ...FEATURES.map((f) => f.strings)];

describe('catalogues', () => {
  it('have every key in all three languages, none empty, with the same placeholders', () => {
    for (const catalogue of catalogues) {
      const keys = Object.keys(catalogue.en).sort();
      for (const locale of LOCALES) {
        expect(Object.keys(catalogue[locale]).sort()).toEqual(keys);
        for (const key of keys) {
          const text = (catalogue[locale] as Record<string, string>)[key]!;
          expect(text.trim(), `${locale} ${key}`).not.toBe('');
          const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          expect(placeholders(text), `${locale} ${key}`).toEqual(
            placeholders((catalogue.en as Record<string, string>)[key]!),
          );
        }
      }
    }
  });

  it('merge without duplicate keys across features', () => {
    expect(() => mergeCatalogues(catalogues)).not.toThrow();
    expect(() => mergeCatalogues([shellStrings, shellStrings])).toThrow(/defined twice/);
  });

  it('name the coalition overview figures the server reports', () => {
    const d = mergeCatalogues(catalogues);
    for (const key of ['coalition.parties', 'coalition.users', 'coalition.usersOfParty'])
      for (const locale of LOCALES) expect(d[locale].has(key), `${locale} ${key}`).toBe(true);
  });
});

describe('translate', () => {
  const d = mergeCatalogues([
    {
      en: { a: 'Hello {name}', b: 'Only English' },
      fr: { a: 'Bonjour {name}', b: '' },
      uk: { a: 'Привіт, {name}', b: 'Лише' },
    },
  ]);
  it('fills placeholders, falls back to English, then to the key', () => {
    expect(translate(d, 'uk', 'a', { name: 'Оксана' })).toBe('Привіт, Оксана');
    expect(translate(d, 'fr', 'missing')).toBe('missing');
    expect(interpolate('{x} and {y}', { x: 1 })).toBe('1 and {y}');
  });
  it('leaves text without placeholders unchanged', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/\{\w+\}/.test(s)),
        (s) => interpolate(s, { a: 'b' }) === s,
      ),
    );
  });
});

describe('initialLocale', () => {
  it('prefers the remembered choice, then the browser, then English', () => {
    expect(initialLocale('fr', ['uk-UA'])).toBe('fr');
    expect(initialLocale(null, ['de-DE', 'uk-UA'])).toBe('uk');
    expect(initialLocale('xx', ['de-DE'])).toBe('en');
  });
});

describe('formatter', () => {
  it('shows times with their zone, UTC by default', () => {
    const f = makeFormatter('en', 'utc');
    expect(f.dateTime('2026-11-27T07:25:00.000Z')).toMatch(/27 Nov 2026.*07:25.*UTC/);
    expect(makeFormatter('uk', 'utc').dateTime('2026-11-27T07:25:00.000Z')).toMatch(/2026.*07:25.*UTC/);
    expect(f.dateTime('not a date')).toBe('not a date');
  });
  it('formats numbers per language', () => {
    expect(makeFormatter('en', 'utc').number(12345.5)).toBe('12,345.5');
    expect(makeFormatter('fr', 'utc').number(12345.5)).toMatch(/^12\s345,5$/u);
  });
});
