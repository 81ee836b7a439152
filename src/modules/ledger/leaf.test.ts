import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, leafBytes } from './leaf.js';

describe('leaf bytes', () => {
  it('are the RFC 8785 canonical JSON of kind, record id and content hash (property)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(text, text, fc.stringMatching(/^[0-9a-f]{64}$/), (kind, recordId, contentHash) => {
        let expected: string | undefined;
        try {
          expected = canonicalJson({ kind, recordId, contentHash });
        } catch {
          expected = undefined;
        }
        if (expected === undefined) expect(() => leafBytes({ kind, recordId, contentHash })).toThrow();
        else expect(leafBytes({ kind, recordId, contentHash }).toString()).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
