import CoT from '@tak-ps/node-cot';
import { nameBasedUuid } from './acled-observation.js';
import type { ObservationInput } from './monitoring.schemas.js';
import type { ImportedObservation } from './outputs.contract.js';
import { RELIABILITY, SOURCE_KINDS, WEAPON_CLASSES, type WeaponClass } from './taxonomy.js';

/**
 * Cursor on Target in: XML events (one, several in a row, or wrapped in `<events>`) become
 * observations of the contract. Parsing is done by `@tak-ps/node-cot` 12; coordinates are
 * range-checked here because the library accepts impossible ones, and any DTD is refused
 * before parsing (no entity expansion, no external entities).
 *
 * The observation's monitoring fields travel in a `<__guarantor>` detail (the `__` prefix is
 * TAK's convention for extension details), e.g.
 * `<__guarantor category="explosion" subtype="impact" quantity="4" sourceKind="fixed-camera"
 * reliability="B" credibility="2" releasability="coalition"/>`. Without it the category is
 * read from the CoT type where the type says it (see `COT_TYPE_CATEGORIES`).
 */

/** A problem in a CoT body, naming the event (from 0) and the attribute. */
export interface CotError {
  index: number;
  pointer: string;
  detail: string;
}

/** Result of reading CoT XML. */
export type CotParseResult =
  { ok: true; observations: ImportedObservation[] } | { ok: false; errors: CotError[] };

/** Namespace of observation ids derived from a CoT event's uid and time. */
export const COT_ID_NAMESPACE = 'guarantor:cot:uid+time';

/** CoT types (MIL-STD-2525 hierarchy) that by themselves say which monitoring category applies; longest prefix wins. */
export const COT_TYPE_CATEGORIES: Readonly<Record<string, CotCategory>> = {
  'a-h-G-E-W-A': { category: 'weapon-in-violation', weaponClass: 'artillery-100mm' },
  'a-h-G-E-W-R': { category: 'weapon-in-violation', weaponClass: 'mlrs' },
  'a-h-G-E-W-M': { category: 'weapon-in-violation', weaponClass: 'mortar' },
  'a-h-G-E-V-A-T': { category: 'weapon-in-violation', weaponClass: 'tank' },
  'a-h-G-E-W': { category: 'weapon-in-violation' },
  'a-h-G-U': { category: 'movement-in-buffer-zone' },
};

/** Category (and weapon class) a CoT type implies. */
export interface CotCategory {
  category: string;
  subtype?: string;
  weaponClass?: WeaponClass;
}

const UNKNOWN_ERROR = 9_999_999;

function categoryOfType(type: string): CotCategory | undefined {
  let best: string | undefined;
  for (const prefix of Object.keys(COT_TYPE_CATEGORIES)) {
    if ((type === prefix || type.startsWith(`${prefix}-`)) && (!best || prefix.length > best.length))
      best = prefix;
  }
  return best ? COT_TYPE_CATEGORIES[best] : undefined;
}

/** Splits a body into its `<event>` elements (TAK streams send them back to back). */
export function splitCotEvents(xml: string): string[] {
  return [...xml.matchAll(/<event[\s>][\s\S]*?<\/event>/g)].map((m) => m[0]);
}

/** Options of the CoT mapping. */
export interface CotMappingOptions {
  /** Releasability when the event does not say; `coalition` by default. */
  releasability?: ObservationInput['releasability'];
}

/**
 * Reads CoT XML into observations, all or nothing: any bad event yields only errors.
 *
 * @example parseCotObservations(readFileSync('event.xml', 'utf8'))
 */
export function parseCotObservations(xml: string, options: CotMappingOptions = {}): CotParseResult {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return {
      ok: false,
      errors: [
        { index: 0, pointer: '/', detail: 'document type declarations and entities are not accepted' },
      ],
    };
  }
  const events = splitCotEvents(xml);
  if (events.length === 0) {
    return {
      ok: false,
      errors: [{ index: 0, pointer: '/event', detail: 'the body holds no <event> element' }],
    };
  }
  const errors: CotError[] = [];
  const observations: ImportedObservation[] = [];
  events.forEach((text, index) => {
    const result = mapEvent(text, index, options);
    if ('errors' in result) errors.push(...result.errors);
    else
      observations.push({
        position: { index },
        observation: result.observation,
        provenance: result.provenance,
      });
  });
  return errors.length ? { ok: false, errors } : { ok: true, observations };
}

type Attrs = Record<string, string | undefined>;

function mapEvent(
  text: string,
  index: number,
  options: CotMappingOptions,
): { observation: ObservationInput; provenance: Record<string, unknown> } | { errors: CotError[] } {
  let cot: CoT;
  try {
    cot = new CoT(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { errors: [{ index, pointer: '/event', detail: `not a CoT event: ${detail}` }] };
  }
  const errors: CotError[] = [];
  const fail = (pointer: string, detail: string) => errors.push({ index, pointer, detail });
  const event = cot.raw.event._attributes as Attrs;
  const point = (cot.raw.event.point?._attributes ?? {}) as Attrs;
  const detail = (cot.raw.event.detail ?? {}) as Record<
    string,
    { _attributes?: Attrs; _text?: string } | undefined
  >;
  const ext = detail.__guarantor?._attributes ?? {};

  const lat = Number(point.lat);
  const lon = Number(point.lon);
  if (!Number.isFinite(lat) || lat < -90 || lat > 90)
    fail('/event/point/@lat', `"${point.lat}" is not a latitude in [-90, 90]`);
  if (!Number.isFinite(lon) || lon < -180 || lon > 180)
    fail('/event/point/@lon', `"${point.lon}" is not a longitude in [-180, 180]`);
  const observedAt = event.start ?? event.time;
  if (!observedAt || Number.isNaN(Date.parse(observedAt))) fail('/event/@start', 'must be an ISO 8601 time');
  const ce = Number(point.ce);
  const type = event.type ?? '';
  const implied = categoryOfType(type);
  const kind: CotCategory | undefined = ext.category
    ? { category: ext.category, ...(ext.subtype ? { subtype: ext.subtype } : {}) }
    : implied;
  const weaponClass = ext.weaponClass ?? implied?.weaponClass;
  if (!kind) {
    fail(
      '/event/detail/__guarantor/@category',
      `the CoT type "${type}" does not say the category; add <__guarantor category="…"/>`,
    );
  }
  const numberAttr = (name: string, min: number, max: number): number | undefined => {
    const raw = ext[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      fail(`/event/detail/__guarantor/@${name}`, `"${raw}" is not a number in [${min}, ${max}]`);
      return undefined;
    }
    return value;
  };
  const quantity = numberAttr('quantity', 0, 1_000_000);
  const bearingDeg = numberAttr('bearingDeg', 0, 360);
  const distanceM = numberAttr('distanceM', 0, 1_000_000);
  const credibility = numberAttr('credibility', 1, 6);
  const releasability = readReleasability(ext.releasability, options.releasability ?? 'coalition');
  if (releasability === null)
    fail(
      '/event/detail/__guarantor/@releasability',
      'must be public, coalition, owner or party codes separated by commas',
    );
  const how = event.how ?? '';
  // h-… is a human estimate, m-… machine-generated (CoT "how").
  const sourceKind = ext.sourceKind ?? (how.startsWith('h') ? 'patrol' : 'fixed-camera');
  if (!(SOURCE_KINDS as readonly string[]).includes(sourceKind)) {
    fail('/event/detail/__guarantor/@sourceKind', `unknown source kind; one of ${SOURCE_KINDS.join(', ')}`);
  }
  if (weaponClass !== undefined && !(WEAPON_CLASSES as readonly string[]).includes(weaponClass)) {
    fail(
      '/event/detail/__guarantor/@weaponClass',
      `unknown weapon class; one of ${WEAPON_CLASSES.join(', ')}`,
    );
  }
  const reliability = ext.reliability ?? 'F';
  if (!(RELIABILITY as readonly string[]).includes(reliability)) {
    fail('/event/detail/__guarantor/@reliability', 'must be an Admiralty reliability grade A–F');
  }
  if (errors.length) return { errors };

  const callsign = (detail.contact?._attributes ?? {}).callsign;
  const uid = event.uid ?? '';
  const remarks = typeof detail.remarks?._text === 'string' ? detail.remarks._text.trim() : '';
  const observation: ObservationInput = {
    id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ext.id ?? '')
      ? ext.id!.toLowerCase()
      : nameBasedUuid(COT_ID_NAMESPACE, `${uid}|${new Date(observedAt!).toISOString()}`),
    observedAt: new Date(observedAt!).toISOString(),
    location: { type: 'Point', coordinates: [lon, lat] },
    ...(Number.isFinite(ce) && ce > 0 && ce < UNKNOWN_ERROR ? { uncertaintyM: ce } : {}),
    source: {
      kind: sourceKind as ObservationInput['source']['kind'],
      id: ext.sourceId ?? callsign ?? uid,
      reliability: reliability as ObservationInput['source']['reliability'],
      credibility: credibility ?? 6,
    },
    category: kind!.category,
    ...(kind!.subtype ? { subtype: kind!.subtype } : {}),
    ...(quantity !== undefined ? { quantity } : {}),
    ...(bearingDeg !== undefined ? { bearingDeg } : {}),
    ...(distanceM !== undefined ? { distanceM } : {}),
    ...(ext.weaponSystem ? { weaponSystem: ext.weaponSystem } : {}),
    ...(weaponClass ? { weaponClass: weaponClass as WeaponClass } : {}),
    ...(remarks ? { notes: remarks.slice(0, 4000) } : {}),
    releasability: releasability!,
  };
  const cotAttributes = { uid, type, how, time: event.time, start: event.start, stale: event.stale };
  return { observation, provenance: { cot: { ...cotAttributes, point, callsign } } };
}

function readReleasability(
  raw: string | undefined,
  fallback: ObservationInput['releasability'],
): ObservationInput['releasability'] | null {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim();
  if (value === 'public' || value === 'coalition' || value === 'owner') return value;
  const parties = value.split(/[\s,]+/).filter(Boolean);
  return parties.every((p) => /^([A-Z]{3}|EU|NATO)$/.test(p)) ? parties : null;
}
