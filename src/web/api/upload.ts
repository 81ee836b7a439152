import { ApiProblem, apiUrl, type Query } from './client.js';
import type { Problem } from './types.js';

/** Where an upload stands: sending (bytes so far of the total), then waiting for the server. */
export type UploadProgress = { phase: 'sending'; loaded: number; total: number } | { phase: 'processing' };

/**
 * POSTs a file as the raw body to `/api/v1/<path>` and reports progress (`fetch` cannot
 * report upload progress; XMLHttpRequest can). Answers the parsed JSON and the status;
 * throws `ApiProblem` with the server's RFC 9457 problem (naming lines and fields) otherwise.
 */
export function uploadFile<T>(
  path: string,
  file: Blob,
  contentType: string,
  query: Query,
  onProgress: (p: UploadProgress) => void,
): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path, query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) =>
      onProgress({ phase: 'sending', loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onerror = () => reject(new Error(xhr.statusText || 'network error'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ status: xhr.status, body: body as T });
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

/** SHA-256 of a file's bytes, lower-case hex: how evidence and attachments are referenced. */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
