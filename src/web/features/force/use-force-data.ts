import { useMemo } from 'react';
import { useApi } from '../../api/use-api.js';
import type { Line, Offer } from '../../../modules/force/force.schemas.js';
import type { ResolveInput, WhatIf } from '../../../modules/commitments/resolve-conditions.js';
import { resolveConditions } from '../../../modules/commitments/resolve-conditions.js';
import { computeBoard } from '../../../modules/force/force-board.js';
import { boardLine, boardOffer } from './board-forms.js';

interface ListOf<T> {
  items: T[];
  nextCursor: null;
}

/**
 * Lines, offers and the conditions engine's input, fetched once; the board and each
 * commitment's state are recomputed in the browser for every what-if, so toggles are instant.
 */
export function useForceData(whatIf: WhatIf) {
  const lines = useApi<ListOf<Line>>('force/lines');
  const offers = useApi<ListOf<Offer>>('force/offers');
  const input = useApi<ResolveInput & { exercise: boolean }>('commitments/resolution-input');
  const computed = useMemo(() => {
    if (!lines.data || !offers.data || !input.data) return undefined;
    const resolution = resolveConditions(input.data, whatIf);
    const states = new Map([...resolution].map(([id, r]) => [id, r.state]));
    const board = computeBoard(lines.data.items.map(boardLine), offers.data.items.map(boardOffer), states);
    return { board, resolution, lines: lines.data.items, offers: offers.data.items, input: input.data };
  }, [lines.data, offers.data, input.data, whatIf]);
  const error = lines.error ?? offers.error ?? input.error;
  const reload = () => {
    lines.reload();
    offers.reload();
    input.reload();
  };
  return { data: computed, error, loading: lines.loading || offers.loading || input.loading, reload };
}
