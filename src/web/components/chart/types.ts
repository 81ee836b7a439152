/** One series of a chart: a value per category (`null` where there is no data). */
export interface ChartSeries {
  id: string;
  /** Legend text (already translated). */
  label: string;
  values: readonly (number | null)[];
  /** A colour of its own; otherwise the next colour of the colour-blind-safe palette. */
  color?: string;
  /** Drawn dashed, e.g. the previous period for comparison. */
  dashed?: boolean;
}

/** A horizontal reference line, e.g. a requirement or a trigger threshold. */
export interface ChartThreshold {
  value: number;
  label: string;
}

/** One row of a bar chart: an item (a donor, a party) with a value per series. */
export interface BarRow {
  id: string;
  label: string;
  values: readonly (number | null)[];
  /** A reference mark on the row, e.g. the fair share. */
  marker?: number;
  markerLabel?: string;
}
