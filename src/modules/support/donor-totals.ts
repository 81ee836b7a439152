import type { DonorTotals } from './support.schemas.js';

/** Sums of pledges of one donor, aid type and measure, as the repository groups them. */
export interface PledgeSum {
  donorParty: string | null;
  donorName: string;
  aidTypeGeneral: string;
  measure: string;
  valueEur: number;
  deliveredEur: number;
  pledges: number;
}

/** A GDP figure of a party, EUR, with where it comes from. */
export interface GdpFigure {
  party: string;
  year: number;
  gdpEur: number | null;
  source: string | null;
  exercise: boolean;
}

/** Options of `donorTotals`. */
export interface FairShareOptions {
  /** Total to split by GDP share, EUR (NATO 2024: 40e9 a year). */
  totalEur?: number;
  /** Parties that share the total; default every donor with a GDP figure. */
  parties?: readonly string[];
}

/**
 * Splits `totalEur` among parties in proportion to their GDP (NATO's 2024 pledge: a €40bn
 * annual minimum shared by each ally's share of alliance GDP). Parties without a GDP figure
 * get no share and do not dilute the others'.
 *
 * @example fairShares(40e9, [{ party: 'A', gdpEur: 3e12 }, { party: 'B', gdpEur: 1e12 }]) // A: 30e9, B: 10e9
 */
export function fairShares(
  totalEur: number,
  gdp: readonly { party: string; gdpEur: number | null }[],
): Map<string, number> {
  const known = gdp.filter((g): g is { party: string; gdpEur: number } => g.gdpEur !== null && g.gdpEur > 0);
  const sum = known.reduce((s, g) => s + g.gdpEur, 0);
  return new Map(known.map((g) => [g.party, sum > 0 ? (totalEur * g.gdpEur) / sum : 0]));
}

/**
 * Folds grouped pledge sums into one line per donor: EUR by measure and aid type, as a
 * percentage of GDP, and against a fair share of `options.totalEur`. Sorted by allocations,
 * then total, largest first. Units: EUR; percentages are 0–100.
 */
export function donorTotals(
  sums: readonly PledgeSum[],
  gdp: readonly GdpFigure[],
  options: FairShareOptions = {},
): DonorTotals[] {
  const byDonor = new Map<string, DonorTotals>();
  for (const s of sums) {
    const key = s.donorParty ?? `name:${s.donorName}`;
    let line = byDonor.get(key);
    if (!line) {
      line = {
        donor: s.donorParty,
        donorName: s.donorName,
        commitmentEur: 0,
        allocationEur: 0,
        totalEur: 0,
        deliveredEur: 0,
        pledges: 0,
        byType: {},
        gdpEur: null,
        gdpYear: null,
        gdpSource: null,
        gdpExercise: false,
        allocationPercentOfGdp: null,
        totalPercentOfGdp: null,
        fairShareEur: null,
        fairShareRatio: null,
      };
      byDonor.set(key, line);
    }
    const type = (line.byType[s.aidTypeGeneral] ??= { commitmentEur: 0, allocationEur: 0, deliveredEur: 0 });
    if (s.measure === 'allocation') {
      line.allocationEur += s.valueEur;
      type.allocationEur += s.valueEur;
    } else {
      line.commitmentEur += s.valueEur;
      type.commitmentEur += s.valueEur;
    }
    line.totalEur += s.valueEur;
    line.deliveredEur += s.deliveredEur;
    type.deliveredEur += s.deliveredEur;
    line.pledges += s.pledges;
  }
  const gdpOf = new Map(gdp.map((g) => [g.party, g]));
  const sharing = (
    options.parties ?? [...byDonor.values()].map((l) => l.donor).filter((d) => d !== null)
  ).map((party) => ({ party, gdpEur: gdpOf.get(party)?.gdpEur ?? null }));
  const shares =
    options.totalEur !== undefined ? fairShares(options.totalEur, sharing) : new Map<string, number>();
  for (const line of byDonor.values()) {
    const figure = line.donor ? gdpOf.get(line.donor) : undefined;
    if (figure) {
      line.gdpYear = figure.year;
      line.gdpSource = figure.source;
      line.gdpExercise = figure.exercise;
      line.gdpEur = figure.gdpEur;
      if (figure.gdpEur !== null && figure.gdpEur > 0) {
        line.allocationPercentOfGdp = (100 * line.allocationEur) / figure.gdpEur;
        line.totalPercentOfGdp = (100 * line.totalEur) / figure.gdpEur;
      }
    }
    const share = line.donor ? shares.get(line.donor) : undefined;
    if (share !== undefined) {
      line.fairShareEur = share;
      line.fairShareRatio = share > 0 ? line.allocationEur / share : null;
    }
  }
  return [...byDonor.values()].sort(
    (a, b) =>
      b.allocationEur - a.allocationEur || b.totalEur - a.totalEur || a.donorName.localeCompare(b.donorName),
  );
}
