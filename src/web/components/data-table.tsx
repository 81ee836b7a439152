import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { filterRows, sortRows, type CellValue, type SortState } from './table-model.js';

/** One column of a `DataTable`. */
export interface Column<T> {
  id: string;
  /** Header text (already translated). */
  header: string;
  /** The value sorted and filtered on. */
  value: (row: T) => CellValue;
  /** How the cell shows; the value as text when absent. */
  render?: (row: T) => ReactNode;
  /** Whether the header sorts (default true). */
  sortable?: boolean;
  /** Right-aligns numbers. */
  numeric?: boolean;
}

/** Props of `DataTable`. */
export interface DataTableProps<T> {
  /** Accessible name of the table (caption). */
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** Initial sort. */
  initialSort?: SortState;
  /** Shows a filter box above the table (default true). */
  filterable?: boolean;
  /** Filter text kept outside, e.g. in the address. */
  filter?: string;
  onFilterChange?: (filter: string) => void;
}

/**
 * A table sortable by its headers (buttons announcing `aria-sort`) and filterable by free
 * text; it scrolls sideways on a phone rather than squeezing columns.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t, locale } = useI18n();
  const [ownFilter, setOwnFilter] = useState('');
  const filter = props.filter ?? ownFilter;
  const setFilter = props.onFilterChange ?? setOwnFilter;
  const [sort, setSort] = useState<SortState | undefined>(props.initialSort);

  const shown = useMemo(() => {
    const texts = (row: T) => props.columns.map((c) => String(c.value(row) ?? ''));
    const filtered = filterRows(props.rows, texts, filter);
    const column = sort && props.columns.find((c) => c.id === sort.column);
    return column && sort ? sortRows(filtered, column.value, sort.direction, locale) : filtered;
  }, [props.rows, props.columns, filter, sort, locale]);

  const toggle = (column: string) =>
    setSort((s) =>
      s?.column === column
        ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: 'ascending' },
    );

  return (
    <div className="data-table">
      {props.filterable !== false && (
        <div className="data-table__tools">
          <label className="field field--inline">
            <span className="field__label">{t('table.filter')}</span>
            <input
              type="search"
              value={filter}
              placeholder={t('table.filterPlaceholder')}
              onChange={(e) => setFilter(e.target.value)}
            />
          </label>
          <span className="data-table__count" aria-live="polite">
            {t('table.rows', { shown: shown.length, total: props.rows.length })}
          </span>
        </div>
      )}
      <div className="data-table__scroll" tabIndex={0} role="region" aria-label={props.caption}>
        <table>
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => {
                const active = sort?.column === c.id;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.numeric ? 'numeric' : undefined}
                    aria-sort={active ? sort.direction : c.sortable === false ? undefined : 'none'}
                  >
                    {c.sortable === false ? (
                      c.header
                    ) : (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => toggle(c.id)}
                        title={t('table.sortBy', { column: c.header })}
                      >
                        {c.header}
                        <span aria-hidden="true" className="sort-button__mark">
                          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={props.rowKey(row)}>
                {props.columns.map((c) => (
                  <td key={c.id} className={c.numeric ? 'numeric' : undefined}>
                    {c.render ? c.render(row) : String(c.value(row) ?? '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && (
          <p className="state state--empty">{props.rows.length ? t('table.noMatch') : t('state.empty')}</p>
        )}
      </div>
    </div>
  );
}
