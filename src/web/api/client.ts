import type { Problem } from './types.js';

/** An answer of the API that is an RFC 9457 problem; `problem.errors` name the fields. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.problem = problem;
  }
}

type Unauthorized = () => void;
const unauthorizedListeners = new Set<Unauthorized>();

/** Calls `listener` whenever the API answers 401 (session expired): the shell signs out. */
export function onUnauthorized(listener: Unauthorized): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Query values; `undefined` and empty strings are left out. */
export type Query = Record<string, string | number | boolean | undefined>;

/** Builds `/api/v1/<path>?query`, leaving out empty values. */
export function apiUrl(path: string, query?: Query): string {
  const url = `/api/v1/${path.replace(/^\//, '')}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${url}?${text}` : url;
}

async function toProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return (await response.json()) as Problem;
    } catch {
      // fall through: a malformed body still gets a problem
    }
  }
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
}

// A read the server could not serve for a moment (503: its database restarting or failing
// over) is asked again this many times, after the server's Retry-After capped at the wait.
const READ_RETRIES = 2;
const READ_RETRY_MAX_WAIT_MS = 5_000;

/** How long to wait before asking again, from `Retry-After` in seconds (1 s when absent). */
export function retryWaitMs(retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  return Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000, READ_RETRY_MAX_WAIT_MS);
}

/**
 * Calls the API with the session cookie; answers the parsed JSON (or `undefined` for 204),
 * throws `ApiProblem` otherwise. A GET answered 503 is asked again (twice at most) after the
 * server's `Retry-After`; writes are not, and show the problem: the person decides.
 *
 * @example const parties = await api<Page<Party>>('GET', 'parties', undefined, { role: 'member' });
 */
export async function api<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const send = () =>
    fetch(apiUrl(path, query), {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  let response = await send();
  for (let retry = 0; method === 'GET' && response.status === 503 && retry < READ_RETRIES; retry++) {
    await new Promise((resolve) => setTimeout(resolve, retryWaitMs(response.headers.get('retry-after'))));
    response = await send();
  }
  if (response.status === 204) return undefined as T;
  if (!response.ok) {
    const problem = await toProblem(response);
    if (response.status === 401 && !path.startsWith('auth/')) {
      for (const listener of unauthorizedListeners) listener();
    }
    throw new ApiProblem(problem);
  }
  return (await response.json()) as T;
}
