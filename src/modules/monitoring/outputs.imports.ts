import { createHash, randomUUID } from 'node:crypto';
import { toColumns, visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { badRequest, notFound, ProblemError, type ProblemErrorItem } from '../../platform/http/problem.js';
import { parseAcledCsv } from './acled-csv.js';
import { acledToObservation, type AcledMappingOptions } from './acled-observation.js';
import { parseCotObservations, type CotMappingOptions } from './cot-observation.js';
import { geoJsonPointer, parseGeoJsonObservations } from './geojson-import.js';
import type { ImportedObservation, ImportFormat } from './outputs.contract.js';
import './outputs.tables.js';

/** What an import answers: how many observations were stored, replayed and skipped. */
export interface ImportSummary {
  importId: string;
  format: ImportFormat;
  fileSha256: string;
  /** Records read from the file. */
  records: number;
  stored: number;
  replayed: number;
  /** Records that are not ceasefire matters (e.g. ACLED protests), left out by design. */
  skipped: number;
  items: { position: number; id: string; status: 'stored' | 'replayed' }[];
}

/** Options common to every import. */
export interface ImportOptions {
  fileName?: string;
  /** Called as records are read and mapped: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

// Core pointers of the observation contract → ACLED codebook columns, so that a CSV error
// names the column the user can fix.
const ACLED_FIELDS: Record<string, string> = {
  '/observedAt': 'event_date',
  '/observedUntil': 'event_date',
  '/location/coordinates/0': 'longitude',
  '/location/coordinates/1': 'latitude',
  '/location/coordinates': 'latitude',
  '/category': 'sub_event_type',
  '/subtype': 'sub_event_type',
  '/casualties': 'fatalities',
  '/notes': 'notes',
  '/actors': 'actor1',
  '/source/id': 'event_id_cnty',
  '/id': 'event_id_cnty',
};

/**
 * Imports of foreign formats into observations, all or nothing per file: the file is read
 * and mapped in full, then handed to the monitoring core in one transaction
 * (`ingestMany(…, { allOrNothing: true })`); any bad record fails the whole file with its
 * line (CSV) or index (CoT, GeoJSON) and field named, and nothing is stored. Ids are derived
 * from the foreign ids, so importing a file again replays and stores nothing twice. The
 * foreign record is kept as provenance beside the observation, with the same releasability.
 */
export class ImportsService {
  constructor(private readonly ctx: AppContext) {}

  /** Imports an ACLED CSV export (codebook columns; BOM, quoting, both date forms). */
  async importAcled(
    viewer: Viewer,
    text: string,
    options: ImportOptions & AcledMappingOptions = {},
  ): Promise<ImportSummary> {
    const parsed = parseAcledCsv(text);
    if (!parsed.ok) {
      throw badRequest(
        `Nothing was stored: ${parsed.errors
          .slice(0, 5)
          .map((e) => `line ${e.line} ${e.field}: ${e.detail}`)
          .join('; ')}`,
        parsed.errors.map((e) => ({ line: e.line, field: e.field, detail: e.detail })),
      );
    }
    const items: ImportedObservation[] = [];
    let skipped = 0;
    parsed.events.forEach((event, i) => {
      const mapped = acledToObservation(event, options);
      if (mapped) items.push(mapped);
      else skipped++;
      options.onProgress?.(i + 1, parsed.events.length);
    });
    return this.store(viewer, 'acled', text, items, skipped, options, (line, pointer) => ({
      line,
      field: (pointer && ACLED_FIELDS[pointer]) ?? pointer ?? 'row',
      ...(pointer ? { pointer } : {}),
    }));
  }

  /** Imports Cursor on Target XML (one or more `<event>`s). */
  async importCot(
    viewer: Viewer,
    text: string,
    options: ImportOptions & CotMappingOptions = {},
  ): Promise<ImportSummary> {
    const parsed = parseCotObservations(text, options);
    if (!parsed.ok) {
      throw badRequest(
        `Nothing was stored: ${parsed.errors
          .slice(0, 5)
          .map((e) => `event ${e.index} ${e.pointer}: ${e.detail}`)
          .join('; ')}`,
        parsed.errors.map((e) => ({
          line: e.index + 1,
          pointer: e.pointer,
          detail: `event ${e.index}: ${e.detail}`,
        })),
      );
    }
    options.onProgress?.(parsed.observations.length, parsed.observations.length);
    return this.store(viewer, 'cot', text, parsed.observations, 0, options, (line, pointer) => ({
      line,
      pointer: `/event[${line - 1}]${pointer ?? ''}`,
    }));
  }

  /** Imports a GeoJSON FeatureCollection of observations. */
  async importGeoJson(viewer: Viewer, text: string, options: ImportOptions = {}): Promise<ImportSummary> {
    const parsed = parseGeoJsonObservations(text);
    if (!parsed.ok) {
      throw badRequest(
        `Nothing was stored: ${parsed.errors
          .slice(0, 5)
          .map((e) => `${e.pointer}: ${e.detail}`)
          .join('; ')}`,
        parsed.errors.map((e) => ({ pointer: e.pointer, detail: e.detail })),
      );
    }
    options.onProgress?.(parsed.observations.length, parsed.observations.length);
    return this.store(viewer, 'geojson', text, parsed.observations, 0, options, (line, pointer) => ({
      pointer: geoJsonPointer(line - 1, pointer),
    }));
  }

  /** The provenance of an imported observation the viewer may see; 404 otherwise. */
  async provenance(viewer: Viewer, observationId: string) {
    const row = await this.ctx.db
      .selectFrom('monitoring_import_records as r')
      .selectAll()
      .where('r.observation_id', '=', observationId.toLowerCase())
      .where(visibleTo(viewer, 'r'))
      .executeTakeFirst();
    if (!row) throw notFound(`Import provenance of observation ${observationId}`);
    return {
      observationId: row.observation_id,
      importId: row.import_id,
      format: row.format,
      position: row.position,
      provenance: JSON.parse(row.provenance_json) as Record<string, unknown>,
    };
  }

  private async store(
    viewer: Viewer,
    format: ImportFormat,
    text: string,
    items: ImportedObservation[],
    skipped: number,
    options: ImportOptions,
    locate: (line: number, pointer: string | undefined) => Omit<ProblemErrorItem, 'detail'>,
  ): Promise<ImportSummary> {
    const fileSha256 = createHash('sha256').update(text).digest('hex');
    const positions = items.map((i) => ('line' in i.position ? i.position.line : i.position.index + 1));
    const importId = randomUUID();
    const results = await this.ctx.services.observations
      .ingestMany(
        viewer,
        items.map((i) => i.observation),
        { allOrNothing: true, lines: positions },
      )
      .catch((error: unknown) => {
        if (!(error instanceof ProblemError) || !error.errors) throw error;
        const errors = error.errors.map((e) => ({ ...locate(e.line ?? 0, e.pointer), detail: e.detail }));
        throw new ProblemError(error.status, error.message, { type: error.type, errors });
      });
    const summary: ImportSummary = {
      importId,
      format,
      fileSha256,
      records: items.length + skipped,
      stored: results.filter((r) => r.status === 'stored').length,
      replayed: results.filter((r) => r.status === 'replayed').length,
      skipped,
      items: results.map((r, i) => ({
        position: 'line' in items[i]!.position ? items[i]!.position.line : items[i]!.position.index,
        id: r.id!,
        status: r.status as 'stored' | 'replayed',
      })),
    };
    const at = isoTime();
    await this.ctx.db.transaction().execute(async (trx) => {
      const own = toColumns(viewer.party, 'owner');
      await trx
        .insertInto('monitoring_imports')
        .values({
          id: importId,
          format,
          file_name: options.fileName ?? null,
          file_sha256: fileSha256,
          actor: viewer.username,
          at,
          stored: summary.stored,
          replayed: summary.replayed,
          skipped,
          ...own,
        })
        .execute();
      const rows = items.map((item, i) => ({
        observation_id: results[i]!.id!,
        import_id: importId,
        format,
        position: summary.items[i]!.position,
        provenance_json: JSON.stringify(item.provenance),
        ...toColumns(viewer.party, item.observation.releasability),
      }));
      // A re-import keeps the provenance of the first import (ids are the same).
      for (let i = 0; i < rows.length; i += 500) {
        await trx
          .insertInto('monitoring_import_records')
          .values(rows.slice(i, i + 500))
          .onConflict((oc) => oc.column('observation_id').doNothing())
          .execute();
      }
      await recordAudit(trx, viewer, {
        action: 'import',
        entity: 'monitoring_import',
        entityId: importId,
        after: {
          format,
          fileName: options.fileName ?? null,
          fileSha256,
          stored: summary.stored,
          replayed: summary.replayed,
          skipped,
        },
        record: own,
      });
    });
    return summary;
  }

  /** Recent imports of the viewer's party, newest first. */
  async list(viewer: Viewer, limit = 50) {
    const rows = await this.ctx.db
      .selectFrom('monitoring_imports as m')
      .selectAll()
      .where(visibleTo(viewer, 'm'))
      .orderBy('m.at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      format: r.format,
      fileName: r.file_name,
      fileSha256: r.file_sha256,
      actor: r.actor,
      party: r.owner_party,
      at: r.at,
      stored: r.stored,
      replayed: r.replayed,
      skipped: r.skipped,
    }));
  }
}
