import type { DonorTotals, TimelinePoint } from './support-api.js';

/** One row of a ranked bar chart (the shared `BarChart`'s row shape). */
export interface RankRow {
  id: string;
  label: string;
  values: (number | null)[];
  marker?: number;
}

/** EUR in millions, the unit of the donor charts (precise to 0.1 million, readable on axes). */
export function millions(eur: number): number {
  return eur / 1e6;
}

const rowId = (d: DonorTotals) => d.donor ?? d.donorName;

/**
 * Donors ranked by their total (commitments plus allocations), with allocations, commitments
 * and deliveries in EUR millions. The fair share is marked on the share-of-GDP ranking, where
 * it reads as one share for every donor rather than a scale that dwarfs the bars.
 */
export function rankByEur(donors: readonly DonorTotals[]): RankRow[] {
  return [...donors]
    .sort((a, b) => b.totalEur - a.totalEur || rowId(a).localeCompare(rowId(b)))
    .map((d) => ({
      id: rowId(d),
      label: d.donorName,
      values: [millions(d.allocationEur), millions(d.commitmentEur), millions(d.deliveredEur)],
    }));
}

/**
 * Donors with a GDP figure ranked by allocations as a percentage of GDP, with the total as a
 * second bar; the marker is the fair share as a percentage of the same GDP. Donors without a
 * GDP figure are left out (never estimated).
 */
export function rankByGdpShare(donors: readonly DonorTotals[]): RankRow[] {
  return donors
    .filter((d) => d.gdpEur !== null && d.allocationPercentOfGdp !== null)
    .sort((a, b) => b.allocationPercentOfGdp! - a.allocationPercentOfGdp! || rowId(a).localeCompare(rowId(b)))
    .map((d) => ({
      id: rowId(d),
      label: d.donorName,
      values: [d.allocationPercentOfGdp, d.totalPercentOfGdp],
      ...(d.fairShareEur !== null && d.gdpEur ? { marker: (d.fairShareEur / d.gdpEur) * 100 } : {}),
    }));
}

/** The aid types present (e.g. Military, Financial, Humanitarian), in a stable order. */
export function aidTypes(donors: readonly DonorTotals[]): string[] {
  return [...new Set(donors.flatMap((d) => Object.keys(d.byType)))].sort();
}

/** Donors ranked by total, one value per aid type: commitments plus allocations, EUR millions. */
export function rankByAidType(donors: readonly DonorTotals[], types: readonly string[]): RankRow[] {
  return [...donors]
    .sort((a, b) => b.totalEur - a.totalEur || rowId(a).localeCompare(rowId(b)))
    .map((d) => ({
      id: rowId(d),
      label: d.donorName,
      values: types.map((type) => {
        const t = d.byType[type];
        return t ? millions(t.commitmentEur + t.allocationEur) : null;
      }),
    }));
}

/** Running totals month by month (EUR millions): total pledged, allocated and delivered. */
export function cumulativeSeries(points: readonly TimelinePoint[]): {
  months: string[];
  total: number[];
  allocated: number[];
  delivered: number[];
} {
  let delivered = 0;
  return {
    months: points.map((p) => p.month),
    total: points.map((p) => millions(p.cumulativeTotalEur)),
    allocated: points.map((p) => millions(p.cumulativeAllocationEur)),
    delivered: points.map((p) => millions((delivered += p.deliveredEur))),
  };
}
