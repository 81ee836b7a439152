import type { MapPoint } from '../../components/map/layers.js';
import type { Observation } from '../../../modules/monitoring/monitoring.schemas.js';

/**
 * Observations in the compact form the operational map works on: what
 * `GET /api/v1/observations/map-points` answers, one small object per observation, so
 * that 100,000 of them can be filtered by time and category on every slider step.
 */
export interface MapPointRow {
  id: string;
  lon: number;
  lat: number;
  /** Observed time in seconds since the Unix epoch (UTC). */
  time: number;
  category: string;
  sourceKind: string;
  /** `public`, `coalition`, `owner` (national only) or `parties` (a list of parties). */
  releasability: string;
  /** The same point in the shared map's form, built once and reused by every filter. */
  point: MapPoint;
}

function row(
  id: string,
  lon: number,
  lat: number,
  time: number,
  category: string,
  sourceKind: string,
  releasability: string,
): MapPointRow {
  return {
    id,
    lon,
    lat,
    time,
    category,
    sourceKind,
    releasability,
    // The category alone: formatting 100,000 dates up front would cost more than the parse.
    point: { id, position: [lon, lat], title: category },
  };
}

/**
 * Parses the map-points CSV (header `id,lon,lat,observedAt,category,sourceKind,releasability`).
 * Lines that do not have seven fields or whose numbers do not parse are skipped.
 */
export function parseMapPoints(csv: string): MapPointRow[] {
  const rows: MapPointRow[] = [];
  let start = csv.indexOf('\n') + 1; // past the header
  if (start === 0) return rows;
  while (start < csv.length) {
    let end = csv.indexOf('\n', start);
    if (end === -1) end = csv.length;
    const f = csv.slice(start, end).split(',');
    start = end + 1;
    if (f.length !== 7) continue;
    const lon = Number(f[1]);
    const lat = Number(f[2]);
    const time = Number(f[3]);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !Number.isFinite(time)) continue;
    rows.push(row(f[0]!, lon, lat, time, f[4]!, f[5]!, f[6]!));
  }
  return rows;
}

/** A full observation (from the live stream) in the compact form. */
export function observationRow(o: Observation): MapPointRow {
  const r = o.releasability;
  return row(
    o.id,
    o.location.coordinates[0] ?? 0,
    o.location.coordinates[1] ?? 0,
    Math.floor(Date.parse(o.observedAt) / 1000),
    o.category,
    o.source.kind,
    Array.isArray(r) ? 'parties' : r,
  );
}

/** Client-side filters of the map points; times in seconds, `to` exclusive. */
export interface PointFilter {
  from?: number;
  to?: number;
  category?: string;
  sourceKind?: string;
  releasability?: string;
}

/** The rows that pass every filter given, in their order. */
export function selectPoints(rows: readonly MapPointRow[], f: PointFilter): MapPointRow[] {
  const from = f.from ?? -Infinity;
  const to = f.to ?? Infinity;
  return rows.filter(
    (r) =>
      r.time >= from &&
      r.time < to &&
      (!f.category || r.category === f.category) &&
      (!f.sourceKind || r.sourceKind === f.sourceKind) &&
      (!f.releasability || r.releasability === f.releasability),
  );
}

/**
 * Steps of the time slider: the start of each step of `stepSeconds` from `from` until `to`
 * (the last step may end after `to`). At most `max` steps, so a mistaken period cannot
 * build a million-step slider.
 */
export function timeSteps(from: number, to: number, stepSeconds: number, max = 2000): number[] {
  const steps: number[] = [];
  for (let t = from; t < to && steps.length < max; t += stepSeconds) steps.push(t);
  return steps;
}

/** Rows with the same id once, the first kept (live rows first, then the loaded ones). */
export function uniqueRows(rows: readonly MapPointRow[]): MapPointRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
