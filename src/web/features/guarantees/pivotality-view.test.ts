import { describe, expect, it } from 'vitest';
import type { Pivotality } from './guarantees-api.js';
import {
  isEstimate,
  percent,
  powerless,
  powerRows,
  vetoPlayers,
  widestHalfWidth,
} from './pivotality-view.js';

const power = (party: string, shapley: number, banzhaf: number, half = 0) => ({
  party,
  shapley,
  shapleyHalfWidth: half,
  banzhaf,
  banzhafHalfWidth: half / 2,
  banzhafIndex: 0,
});

// The hand-computable game of pivotality.ts, A with any one of B, C, D; E brings nothing.
const game: Pivotality = {
  method: 'exact-enumeration',
  grandCoalitionMeetsGoal: true,
  confidence: 0.95,
  samples: { shapley: 0, banzhaf: 0 },
  seed: 1,
  players: [
    power('B', 1 / 6, 1 / 4),
    power('A', 1 / 2, 3 / 4),
    power('E', 0, 0),
    power('D', 1 / 6, 1 / 4),
    power('C', 1 / 6, 1 / 4),
  ],
  minimalBlockingSets: [['A'], ['B', 'C', 'D']],
  blockingSetsComplete: true,
};

describe('pivotality view', () => {
  it('ranks parties with power by Shapley value, both values in percent, and lists the powerless apart', () => {
    expect(powerless(game)).toEqual(['E']);
    expect(powerRows(game)).toEqual([
      { id: 'A', label: 'A', values: [50, 75] },
      { id: 'B', label: 'B', values: [16.7, 25] },
      { id: 'C', label: 'C', values: [16.7, 25] },
      { id: 'D', label: 'D', values: [16.7, 25] },
    ]);
  });

  it('names the veto players and states the widest interval of an estimate', () => {
    expect(vetoPlayers(game)).toEqual(['A']);
    expect(isEstimate(game)).toBe(false);
    const sampled = { ...game, method: 'monte-carlo' as const, players: [power('A', 0.5, 0.7, 0.0091)] };
    expect(isEstimate(sampled)).toBe(true);
    expect(widestHalfWidth(sampled)).toBe(0.9);
    expect(percent(0.12345)).toBe(12.3);
  });
});
