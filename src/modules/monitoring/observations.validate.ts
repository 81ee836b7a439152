import { createHash } from 'node:crypto';
import { FormatRegistry } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { ProblemErrorItem } from '../../platform/http/problem.js';
import { ObservationInputSchema, type ObservationInput } from './monitoring.schemas.js';
import { checkCategory } from './taxonomy.js';
import { canonicalJson } from './canonical-json.js';

// TypeBox's compiler knows no string formats until told; these match Fastify's (ajv-formats).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/;
if (!FormatRegistry.Has('uuid')) FormatRegistry.Set('uuid', (v) => UUID.test(v));
if (!FormatRegistry.Has('date-time'))
  FormatRegistry.Set('date-time', (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)));

const compiled = TypeCompiler.Compile(ObservationInputSchema);

/** How far in the future an observed time may lie (clock skew of field devices), ms. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** The outcome of validating one observation. */
export type Validation = { ok: true; value: ObservationInput } | { ok: false; errors: ProblemErrorItem[] };

function schemaErrors(input: unknown): ProblemErrorItem[] {
  const errors: ProblemErrorItem[] = [];
  const seen = new Set<string>();
  for (const e of compiled.Errors(input)) {
    const pointer = e.path || '/';
    // One message per field: unions report every branch, the first says enough.
    if (seen.has(pointer)) continue;
    seen.add(pointer);
    errors.push({ pointer, detail: `${pointer} ${e.message.toLowerCase()}` });
    if (errors.length >= 10) break;
  }
  return errors;
}

function checkPoint(coordinates: readonly number[], pointer: string, errors: ProblemErrorItem[]): void {
  const [lon, lat] = coordinates;
  if (lon === undefined || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    errors.push({ pointer: `${pointer}/0`, detail: `longitude ${String(lon)} is out of range [-180, 180]` });
  }
  if (lat === undefined || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    errors.push({ pointer: `${pointer}/1`, detail: `latitude ${String(lat)} is out of range [-90, 90]` });
  }
}

/**
 * Validates a posted observation against the contract (schema) and the rules the schema cannot
 * say: coordinates in range, times not in the future beyond `FUTURE_TOLERANCE_MS`, an end
 * after the start, a known category and sub-type, low ≤ best ≤ high casualty estimates.
 * Every error names its field by JSON pointer.
 */
export function validateObservation(input: unknown, now: number = Date.now()): Validation {
  if (!compiled.Check(input)) {
    const errors = schemaErrors(input);
    // Say which category is unknown even when other fields are wrong too.
    if (
      input &&
      typeof input === 'object' &&
      typeof (input as { category?: unknown }).category === 'string'
    ) {
      const c = input as { category: string; subtype?: unknown };
      const problem = checkCategory(c.category, typeof c.subtype === 'string' ? c.subtype : undefined);
      if (problem) errors.push(problem);
    }
    return { ok: false, errors };
  }
  const o = input;
  const errors: ProblemErrorItem[] = [];
  checkPoint(o.location.coordinates, '/location/coordinates', errors);
  if (o.assessedOrigin?.location)
    checkPoint(o.assessedOrigin.location.coordinates, '/assessedOrigin/location/coordinates', errors);
  const start = Date.parse(o.observedAt);
  if (start > now + FUTURE_TOLERANCE_MS) {
    errors.push({
      pointer: '/observedAt',
      detail: `${o.observedAt} is in the future (tolerance ${FUTURE_TOLERANCE_MS / 60_000} min)`,
    });
  }
  if (o.observedUntil !== undefined) {
    const end = Date.parse(o.observedUntil);
    if (end < start) errors.push({ pointer: '/observedUntil', detail: 'is before observedAt' });
    else if (end > now + FUTURE_TOLERANCE_MS)
      errors.push({ pointer: '/observedUntil', detail: `${o.observedUntil} is in the future` });
  }
  const category = checkCategory(o.category, o.subtype);
  if (category) errors.push(category);
  for (const side of ['civilian', 'military'] as const) {
    for (const harm of ['killed', 'injured'] as const) {
      const e = o.casualties?.[side]?.[harm];
      if (e && !(e.low <= e.best && e.best <= e.high)) {
        errors.push({
          pointer: `/casualties/${side}/${harm}`,
          detail: `needs low ≤ best ≤ high, got ${e.low}/${e.best}/${e.high}`,
        });
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: o };
}

/**
 * The idempotency fingerprint of an observation: SHA-256 of the RFC 8785 canonical JSON of
 * the posted body and its owner party. The same id with the same fingerprint is a replay;
 * with another fingerprint it is a conflict (409).
 */
export function contentHash(owner: string, input: ObservationInput): string {
  return createHash('sha256')
    .update(canonicalJson({ owner, observation: input }))
    .digest('hex');
}
