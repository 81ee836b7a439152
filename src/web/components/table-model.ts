/** A cell value the table can sort and filter on. */
export type CellValue = string | number | boolean | null | undefined;

/** Sort order of a column. */
export interface SortState {
  column: string;
  direction: 'ascending' | 'descending';
}

// Empty values sort last whatever the direction: they are the least informative rows.
function compareCells(a: CellValue, b: CellValue, collator: Intl.Collator): number {
  const aEmpty = a === null || a === undefined || a === '';
  const bEmpty = b === null || b === undefined || b === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a);
  return collator.compare(String(a), String(b));
}

/**
 * Sorts rows by a column's values, stable, with empty values last in both directions and
 * text compared by the language's collation (numeric-aware: "A2" before "A10").
 */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => CellValue,
  direction: SortState['direction'],
  locale = 'en',
): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((x, y) => {
      const xEmpty = x.key === null || x.key === undefined || x.key === '';
      const yEmpty = y.key === null || y.key === undefined || y.key === '';
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? x.index - y.index : xEmpty ? 1 : -1;
      return sign * compareCells(x.key, y.key, collator) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** Keeps the rows where every word of `filter` appears in one of the row's texts (any case). */
export function filterRows<T>(rows: readonly T[], texts: (row: T) => string[], filter: string): T[] {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = texts(row).join(' \u0000 ').toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
