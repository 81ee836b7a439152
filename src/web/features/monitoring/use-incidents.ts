import { useCallback, useEffect, useState } from 'react';
import { api, type Query } from '../../api/client.js';
import type { Page as ListPage } from '../../api/types.js';
import type { Incident } from '../../../modules/monitoring/monitoring.schemas.js';

// A bound on pages, so that a mistaken filter cannot read the whole history into the map.
const MAX_PAGES = 20;
const PAGE = 1000;

/** Every incident under the filter (up to 20,000), read page by page following `nextCursor`. */
export function useAllIncidents(query: Query): {
  items: Incident[];
  loading: boolean;
  error: Error | undefined;
  reload: () => void;
} {
  const [items, setItems] = useState<Incident[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(query);
  useEffect(() => {
    let current = true;
    setLoading(true);
    void (async () => {
      const all: Incident[] = [];
      let cursor: string | null = null;
      try {
        for (let page = 0; page < MAX_PAGES; page++) {
          const answer: ListPage<Incident> = await api<ListPage<Incident>>('GET', 'incidents', undefined, {
            ...(JSON.parse(key) as Query),
            limit: PAGE,
            ...(cursor ? { cursor } : {}),
          });
          all.push(...answer.items);
          cursor = answer.nextCursor;
          if (!cursor) break;
        }
        if (current) {
          setItems(all);
          setError(undefined);
        }
      } catch (e) {
        if (current) setError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        if (current) setLoading(false);
      }
    })();
    return () => {
      current = false;
    };
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { items, loading, error, reload };
}
