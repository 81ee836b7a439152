import { useI18n } from '../../i18n/i18n.js';

/**
 * The figures of a chart as a table, hidden from sight but read by screen readers (and by
 * tests, which compare them with the API's numbers).
 */
export function ChartTable({
  label,
  headers,
  rows,
}: {
  label: string;
  headers: readonly string[];
  rows: readonly { key: string; label: string; cells: readonly string[] }[];
}) {
  const { t } = useI18n();
  return (
    // The wrapper, not the table, is hidden: a table ignores a 1 px width and, placed
    // absolutely, would widen the page to its columns (a sideways scroll on phones).
    <div className="visually-hidden">
      <table className="chart__table">
        <caption>
          {t('chart.dataTable')}: {label}
        </caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A chart's legend: a swatch and label per series. */
export function ChartLegend({
  items,
}: {
  items: readonly { id: string; label: string; color: string; dashed?: boolean; marker?: boolean }[];
}) {
  if (items.length === 0) return null;
  return (
    <ul className="chart__legend">
      {items.map((item) => (
        <li key={item.id}>
          <span
            className={`chart__swatch${item.dashed ? ' chart__swatch--dashed' : ''}${item.marker ? ' chart__swatch--marker' : ''}`}
            style={{
              borderColor: item.color,
              background: item.dashed || item.marker ? 'transparent' : item.color,
            }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
