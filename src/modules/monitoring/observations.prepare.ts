import { isoTime } from '../../platform/db/columns.js';
import type { ProblemErrorItem } from '../../platform/http/problem.js';
import type { Observation, ObservationInput } from './monitoring.schemas.js';
import type { ObservationTable } from './monitoring.tables.js';
import { observationRow } from './observations.present.js';
import { contentHash, validateObservation } from './observations.validate.js';
import { tagPoint, type CompiledZones, type ZoneTags } from './tag-zone.js';
import type { Category } from './taxonomy.js';

/** The answer for one observation of a batch. */
export interface IngestResult {
  /** Line (NDJSON, CSV) or position from 1 of the item in its batch. */
  line: number;
  id: string | null;
  status: 'stored' | 'replayed' | 'rejected';
  /** Why it was rejected: `validation` (400) or `conflict` (409, same id, other content). */
  reason?: 'validation' | 'conflict';
  errors?: ProblemErrorItem[];
  /** The stored observation; left out of `brief` answers. */
  observation?: Observation;
  /** The incident the stored observation belongs to. */
  incidentId?: string | null;
}

/** A valid observation made ready to store: fingerprinted, zone-tagged, in its row. */
export interface PreparedObservation {
  /** Position of the item in its batch (index into the batch's results). */
  index: number;
  /** Its idempotency fingerprint (see `contentHash`), also its ledger content hash. */
  hash: string;
  row: ObservationTable;
  /** Party codes of a list releasability, checked against the coalition's parties. */
  parties: string[] | null;
}

/**
 * A batch made ready to store: an answer per item (valid items still `rejected` with no
 * reason until stored) and the valid ones. Everything here is pure computation, so it runs
 * on the request's thread or on the preparation worker alike (`PreparePool`).
 */
export interface PreparedBatch {
  results: IngestResult[];
  valid: PreparedObservation[];
  /** The zone set version the rows were tagged with (null: none defined). */
  zoneVersion: number | null;
}

/** What preparation needs besides the items. */
export interface PrepareContext {
  /** The posting party: the owner of every observation of the batch. */
  owner: string;
  /** Receipt time, ms: the `receivedAt` of the batch and the "now" of future-time checks. */
  now: number;
  exercise: boolean;
  zones: CompiledZones | null;
}

/** The zone tags of a valid observation under a zone set. */
export function tagsOf(zones: CompiledZones | null, input: ObservationInput): ZoneTags {
  const [lon, lat] = input.location.coordinates as [number, number];
  return tagPoint(zones, {
    lon,
    lat,
    category: input.category as Category,
    ...(input.weaponClass ? { weaponClass: input.weaponClass } : {}),
    ...(input.assessedOrigin?.location ? { origin: input.assessedOrigin.location.coordinates } : {}),
  });
}

/**
 * Validates, fingerprints and tags a batch of posted items, answering `rejected` with the
 * fields named for bad ones. `lines` numbers the items (default 1, 2, 3…).
 */
export function prepareObservations(
  context: PrepareContext,
  inputs: readonly unknown[],
  lines?: readonly number[],
): PreparedBatch {
  const receivedAt = isoTime(context.now);
  const results: IngestResult[] = [];
  const valid: PreparedObservation[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const item = inputs[i];
    const rawId = (item as { id?: unknown } | null)?.id;
    const result: IngestResult = {
      line: lines?.[i] ?? i + 1,
      id: typeof rawId === 'string' ? rawId.toLowerCase() : null,
      status: 'rejected',
    };
    results.push(result);
    const v = validateObservation(item, context.now);
    if (!v.ok) {
      result.reason = 'validation';
      result.errors = v.errors;
      continue;
    }
    const hash = contentHash(context.owner, v.value);
    const row = observationRow(
      v.value,
      context.owner,
      tagsOf(context.zones, v.value),
      hash,
      receivedAt,
      context.exercise,
    );
    const parties = Array.isArray(v.value.releasability) ? [...v.value.releasability] : null;
    valid.push({ index: i, hash, row, parties });
  }
  return { results, valid, zoneVersion: context.zones?.version ?? null };
}

/**
 * Prepares the lines of an NDJSON stream (`texts`, numbered `lines`): each is parsed, a line
 * that is not JSON is answered `rejected` with the parser's message, the rest as
 * `prepareObservations`.
 */
export function prepareNdjson(
  context: PrepareContext,
  texts: readonly string[],
  lines: readonly number[],
): PreparedBatch {
  const inputs: unknown[] = [];
  const notJson = new Map<number, string>();
  for (let i = 0; i < texts.length; i++) {
    try {
      inputs.push(JSON.parse(texts[i]!));
    } catch (error) {
      inputs.push(undefined);
      notJson.set(i, (error as Error).message);
    }
  }
  const batch = prepareObservations(context, inputs, lines);
  for (const [i, message] of notJson) {
    batch.results[i] = {
      line: lines[i]!,
      id: null,
      status: 'rejected',
      reason: 'validation',
      errors: [{ pointer: '/', detail: `not JSON: ${message}` }],
    };
  }
  return batch;
}
