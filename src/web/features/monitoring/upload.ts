import type { Query } from '../../api/client.js';
import { uploadFile } from '../../api/upload.js';

/** Import formats of the API, their endpoint and media type. */
export const IMPORT_TARGETS = {
  acled: { path: 'imports/acled', type: 'text/csv' },
  geojson: { path: 'imports/geojson', type: 'application/geo+json' },
  cot: { path: 'observations/cot', type: 'application/xml' },
} as const;
/** One import format. */
export type ImportKind = keyof typeof IMPORT_TARGETS;

/** The import format a file name suggests (`.csv` ACLED, `.geojson`/`.json` GeoJSON, `.xml`/`.cot` CoT). */
export function importKindOf(fileName: string): ImportKind | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'acled';
  if (name.endsWith('.geojson') || name.endsWith('.json')) return 'geojson';
  if (name.endsWith('.xml') || name.endsWith('.cot')) return 'cot';
  return undefined;
}

/** What an import answers (all or nothing: stored and replayed lines, skipped records). */
export interface ImportSummary {
  importId: string;
  format: string;
  fileSha256: string;
  records: number;
  stored: number;
  replayed: number;
  skipped: number;
  items: { position: number; id: string; status: 'stored' | 'replayed' }[];
}

/**
 * Uploads an import file; `onProgress` gets the fraction sent (0–1), then `null` while the
 * server works. Answers the summary, or throws the API's problem (naming lines and fields).
 */
export async function uploadImport(
  kind: ImportKind,
  file: Blob,
  query: Query,
  onProgress: (fraction: number | null) => void,
): Promise<ImportSummary> {
  const target = IMPORT_TARGETS[kind];
  const { body } = await uploadFile<ImportSummary>(target.path, file, target.type, query, (p) =>
    onProgress(p.phase === 'sending' ? (p.total > 0 ? p.loaded / p.total : 0) : null),
  );
  return body;
}
