import { useMemo } from 'react';
import type { Page, Party } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';

/**
 * Names parties by their code from the coalition registry: pledges recorded in Guarantor
 * carry the donor's code only. Answers the fallback (e.g. the tracker's donor name) for codes
 * the registry does not hold, and while it loads.
 */
export function usePartyNames(): (code: string | null, fallback: string) => string {
  const parties = useApi<Page<Party>>('parties');
  return useMemo(() => {
    const names = new Map((parties.data?.items ?? []).map((p) => [p.code, p.name]));
    return (code, fallback) => (code ? (names.get(code) ?? fallback) : fallback);
  }, [parties.data]);
}
