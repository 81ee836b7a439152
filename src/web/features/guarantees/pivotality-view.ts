import type { BarRow } from '../../components/chart/index.js';
import type { Pivotality } from './guarantees-api.js';

/** Percentage points of a fraction, rounded to one decimal (what the chart and table show). */
export function percent(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

/**
 * One chart row per party with any power, the most pivotal first: its Shapley value and its
 * Banzhaf value in percent. Parties with no power at all are listed apart (`powerless`).
 */
export function powerRows(result: Pivotality, name: (party: string) => string = (p) => p): BarRow[] {
  return [...result.players]
    .filter((p) => p.shapley > 0 || p.banzhaf > 0)
    .sort((a, b) => b.shapley - a.shapley || b.banzhaf - a.banzhaf || a.party.localeCompare(b.party))
    .map((p) => ({ id: p.party, label: name(p.party), values: [percent(p.shapley), percent(p.banzhaf)] }));
}

/** Parties with no power at all over the goal (both values zero), by code. */
export function powerless(result: Pivotality): string[] {
  return result.players
    .filter((p) => p.shapley === 0 && p.banzhaf === 0)
    .map((p) => p.party)
    .sort();
}

/** Whether the values are estimates (Monte Carlo) rather than exact. */
export function isEstimate(result: Pivotality): boolean {
  return result.method === 'monte-carlo';
}

/** The widest 95 % half-width over all parties and both values, in percentage points. */
export function widestHalfWidth(result: Pivotality): number {
  return percent(Math.max(0, ...result.players.flatMap((p) => [p.shapleyHalfWidth, p.banzhafHalfWidth])));
}

/** The veto players: parties whose absence alone breaks the goal. */
export function vetoPlayers(result: Pivotality): string[] {
  return result.minimalBlockingSets.filter((s) => s.length === 1).map((s) => s[0]!);
}
