import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import { invalidField } from '../../platform/http/problem.js';
import {
  COT_CLOSE,
  COT_OPEN,
  FEATURE_COLLECTION_CLOSE,
  FEATURE_COLLECTION_OPEN,
  incidentCot,
  incidentCsvHeader,
  incidentCsvRow,
  incidentFeature,
  observationCot,
  observationCsvHeader,
  observationCsvRow,
  observationFeature,
} from './exports-format.js';
import type { Incident, Observation } from './monitoring.schemas.js';
import { INCIDENT_STATUSES } from './monitoring.schemas.js';

/** Export formats. */
export const EXPORT_FORMATS = ['csv', 'geojson', 'cot'] as const;
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Media type of each export format. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  cot: 'application/xml',
};

/** Filters of an export, as the query string gives them. */
export interface ExportFilter {
  bbox?: string;
  from?: string;
  to?: string;
  category?: string;
  zone?: string;
  sector?: string;
  status?: string;
  exercise?: boolean;
}

/** Reads `minLon,minLat,maxLon,maxLat`; a bad box is a 400 naming `bbox`. */
export function parseBbox(bbox: string | undefined): [number, number, number, number] | undefined {
  if (bbox === undefined || bbox === '') return undefined;
  const v = bbox.split(',').map(Number);
  const [a, b, c, d] = v as [number, number, number, number];
  if (
    v.length !== 4 ||
    v.some((n) => !Number.isFinite(n)) ||
    a < -180 ||
    c > 180 ||
    b < -90 ||
    d > 90 ||
    a > c ||
    b > d
  ) {
    throw invalidField('/bbox', 'must be minLon,minLat,maxLon,maxLat within [-180, 180] × [-90, 90]');
  }
  return [a, b, c, d];
}

const PAGE = 1000;

/**
 * Streaming exports of observations and incidents as CSV, GeoJSON or Cursor on Target: the
 * rows are read a page at a time through the monitoring core's releasability-filtered
 * queries and written as they come, so an export has no row cap and runs in constant
 * memory (the HTTP layer applies back-pressure to the generator).
 */
export class ExportsService {
  constructor(private readonly ctx: AppContext) {}

  /** The observations the viewer may see under the filter, rendered as `format`. */
  async *observations(viewer: Viewer, format: ExportFormat, filter: ExportFilter): AsyncGenerator<string> {
    const rows = this.ctx.services.observations.stream(viewer, this.observationFilter(filter), PAGE);
    yield* render(rows, format, {
      csvHeader: observationCsvHeader(),
      csvRow: observationCsvRow,
      feature: observationFeature,
      cot: observationCot,
    });
  }

  /** The incidents the viewer may see under the filter, rendered as `format`. */
  async *incidents(viewer: Viewer, format: ExportFormat, filter: ExportFilter): AsyncGenerator<string> {
    const status = filter.status ? filter.status.split(',') : undefined;
    for (const s of status ?? []) {
      if (!(INCIDENT_STATUSES as readonly string[]).includes(s)) {
        throw invalidField('/status', `unknown status "${s}"; one of ${INCIDENT_STATUSES.join(', ')}`);
      }
    }
    const base = { ...this.observationFilter(filter), ...(status ? { status } : {}) };
    const incidents = this.ctx.services.incidents;
    async function* pages(): AsyncGenerator<Incident> {
      let cursor: string | undefined;
      do {
        const page = await incidents.query(viewer, { ...base, limit: PAGE, ...(cursor ? { cursor } : {}) });
        yield* page.items;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    yield* render(pages(), format, {
      csvHeader: incidentCsvHeader(),
      csvRow: incidentCsvRow,
      feature: incidentFeature,
      cot: incidentCot,
    });
  }

  private observationFilter(f: ExportFilter) {
    const bbox = parseBbox(f.bbox);
    return {
      ...(bbox ? { bbox } : {}),
      ...(f.from ? { from: new Date(f.from).toISOString() } : {}),
      ...(f.to ? { to: new Date(f.to).toISOString() } : {}),
      ...(f.category ? { category: f.category } : {}),
      ...(f.zone ? { zone: f.zone } : {}),
      ...(f.sector ? { sector: f.sector } : {}),
      ...(f.exercise !== undefined ? { exercise: f.exercise } : {}),
    };
  }
}

async function* render<T extends Observation | Incident>(
  rows: AsyncIterable<T>,
  format: ExportFormat,
  r: {
    csvHeader: string;
    csvRow: (row: T) => string;
    feature: (row: T) => Record<string, unknown>;
    cot: (row: T) => string;
  },
): AsyncGenerator<string> {
  // Rows are batched into chunks of about 64 KiB: one write per row would cost more than the rendering.
  let buffer = '';
  const flushAt = 64 * 1024;
  switch (format) {
    case 'csv':
      buffer = r.csvHeader;
      for await (const row of rows) {
        buffer += r.csvRow(row);
        if (buffer.length > flushAt) {
          yield buffer;
          buffer = '';
        }
      }
      break;
    case 'geojson': {
      buffer = FEATURE_COLLECTION_OPEN;
      let first = true;
      for await (const row of rows) {
        buffer += (first ? '' : ',\n') + JSON.stringify(r.feature(row));
        first = false;
        if (buffer.length > flushAt) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += FEATURE_COLLECTION_CLOSE;
      break;
    }
    case 'cot':
      buffer = COT_OPEN;
      for await (const row of rows) {
        buffer += `${r.cot(row)}\n`;
        if (buffer.length > flushAt) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += COT_CLOSE;
      break;
  }
  if (buffer) yield buffer;
}
