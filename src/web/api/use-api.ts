import { useCallback, useEffect, useState } from 'react';
import { api, type ApiProblem, type Query } from './client.js';

/** State of a GET: loading, its data, or the problem. `reload` fetches again. */
export interface ApiState<T> {
  data: T | undefined;
  error: ApiProblem | Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Fetches `GET /api/v1/<path>` when the path or query change; the answer of an older request
 * never overwrites a newer one.
 *
 * @example const { data, loading, error } = useApi<Page<Party>>('parties', { q });
 */
export function useApi<T>(path: string | null, query?: Query): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiProblem | Error>();
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  const queryKey = JSON.stringify(query ?? {});
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setLoading(true);
    api<T>('GET', path, undefined, JSON.parse(queryKey) as Query)
      .then((answer) => {
        if (!current) return;
        setData(answer);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (current) setError(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [path, queryKey, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
