import { useCallback, useEffect, useState } from 'react';
import { ApiProblem, apiUrl, type Query } from '../../api/client.js';
import type { Problem } from '../../api/types.js';
import type { Observation } from '../../../modules/monitoring/monitoring.schemas.js';
import { observationRow, parseMapPoints, uniqueRows, type MapPointRow } from './map-points.js';

/** What the operational map holds of observations: loaded, then live. */
export interface MapPointsState {
  rows: MapPointRow[];
  /** How many arrived over the live stream since the load. */
  live: number;
  loading: boolean;
  error: Error | undefined;
  reload: () => void;
}

async function fetchMapPoints(query: Query, signal: AbortSignal): Promise<MapPointRow[]> {
  const response = await fetch(apiUrl('observations/map-points', query), {
    credentials: 'same-origin',
    headers: { accept: 'text/csv' },
    signal,
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
    throw new ApiProblem(
      problem ?? { type: 'about:blank', title: response.statusText, status: response.status },
    );
  }
  return parseMapPoints(await response.text());
}

/**
 * Loads the observations of the server-side filter (period, zone) in the compact form and
 * adds those arriving on the live stream (`/api/v1/live/observations`) that match it, so the
 * map updates without reloading. `accept` says whether a live observation belongs.
 */
export function useMapPoints(query: Query, accept: (o: Observation) => boolean): MapPointsState {
  const [rows, setRows] = useState<MapPointRow[]>([]);
  const [live, setLive] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    setLive(0);
    fetchMapPoints(JSON.parse(key) as Query, abort.signal)
      .then((loaded) => {
        setRows(loaded);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => {
        if (!abort.signal.aborted) setLoading(false);
      });
    return () => abort.abort();
  }, [key, generation]);

  useEffect(() => {
    const source = new EventSource(apiUrl('live/observations'));
    source.addEventListener('observation', (event) => {
      const o = JSON.parse((event as MessageEvent<string>).data) as Observation;
      if (!accept(o)) return;
      setRows((prev) => uniqueRows([observationRow(o), ...prev]));
      setLive((n) => n + 1);
    });
    // The live stream does not replay: after the connection dropped (EventSource reconnects
    // by itself) or the server says it missed some, the period is read again.
    let dropped = false;
    source.addEventListener('error', () => {
      dropped = true;
    });
    source.addEventListener('open', () => {
      if (dropped) setGeneration((g) => g + 1);
      dropped = false;
    });
    source.addEventListener('gap', () => setGeneration((g) => g + 1));
    return () => source.close();
    // `accept` follows the same filter as `key`: re-subscribing on the key is enough.
  }, [key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { rows, live, loading, error, reload };
}
