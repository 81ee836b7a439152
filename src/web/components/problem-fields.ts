import type { Problem } from '../api/types.js';

/**
 * The messages of a problem per field, keyed by the field's name (`role`, `location.lat`),
 * taken from `errors[].field` or from the JSON pointer; errors naming no field are `''`.
 */
export function problemFieldErrors(problem: Problem | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const field =
      error.field ??
      (error.pointer
        ? error.pointer.split('/').filter(Boolean).join('.')
        : error.line
          ? `line ${error.line}`
          : '');
    result[field] = result[field] ? `${result[field]}; ${error.detail}` : error.detail;
  }
  return result;
}
