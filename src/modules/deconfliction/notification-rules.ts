import type { ProblemErrorItem } from '../../platform/http/problem.js';
import {
  CATEGORIES,
  type NewNotification,
  type NotificationGeometry,
  type NotificationKind,
} from './deconfliction.schemas.js';
import type { AltitudeBand, Footprint, Volume4D, VolumeRole } from './volume.js';

const HOUR_MS = 3_600_000;

/** Notice required before an activity starts (OCHA humanitarian notification practice). */
export const LEAD_TIME_MS = { normal: 48 * HOUR_MS, emergency: 24 * HOUR_MS } as const;

/**
 * Defaults per kind where the submitter gives none: the altitude band a ground, sea or
 * standing record occupies and the lateral and vertical separation it asks for (metres).
 * Air activities must state their band. These are planning defaults of this deployment, not
 * rules of any standard; a submitter can always ask for more.
 */
export const KIND_DEFAULTS: Record<
  NotificationKind,
  { altitude?: AltitudeBand; lateralBufferM: number; verticalBufferM: number }
> = {
  site: { altitude: { lowerM: 0, upperM: 300, datum: 'AGL' }, lateralBufferM: 500, verticalBufferM: 0 },
  movement: { altitude: { lowerM: 0, upperM: 50, datum: 'AGL' }, lateralBufferM: 250, verticalBufferM: 0 },
  air: { lateralBufferM: 1_000, verticalBufferM: 150 },
  // One nautical mile (1,852 m) either side of a maritime route.
  maritime: { altitude: { lowerM: 0, upperM: 50, datum: 'AMSL' }, lateralBufferM: 1_852, verticalBufferM: 0 },
  zone: { altitude: { lowerM: -500, upperM: 100_000, datum: 'AMSL' }, lateralBufferM: 0, verticalBufferM: 0 },
};

/** Kinds that are activities (movements, air, maritime): they need an end and the lead time. */
export function isActivity(kind: NotificationKind): boolean {
  return kind === 'movement' || kind === 'air' || kind === 'maritime';
}

/** How a kind takes part in detection. */
export function roleOf(kind: NotificationKind): VolumeRole {
  return kind === 'site' ? 'site' : kind === 'zone' ? 'zone' : 'activity';
}

const GEOMETRIES: Record<NotificationKind, readonly NotificationGeometry['type'][]> = {
  site: ['Point', 'Polygon'],
  movement: ['LineString'],
  air: ['Point', 'Polygon'],
  maritime: ['LineString', 'Polygon'],
  zone: ['Point', 'Polygon'],
};

/**
 * Checks a submission against the rules the schema cannot express; answers every offending
 * field by JSON pointer (empty when the submission is acceptable).
 */
export function checkNotification(input: NewNotification): ProblemErrorItem[] {
  const errors: ProblemErrorItem[] = [];
  const err = (pointer: string, detail: string) => errors.push({ pointer, detail });
  if (!CATEGORIES[input.kind].includes(input.category)) {
    err('/category', `a ${input.kind} notification has category ${CATEGORIES[input.kind].join(', ')}`);
  }
  const g = input.geometry;
  if (!GEOMETRIES[input.kind].includes(g.type)) {
    err('/geometry/type', `a ${input.kind} notification needs ${GEOMETRIES[input.kind].join(' or ')}`);
  }
  if (g.type === 'Point' && input.radiusM === undefined) err('/radiusM', 'a circle (Point) needs radiusM');
  if (g.type !== 'Point' && input.radiusM !== undefined)
    err('/radiusM', 'radiusM applies to a Point (circle) only');
  if (g.type === 'LineString' && input.corridorWidthM === undefined)
    err('/corridorWidthM', 'a route (LineString) needs corridorWidthM');
  if (g.type !== 'LineString' && input.corridorWidthM !== undefined)
    err('/corridorWidthM', 'corridorWidthM applies to a route (LineString) only');
  if (g.type === 'Polygon') {
    g.coordinates.forEach((ring, i) => {
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        err(`/geometry/coordinates/${i}`, 'a linear ring must end where it starts (RFC 7946 §3.1.6)');
      }
    });
  }
  if (input.kind === 'air' && input.altitude === undefined)
    err('/altitude', 'an air activity states its altitude band');
  if (input.altitude && !(input.altitude.lowerM < input.altitude.upperM))
    err('/altitude/upperM', 'must be above lowerM');
  const start = Date.parse(input.startsAt);
  const end = input.endsAt === undefined ? null : Date.parse(input.endsAt);
  if (end === null && isActivity(input.kind)) err('/endsAt', `a ${input.kind} notification needs an end`);
  if (end !== null && !(end > start)) err('/endsAt', 'must be after startsAt');
  input.schedule?.forEach((w, i) => {
    const at = Date.parse(w.at);
    if (at < start || (end !== null && at > end))
      err(`/schedule/${i}/at`, 'must lie within startsAt and endsAt');
  });
  return errors;
}

/** The footprint of a stored or submitted geometry with its radius or corridor width. */
export function footprintOf(
  geometry: NotificationGeometry,
  radiusM: number | null,
  corridorWidthM: number | null,
): Footprint {
  switch (geometry.type) {
    case 'Point':
      return { type: 'circle', center: geometry.coordinates, radiusM: radiusM ?? 0 };
    case 'LineString':
      return { type: 'corridor', path: geometry.coordinates, widthM: corridorWidthM ?? 0 };
    case 'Polygon':
      return { type: 'polygon', rings: geometry.coordinates };
  }
}

/** The fields of a notification the detector needs, in storage form. */
export interface StoredVolumeFields {
  id: string;
  owner_party: string;
  kind: string;
  geometry_json: string;
  radius_m: number | null;
  corridor_width_m: number | null;
  lower_m: number;
  upper_m: number;
  altitude_datum: string;
  starts_at: string;
  ends_at: string | null;
  lateral_buffer_m: number;
  vertical_buffer_m: number;
}

/** The 4-D volume of a stored notification. */
export function volumeOf(row: StoredVolumeFields): Volume4D {
  return {
    id: row.id,
    party: row.owner_party,
    role: roleOf(row.kind as NotificationKind),
    footprint: footprintOf(
      JSON.parse(row.geometry_json) as NotificationGeometry,
      row.radius_m,
      row.corridor_width_m,
    ),
    altitude: {
      lowerM: row.lower_m,
      upperM: row.upper_m,
      datum: row.altitude_datum as AltitudeBand['datum'],
    },
    start: Date.parse(row.starts_at),
    end: row.ends_at === null ? Infinity : Date.parse(row.ends_at),
    lateralBufferM: row.lateral_buffer_m,
    verticalBufferM: row.vertical_buffer_m,
  };
}

/**
 * The lead-time rule: an activity (movement, air, maritime) is notified at least 48 h before
 * it starts, or 24 h when flagged as an emergency; standing sites and zones are exempt, since
 * a site should be protected from the moment it is known. Answers the problem to raise, or
 * null. `now` is epoch ms.
 */
export function checkLeadTime(input: NewNotification, now: number): ProblemErrorItem | null {
  if (!isActivity(input.kind)) return null;
  const lead = Date.parse(input.startsAt) - now;
  const needed = input.emergency ? LEAD_TIME_MS.emergency : LEAD_TIME_MS.normal;
  if (lead >= needed) return null;
  const hours = Math.floor(lead / HOUR_MS);
  return {
    pointer: '/startsAt',
    detail: `starts in ${hours} h; a notification needs ${needed / HOUR_MS} h notice${
      input.emergency ? ' even in an emergency' : ' (24 h when flagged as emergency)'
    }`,
  };
}
