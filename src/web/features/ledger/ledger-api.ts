import type { Static } from '@sinclair/typebox';
import { ApiProblem, apiUrl } from '../../api/client.js';
import type {
  CheckpointView,
  RecordProof,
  WitnessStatusSchema,
} from '../../../modules/ledger/ledger.schemas.js';

export type { CheckpointView, RecordProof };
/** Which parties witnessed the newest checkpoint. */
export type WitnessStatus = Static<typeof WitnessStatusSchema>;

/** The newest checkpoint's signed note (text/plain, so not through the JSON client). */
export async function fetchCheckpointNote(): Promise<string> {
  const response = await fetch(apiUrl('ledger/checkpoint'), { credentials: 'same-origin' });
  if (!response.ok)
    throw new ApiProblem({ type: 'about:blank', title: response.statusText, status: response.status });
  return response.text();
}

/** Where this browser keeps the last checkpoint it verified, per log. */
export function seenKey(origin: string): string {
  return `guarantor.ledger.seen:${origin}`;
}
