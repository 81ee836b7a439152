import { describe, expect, it } from 'vitest';
import type { SimulationResult } from './guarantees-api.js';
import {
  coverageSeries,
  inEffectSeries,
  partyCodes,
  requirementList,
  responseColor,
  takingEffect,
} from './simulation-view.js';

const step = (hours: number, inEffect: string[]) => ({
  hours,
  at: new Date(Date.parse('2026-12-01T00:00:00.000Z') + hours * 3_600_000).toISOString(),
  inEffect,
  byDomain: [],
  byParty: [],
});

const result: SimulationResult = {
  scenario: 'as recorded',
  confirmedAt: '2026-12-01T00:00:00.000Z',
  horizonDays: 2,
  milestones: [step(24, ['a']), step(72, ['a', 'b']), step(168, ['b', 'c'])],
  daily: [
    { day: 0, available: {} },
    { day: 1, available: { troops: 500 } },
    { day: 2, available: { troops: 3000, air: 4 } },
  ],
  commitments: [
    {
      id: 'a',
      party: 'GBR',
      response: 'air',
      leadHours: 24,
      effectiveAfterHours: 24,
      stateAtHorizon: 'failed',
      reasons: [],
    },
    {
      id: 'b',
      party: 'FRA',
      response: 'troops',
      leadHours: 48,
      effectiveAfterHours: 48,
      stateAtHorizon: 'firm',
      reasons: [],
    },
    {
      id: 'c',
      party: 'DEU',
      response: 'troops',
      leadHours: 96,
      effectiveAfterHours: 96,
      stateAtHorizon: 'firm',
      reasons: [],
    },
  ],
};

describe('simulation view', () => {
  it('draws coverage in percent of the requirement, capped at 100, only for required types', () => {
    const series = coverageSeries(result, { troops: 2000, air: 0 }, (r) => r);
    expect(series).toEqual([
      { id: 'troops', label: 'troops', color: responseColor('troops'), values: [0, 25, 100] },
    ]);
  });

  it('lists what takes effect at each milestone, and what comes back after leaving', () => {
    expect(takingEffect(result)).toEqual([
      { hours: 24, ids: ['a'] },
      { hours: 72, ids: ['b'] },
      { hours: 168, ids: ['c'] },
    ]);
  });

  it('counts commitments in effect per type at each milestone', () => {
    expect(inEffectSeries(result, (r) => r)).toEqual([
      { id: 'air', label: 'air', color: responseColor('air'), values: [1, 1, 0] },
      { id: 'troops', label: 'troops', color: responseColor('troops'), values: [0, 1, 2] },
    ]);
  });

  it('gives each response type its own colour, the same in every chart', () => {
    const colours = [
      'consultation',
      'intelligence',
      'air-defence',
      'weapons',
      'air',
      'maritime',
      'troops',
      'sanctions',
    ].map((r) => responseColor(r as 'air'));
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('reads party codes and requirements as the API wants them', () => {
    expect(partyCodes(' usa, deu;fra  usa ')).toEqual(['USA', 'DEU', 'FRA']);
    expect(partyCodes('')).toEqual([]);
    expect(requirementList({ troops: 10, air: 0, weapons: 3 })).toEqual([
      { response: 'weapons', quantity: 3 },
      { response: 'troops', quantity: 10 },
    ]);
  });
});
