import { ApiProblem, apiUrl, type Query } from '../../api/client.js';
import type { Problem } from '../../api/types.js';

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
 * Uploads a file with XMLHttpRequest, whose upload events give the progress `fetch` does not;
 * `onProgress` gets the fraction sent (0–1), then `null` while the server works. Answers the
 * summary, or throws the API's problem (naming lines and fields).
 */
export function uploadImport(
  kind: ImportKind,
  file: Blob,
  query: Query,
  onProgress: (fraction: number | null) => void,
): Promise<ImportSummary> {
  const target = IMPORT_TARGETS[kind];
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(target.path, query));
    xhr.setRequestHeader('content-type', target.type);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(null);
    xhr.onerror = () => reject(new Error(xhr.statusText || 'network error'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as ImportSummary);
      else
        reject(
          new ApiProblem(
            (body as Problem | undefined) ?? {
              type: 'about:blank',
              title: xhr.statusText,
              status: xhr.status,
            },
          ),
        );
    };
    xhr.send(file);
  });
}
