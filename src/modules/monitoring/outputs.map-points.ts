import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import type { Observation } from './monitoring.schemas.js';
import type { ObservationFilter } from './observations.repository.js';

/** Columns of the map-points CSV, in order. */
export const MAP_POINT_COLUMNS = [
  'id',
  'lon',
  'lat',
  'observedAt',
  'category',
  'sourceKind',
  'releasability',
] as const;

/** How a record's releasability is summarised for the map filter. */
export type ReleasabilityClass = 'public' | 'coalition' | 'owner' | 'parties';

/** The releasability class of an observation: a party list is `parties`. */
export function releasabilityClass(r: Observation['releasability']): ReleasabilityClass {
  return Array.isArray(r) ? 'parties' : r;
}

// Five decimals of a degree are about a metre: finer digits only make the answer longer.
const round5 = (v: number | undefined) => Math.round((v ?? 0) * 1e5) / 1e5;

/**
 * One observation as a map-points CSV line: id, lon, lat (5 decimals), observed time in
 * whole seconds since the Unix epoch (UTC), category, source kind and releasability class.
 * No field can hold a comma (UUIDs, numbers and taxonomy names), so no quoting is needed.
 */
export function mapPointLine(o: Observation): string {
  const seconds = Math.floor(Date.parse(o.observedAt) / 1000);
  return `${o.id},${round5(o.location.coordinates[0])},${round5(o.location.coordinates[1])},${seconds},${o.category},${o.source.kind},${releasabilityClass(o.releasability)}\n`;
}

/**
 * Observations in the compact form the operational map loads (about 90 bytes each instead
 * of about 1 KB of full JSON), read through the monitoring core's releasability-filtered
 * stream and written in chunks of about 64 KiB, so 100,000 points cost one request and
 * constant server memory.
 */
export class MapPointsService {
  constructor(private readonly ctx: AppContext) {}

  /** CSV text chunks (header first) of the observations the viewer may see under `filter`. */
  async *csv(viewer: Viewer, filter: ObservationFilter): AsyncGenerator<string> {
    let buffer = `${MAP_POINT_COLUMNS.join(',')}\n`;
    for await (const o of this.ctx.services.observations.stream(viewer, filter, 5000)) {
      buffer += mapPointLine(o);
      if (buffer.length > 64 * 1024) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
}
