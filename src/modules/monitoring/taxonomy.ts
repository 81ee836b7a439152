/**
 * The observation taxonomy: categories and sub-types compatible with the OSCE SMM's camera
 * and patrol records and with ACLED's event types (domain/monitoring.md), source kinds, the
 * NATO Admiralty grading and the weapon classes of the withdrawal lines.
 */

/** A category of observation, its sub-types and how it maps to ACLED. */
export interface CategoryDefinition {
  /** Sub-types accepted in `subtype`; empty when the category has none. */
  subtypes: readonly string[];
  /**
   * Corroboration group: observations corroborate one another only when their groups are
   * compatible (see `compatibleCategories`).
   */
  group: CategoryGroup;
  /** Base severity from 1 (minor) to 4 (critical), before casualties and quantity. */
  severity: 1 | 2 | 3 | 4;
  /** Whether the observation counts as a ceasefire violation in headline figures. */
  violation: boolean;
  /** ACLED `event_type` / `sub_event_type` this category corresponds to, when one does. */
  acled?: { eventType: string; subEventType?: string };
}

/** Corroboration groups of categories. */
export type CategoryGroup =
  'fire' | 'strike' | 'ground' | 'weapons' | 'movement' | 'access' | 'harm' | 'mines';

/** Every category, keyed by its API name. */
export const CATEGORIES = {
  explosion: {
    subtypes: ['impact', 'outgoing', 'undetermined', 'airburst'],
    group: 'fire',
    severity: 2,
    violation: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
  },
  'projectile-in-flight': { subtypes: [], group: 'fire', severity: 2, violation: true },
  tracer: { subtypes: [], group: 'fire', severity: 1, violation: true },
  'illumination-flare': { subtypes: [], group: 'fire', severity: 1, violation: true },
  'muzzle-flash': { subtypes: [], group: 'fire', severity: 1, violation: true },
  'bursts-and-shots': {
    subtypes: ['small-arms', 'heavy-machine-gun'],
    group: 'fire',
    severity: 1,
    violation: true,
  },
  shelling: {
    subtypes: ['artillery', 'mortar', 'mlrs', 'tank-fire'],
    group: 'fire',
    severity: 2,
    violation: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
  },
  'air-drone-strike': {
    subtypes: ['air-strike', 'drone-strike', 'loitering-munition'],
    group: 'strike',
    severity: 3,
    violation: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
  },
  missile: {
    subtypes: ['ballistic', 'cruise', 'guided-bomb'],
    group: 'strike',
    severity: 3,
    violation: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
  },
  'armed-clash': {
    subtypes: [],
    group: 'ground',
    severity: 3,
    violation: true,
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
  },
  'ground-assault': {
    subtypes: ['across-line', 'within-buffer'],
    group: 'ground',
    severity: 4,
    violation: true,
    acled: { eventType: 'Battles', subEventType: 'Government regains territory' },
  },
  'weapon-in-violation': {
    subtypes: ['withdrawal-line', 'missing-from-storage'],
    group: 'weapons',
    severity: 3,
    violation: true,
  },
  'movement-in-buffer-zone': {
    subtypes: ['personnel', 'vehicles', 'construction'],
    group: 'movement',
    severity: 2,
    violation: true,
  },
  'freedom-of-movement': {
    subtypes: ['denial', 'conditional-access', 'delay', 'threat', 'jamming', 'uav-fired-upon'],
    group: 'access',
    severity: 2,
    violation: false,
  },
  'civilian-harm': {
    subtypes: ['killed', 'injured', 'displaced'],
    group: 'harm',
    severity: 3,
    violation: false,
    acled: { eventType: 'Violence against civilians', subEventType: 'Attack' },
  },
  'infrastructure-damage': {
    subtypes: ['residential', 'energy', 'water', 'transport', 'medical', 'education'],
    group: 'harm',
    severity: 2,
    violation: false,
  },
  'mine-uxo': {
    subtypes: ['anti-tank-mine', 'anti-personnel-mine', 'uxo', 'ied'],
    group: 'mines',
    severity: 2,
    violation: false,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' },
  },
} as const satisfies Record<string, CategoryDefinition>;

/** An observation category by API name. */
export type Category = keyof typeof CATEGORIES;

/** Category names in a stable order (for schemas and documentation). */
export const CATEGORY_NAMES = Object.keys(CATEGORIES) as Category[];

/** True when `name` is a known category. */
export function isCategory(name: string): name is Category {
  return Object.hasOwn(CATEGORIES, name);
}

/** The definition of a known category. */
export function categoryDefinition(category: Category): CategoryDefinition {
  return CATEGORIES[category];
}

/**
 * Checks a category and sub-type pair; answers the problem (field and reason) or null.
 * A sub-type is optional; when given it must be one of the category's.
 */
export function checkCategory(
  category: string,
  subtype: string | undefined,
): { pointer: string; detail: string } | null {
  if (!isCategory(category)) {
    return {
      pointer: '/category',
      detail: `unknown category "${category}"; one of ${CATEGORY_NAMES.join(', ')}`,
    };
  }
  const subtypes: readonly string[] = CATEGORIES[category].subtypes;
  if (subtype !== undefined && !subtypes.includes(subtype)) {
    return {
      pointer: '/subtype',
      detail:
        subtypes.length === 0
          ? `category "${category}" has no sub-types`
          : `unknown sub-type "${subtype}" of "${category}"; one of ${subtypes.join(', ')}`,
    };
  }
  return null;
}

// Fire seen from afar, the strike that caused it and the harm it did are one event seen
// three ways; ground fighting is heard as fire. Everything else corroborates only its own kind.
const COMPATIBLE_GROUPS: Record<CategoryGroup, readonly CategoryGroup[]> = {
  fire: ['fire', 'strike', 'ground', 'harm'],
  strike: ['strike', 'fire', 'harm'],
  ground: ['ground', 'fire', 'harm'],
  harm: ['harm', 'fire', 'strike', 'ground'],
  weapons: ['weapons'],
  movement: ['movement'],
  access: ['access'],
  mines: ['mines'],
};

/** Whether observations of two categories may describe the same incident (symmetric). */
export function compatibleCategories(a: Category, b: Category): boolean {
  return COMPATIBLE_GROUPS[CATEGORIES[a].group].includes(CATEGORIES[b].group);
}

/** Kinds of source an observation comes from. */
export const SOURCE_KINDS = [
  'patrol',
  'fixed-camera',
  'uav-mini',
  'uav-mid-range',
  'uav-long-range',
  'acoustic-sensor',
  'radar',
  'satellite',
  'open-source',
  'party-complaint',
] as const;
/** One source kind. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** NATO Admiralty code: source reliability A (reliable) … E (unreliable), F (cannot be judged). */
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** One reliability grade. */
export type Reliability = (typeof RELIABILITY)[number];

// A heuristic reading of the Admiralty grades as probabilities that a report is true; the
// code itself defines no numbers. F and 6 ("cannot be judged") sit at even odds.
const RELIABILITY_WEIGHT: Record<Reliability, number> = { A: 0.9, B: 0.75, C: 0.6, D: 0.4, E: 0.2, F: 0.5 };
const CREDIBILITY_WEIGHT = [0, 0.95, 0.8, 0.65, 0.45, 0.2, 0.5] as const;

/**
 * The weight of one report from its Admiralty grading (reliability A–F, credibility 1–6),
 * between 0 and 1. Used for incident confidence; a documented heuristic, not a standard.
 */
export function admiraltyWeight(reliability: Reliability, credibility: number): number {
  return RELIABILITY_WEIGHT[reliability] * (CREDIBILITY_WEIGHT[credibility] ?? 0.5);
}

/** Time precision of an observed time. */
export const TIME_PRECISIONS = ['second', 'minute', 'hour', 'day', 'week', 'month'] as const;

/**
 * Location precision, after ACLED's geo_precision and UCDP's scale: exact point, near a
 * named place, within the second-level or first-level administrative area, or a region.
 */
export const LOCATION_PRECISIONS = ['exact', 'near', 'admin2', 'admin1', 'region'] as const;

/**
 * Weapon classes of the withdrawal lines, after Minsk II (February 2015): artillery of 100 mm
 * and more 25 km from the line (a 50 km zone), MLRS 35 km (70 km), heavy MLRS and tactical
 * missiles 70 km (140 km); mortars and tanks as in the 2015 addendum on lighter weapons.
 * Deployed distances come from the zones; these are the classes the API accepts.
 */
export const WEAPON_CLASSES = [
  'artillery-100mm',
  'mlrs',
  'heavy-mlrs-missile',
  'mortar',
  'tank',
  'air-defence',
] as const;
/** One weapon class. */
export type WeaponClass = (typeof WEAPON_CLASSES)[number];

/** Categories whose location is where the weapon itself stands (so withdrawal lines apply). */
export const WEAPON_AT_LOCATION: readonly Category[] = [
  'weapon-in-violation',
  'muzzle-flash',
  'movement-in-buffer-zone',
];
