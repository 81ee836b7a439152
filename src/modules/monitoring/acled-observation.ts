import { createHash } from 'node:crypto';
import type { AcledEvent } from './acled-csv.js';
import type { Casualties, ObservationInput } from './monitoring.schemas.js';
import type { ImportedObservation } from './outputs.contract.js';

/**
 * A name-based UUID (RFC 9562 §5.5, version 5 layout over SHA-1) from a namespace text and a
 * name, so that the same ACLED event always gets the same observation id and a re-import is
 * a replay rather than a duplicate.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`${namespace}\u0000${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Namespace of observation ids derived from ACLED `event_id_cnty`. */
export const ACLED_ID_NAMESPACE = 'guarantor:acled:event_id_cnty';

/** Monitoring category and sub-type of an ACLED event type / sub-event type pair. */
export interface AcledCategory {
  category: string;
  subtype?: string;
}

// ACLED codebook sub-event types → the monitoring taxonomy (issue 4, item 1). Sub-events that
// are not ceasefire violations (protests, agreements, arrests …) have no entry and are skipped.
const SUB_EVENTS: Record<string, AcledCategory> = {
  'armed clash': { category: 'armed-clash' },
  'government regains territory': { category: 'ground-assault' },
  'non-state actor overtakes territory': { category: 'ground-assault' },
  'shelling/artillery/missile attack': { category: 'shelling' },
  'air/drone strike': { category: 'air-drone-strike' },
  'remote explosive/landmine/ied': { category: 'mine-uxo' },
  grenade: { category: 'explosion', subtype: 'undetermined' },
  'suicide bomb': { category: 'explosion', subtype: 'undetermined' },
  'chemical weapon': { category: 'explosion', subtype: 'undetermined' },
  attack: { category: 'civilian-harm' },
  'abduction/forced disappearance': { category: 'civilian-harm' },
  'sexual violence': { category: 'civilian-harm' },
  'looting/property destruction': { category: 'infrastructure-damage' },
};

/** The monitoring category of an ACLED event, or null when it is not a ceasefire matter. */
export function acledCategory(event: Pick<AcledEvent, 'eventType' | 'subEventType'>): AcledCategory | null {
  return SUB_EVENTS[event.subEventType.trim().toLowerCase()] ?? null;
}

const TIME_PRECISION = { 1: 'day', 2: 'week', 3: 'month' } as const;
// ACLED geo_precision: 1 the named town, 2 near it or a part of a region, 3 a region's
// centroid. Radii are the conventional reading of those classes, in metres.
const GEO_UNCERTAINTY_M = { 1: 2_000, 2: 25_000, 3: 100_000 } as const;
const GEO_PRECISION = { 1: 'exact', 2: 'near', 3: 'region' } as const;

/** Options of the ACLED mapping. */
export interface AcledMappingOptions {
  /** Releasability of every imported observation; ACLED data is published, so `public` by default. */
  releasability?: ObservationInput['releasability'];
  /** Admiralty grading given to ACLED as a source; `F`/`6` (cannot be judged) unless the importer says. */
  reliability?: ObservationInput['source']['reliability'];
  credibility?: number;
}

/**
 * Maps one ACLED event to the observation contract: the id derived from `event_id_cnty`, the
 * day (or week, month) as the observed span, the location with an uncertainty radius from
 * `geo_precision`, fatalities as a killed estimate (civilian when the event targeted
 * civilians), and every column of the row kept as provenance under `acled`. Returns null for events that
 * are not ceasefire matters (see `acledCategory`).
 */
export function acledToObservation(
  event: AcledEvent,
  options: AcledMappingOptions = {},
): ImportedObservation | null {
  const kind = acledCategory(event);
  if (!kind) return null;
  const start = `${event.eventDate}T00:00:00.000Z`;
  const days = event.timePrecision === 1 ? 1 : event.timePrecision === 2 ? 7 : 31;
  const until = new Date(Date.parse(start) + days * 86_400_000 - 1).toISOString();
  const c = event.columns;
  const actors = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2']
    .flatMap((name) => (c[name] ?? '').split(';'))
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const civilian =
    (c.civilian_targeting ?? '').trim() !== '' ||
    event.eventType.toLowerCase() === 'violence against civilians';
  const estimate = { low: event.fatalities, best: event.fatalities, high: event.fatalities };
  const casualties: Casualties | undefined =
    event.fatalities > 0
      ? civilian
        ? { civilian: { killed: estimate } }
        : { military: { killed: estimate } }
      : undefined;
  const notes = (c.notes ?? '').trim();
  const observation: ObservationInput = {
    id: nameBasedUuid(ACLED_ID_NAMESPACE, event.eventIdCnty),
    observedAt: start,
    observedUntil: until,
    timePrecision: TIME_PRECISION[event.timePrecision],
    location: { type: 'Point', coordinates: [event.longitude, event.latitude] },
    uncertaintyM: GEO_UNCERTAINTY_M[event.geoPrecision],
    locationPrecision: GEO_PRECISION[event.geoPrecision],
    source: {
      kind: 'open-source',
      id: `ACLED ${event.eventIdCnty}`,
      reliability: options.reliability ?? 'F',
      credibility: options.credibility ?? 6,
    },
    category: kind.category,
    ...(kind.subtype
      ? { subtype: kind.subtype }
      : kind.category === 'civilian-harm' && event.fatalities > 0
        ? { subtype: 'killed' }
        : {}),
    ...(actors.length ? { actors: [...new Set(actors)] } : {}),
    ...(casualties ? { casualties } : {}),
    ...(notes ? { notes: notes.slice(0, 4000) } : {}),
    releasability: options.releasability ?? 'public',
  };
  return { position: { line: event.line }, observation, provenance: { acled: { ...c } } };
}
