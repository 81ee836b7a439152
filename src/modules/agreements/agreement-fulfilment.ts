import type { Clause, FulfilmentYear } from './agreements.schemas.js';

/** What fulfilment needs of a pledge (the support module's pledge has more). */
export interface PledgeFigures {
  id: string;
  /** `YYYY-MM`; pledges without a month fall in no year and are left out. */
  month: string | null;
  measure: 'commitment' | 'allocation';
  valueEur: number | null;
  deliveredValueEur: number | null;
}

/** EUR a year of an annual-support clause: EUR amounts, or other currencies with a sourced rate. */
export function clauseAmountEur(c: Pick<Clause, 'amount' | 'currency' | 'eurPerUnit'>): number | null {
  if (c.amount === null) return null;
  if (c.currency === 'EUR') return c.amount;
  return c.eurPerUnit !== null ? c.amount * c.eurPerUnit : null;
}

function describeOther(c: Clause): string | null {
  if (c.percentOfGdp !== null) return `${c.percentOfGdp}% of GDP`;
  if (c.amount !== null && clauseAmountEur(c) === null)
    return `${c.amount.toLocaleString('en-GB')} ${c.currency ?? ''}`.trim();
  return null;
}

/**
 * Promised against committed, allocated and delivered, per calendar year of an agreement.
 * Promised sums the annual-support clauses covering the year (EUR; other promises are listed
 * as text, never converted without a sourced rate). The pledge figures are plain sums of the
 * pledges given, so each year's figures — and the totals — add up from the pledges.
 * Years run over every year with a promise or a pledge, in order.
 */
export function fulfilmentByYear(
  clauses: readonly Clause[],
  pledges: readonly PledgeFigures[],
): FulfilmentYear[] {
  const support = clauses.filter((c) => c.type === 'annual-support');
  const years = new Map<number, FulfilmentYear>();
  const at = (year: number): FulfilmentYear => {
    let y = years.get(year);
    if (!y) {
      y = {
        year,
        promisedEur: null,
        promisedOther: [],
        committedEur: 0,
        allocatedEur: 0,
        deliveredEur: 0,
        allocatedShare: null,
        deliveredShare: null,
        pledgeIds: [],
      };
      years.set(year, y);
    }
    return y;
  };
  for (const c of support) {
    if (c.yearFrom === null) continue;
    for (let year = c.yearFrom; year <= (c.yearTo ?? c.yearFrom); year++) {
      const y = at(year);
      const eur = clauseAmountEur(c);
      if (eur !== null) y.promisedEur = (y.promisedEur ?? 0) + eur;
      const other = describeOther(c);
      if (other) y.promisedOther.push(other);
    }
  }
  for (const p of pledges) {
    if (p.month === null) continue;
    const y = at(Number(p.month.slice(0, 4)));
    if (p.measure === 'allocation') y.allocatedEur += p.valueEur ?? 0;
    else y.committedEur += p.valueEur ?? 0;
    y.deliveredEur += p.deliveredValueEur ?? 0;
    y.pledgeIds.push(p.id);
  }
  return [...years.values()]
    .sort((a, b) => a.year - b.year)
    .map((y) => ({
      ...y,
      allocatedShare: y.promisedEur ? y.allocatedEur / y.promisedEur : null,
      deliveredShare: y.promisedEur ? y.deliveredEur / y.promisedEur : null,
    }));
}

/** Adds whole years to an ISO date (29 February rolls to 1 March); answers an ISO date (UTC). */
export function addYears(isoDate: string, years: number): string {
  const d = new Date(`${isoDate}T00:00:00.000Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (ISO dates or times); negative when `to` is past. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
}
