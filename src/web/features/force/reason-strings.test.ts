import { describe, expect, it } from 'vitest';
import { REASON_TEMPLATES } from '../../../modules/commitments/reason-messages.js';
import { reasonStringsEn, reasonStringsFr, reasonStringsUk } from './reason-strings.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the reason sentences of the conditions engine', () => {
  it('exist in French and Ukrainian for every English key, with the same placeholders', () => {
    const keys = Object.keys(REASON_TEMPLATES).map((k) => `force.${k}`);
    expect(Object.keys(reasonStringsEn).sort()).toEqual(keys.sort());
    for (const strings of [reasonStringsFr, reasonStringsUk]) {
      expect(Object.keys(strings).sort()).toEqual(keys.sort());
      for (const key of keys)
        expect(placeholders(strings[key]!)).toEqual(placeholders(reasonStringsEn[key]!));
    }
  });
});
