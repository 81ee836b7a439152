import { describe, expect, it } from 'vitest';
import { COMMITMENT_KINDS, COMMITMENT_STATES } from '../../../modules/commitments/commitments.model.js';
import { localiseReasonVars, reasonTerms } from './reason-terms.js';

const fr = new Map(Object.entries(reasonTerms.fr));
fr.set('section.force', 'Force multinationale');
const t = (key: string) => fr.get(key) ?? key;
const has = (key: string) => fr.has(key);

describe('localiseReasonVars', () => {
  it('names every commitment kind and state', () => {
    for (const kind of COMMITMENT_KINDS) expect(has(`force.term.kind.${kind}`)).toBe(true);
    for (const state of COMMITMENT_STATES) expect(has(`force.term.state.${state}`)).toBe(true);
  });

  it('translates state, kind and each part of a scope, and leaves names and figures alone', () => {
    expect(
      localiseReasonVars(
        { state: 'withdrawn', kind: 'unit', scope: 'unit, REQ-7, force', party: 'GBR', atLeast: 3 },
        t,
        has,
      ),
    ).toEqual({
      state: 'retiré',
      kind: 'troupes ou unité',
      scope: 'troupes ou unité, REQ-7, Force multinationale',
      party: 'GBR',
      atLeast: 3,
    });
  });

  it("names the engine's default unit, and leaves a condition's own unit as written", () => {
    expect(localiseReasonVars({ unit: 'units', atLeast: '3' }, t, has)).toEqual({
      unit: 'unités',
      atLeast: '3',
    });
    expect(localiseReasonVars({ unit: 'EUR' }, t, has)).toEqual({ unit: 'EUR' });
    expect(localiseReasonVars({ unit: 'sorties per day' }, t, has)).toEqual({ unit: 'sorties per day' });
  });
});
