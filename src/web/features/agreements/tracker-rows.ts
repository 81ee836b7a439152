import type { Fulfilment, FulfilmentYear } from './agreements-api.js';

/**
 * The years the tracker shows of an agreement: those up to `thisYear`, and later ones that
 * already have pledges. Later promises (ten-year agreements at a share of GDP) stay on the
 * agreement's own page, so the tracker reads as what was due against what came.
 */
export function trackerYears(f: Fulfilment, thisYear: number): FulfilmentYear[] {
  return f.years.filter((y) => y.year <= thisYear || y.pledgeIds.length > 0);
}

/**
 * Splits the tracker into agreements with figures to show (their years trimmed by
 * `trackerYears`) and those with neither an EUR promise nor a pledge so far.
 */
export function splitTracker(
  items: readonly Fulfilment[],
  thisYear: number,
): { shown: Fulfilment[]; empty: Fulfilment[] } {
  const shown: Fulfilment[] = [];
  const empty: Fulfilment[] = [];
  for (const f of items) {
    const years = trackerYears(f, thisYear);
    if (years.length > 0) shown.push({ ...f, years });
    else empty.push(f);
  }
  return { shown, empty };
}
