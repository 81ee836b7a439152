import { toMeanSeaLevel } from './altitude.js';
import { prepareFootprint, reachBox, withinReach, type PreparedFootprint } from './footprint-geometry.js';
import type { AltitudeDatum, Volume4D } from './volume.js';

/**
 * A volume prepared for repeated tests: its footprint core (the `PreparedFootprint` fields),
 * reach and box, and every number the rule compares, flat on one object so that the
 * detector reads fields instead of walking nested records, and a batch run keeps few
 * objects alive per volume (50,000 volumes, over a million candidate pairs).
 */
export interface PreparedVolume extends PreparedFootprint {
  volume: Volume4D;
  /** Footprint radius plus own lateral buffer, metres. */
  reachM: number;
  /** Box of everything within reach (`reachBox`), degrees. */
  west: number;
  south: number;
  east: number;
  north: number;
  /** Window `[start, end)`, epoch ms. */
  start: number;
  end: number;
  isActivity: boolean;
  isZone: boolean;
  party: string;
  datum: AltitudeDatum;
  /** Band as given, on its own datum. */
  lowerM: number;
  upperM: number;
  /** Band on mean sea level, widened for its datum (see `toMeanSeaLevel`). */
  mslLowerM: number;
  mslUpperM: number;
  lateralBufferM: number;
  verticalBufferM: number;
}

/** Prepares a volume for the detector (footprint core, reach, box, flat fields). */
export function prepareVolume(volume: Volume4D): PreparedVolume {
  const f = prepareFootprint(volume.footprint);
  const reachM = f.radiusM + volume.lateralBufferM;
  const box = reachBox(f, reachM);
  const msl = toMeanSeaLevel(volume.altitude);
  return {
    volume,
    kind: f.kind,
    lon: f.lon,
    lat: f.lat,
    ringStarts: f.ringStarts,
    radiusM: f.radiusM,
    minLon: f.minLon,
    minLat: f.minLat,
    maxLon: f.maxLon,
    maxLat: f.maxLat,
    reachM,
    west: box[0],
    south: box[1],
    east: box[2],
    north: box[3],
    start: volume.start,
    end: volume.end,
    isActivity: volume.role === 'activity',
    isZone: volume.role === 'zone',
    party: volume.party,
    datum: volume.altitude.datum,
    lowerM: volume.altitude.lowerM,
    upperM: volume.altitude.upperM,
    mslLowerM: msl.lower,
    mslUpperM: msl.upper,
    lateralBufferM: volume.lateralBufferM,
    verticalBufferM: volume.verticalBufferM,
  };
}

/**
 * Whether the two roles can conflict at all, and whether the parties matter: activities
 * conflict with other parties' activities and sites; a no-go zone conflicts with every
 * activity, the zone owner's own included; sites and zones never conflict with each other.
 */
export function rolesCanConflict(a: Volume4D, b: Volume4D): boolean {
  if (a.role !== 'activity' && b.role !== 'activity') return false;
  if (a.role === 'zone' || b.role === 'zone') return true;
  return a.party !== b.party;
}

/**
 * The conflict rule, exactly: two volumes conflict iff their roles and parties can conflict
 * (`rolesCanConflict`), their half-open time windows overlap, their altitude bands come
 * closer than the larger of their vertical buffers (same datum: as given; mixed: on mean sea
 * level, widened — as `bandsOverlap`), and their footprints come within the larger of their
 * lateral buffers (touching counts). Cheap tests first, the exact footprint test last; the
 * indexes only ever skip pairs one of these tests would refuse.
 */
export function volumesConflict(p: PreparedVolume, q: PreparedVolume): boolean {
  if (!p.isActivity && !q.isActivity) return false;
  if (!p.isZone && !q.isZone && p.party === q.party) return false;
  if (!(p.start < q.end && q.start < p.end)) return false;
  const v = p.verticalBufferM > q.verticalBufferM ? p.verticalBufferM : q.verticalBufferM;
  if (p.datum === q.datum) {
    if (!(p.lowerM < q.upperM + v && q.lowerM < p.upperM + v)) return false;
  } else if (!(p.mslLowerM < q.mslUpperM + v && q.mslLowerM < p.mslUpperM + v)) return false;
  if (p.west > q.east || q.west > p.east || p.south > q.north || q.south > p.north) return false;
  return withinReach(
    p,
    q,
    p.lateralBufferM > q.lateralBufferM ? p.lateralBufferM : q.lateralBufferM,
    p.south,
    p.north,
    q.south,
    q.north,
  );
}
