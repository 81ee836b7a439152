import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { anObservation } from './observations.factory.js';

describe('canonical JSON (RFC 8785)', () => {
  it('writes what the canonicalize package writes for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts members by UTF-16 code units and writes numbers as ECMAScript does (RFC 8785 §3.2)', () => {
    expect(
      canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '\ufb33': 4, '1': 5, a: undefined }),
    ).toBe('{"\\r":2,"1":5,"\u20ac":1,"\ud83d\ude00":3,"\ufb33":4}');
    expect(canonicalJson([1e21, 1e-7, -0, 0.1 + 0.2, 333333333.3333333])).toBe(
      '[1e+21,1e-7,0,0.30000000000000004,333333333.3333333]',
    );
    const o = anObservation();
    expect(canonicalJson({ owner: 'GBR', observation: o })).toBe(
      canonicalize({ owner: 'GBR', observation: o }),
    );
  });

  it('refuses what JSON cannot carry: lone surrogates and non-finite numbers', () => {
    expect(() => canonicalJson('\ud800x')).toThrow(/surrogate/);
    expect(() => canonicalJson({ ['\udc00']: 1 })).toThrow(/surrogate/);
    expect(() => canonicalJson([Number.NaN])).toThrow(/non-finite/);
  });
});
