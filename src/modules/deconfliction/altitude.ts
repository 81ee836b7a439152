import type { AltitudeBand } from './volume.js';

/**
 * Terrain and geoid allowances used when two bands use different datums. They are safety
 * margins chosen to cover the area of operations, not measurements: a band above ground is
 * widened by the whole terrain range, and an ellipsoidal band by the geoid range, so that a
 * mixed-datum comparison can report a conflict that is not there but never hide one.
 */
export const DATUM_ALLOWANCE = {
  /** Lowest terrain assumed under an AGL band, metres AMSL. */
  terrainMinM: -50,
  /** Highest terrain assumed under an AGL band, metres AMSL. */
  terrainMaxM: 2_200,
  /** Largest |geoid undulation| assumed between WGS-84 ellipsoid and mean sea level, metres. */
  geoidM: 60,
} as const;

/** A band as the detector compares it: `[lower, upper)` in metres on one reference. */
export interface ComparableBand {
  lower: number;
  upper: number;
}

/**
 * The band on a common mean-sea-level reference, widened conservatively when the datum is
 * not AMSL (see `DATUM_ALLOWANCE`).
 */
export function toMeanSeaLevel(band: AltitudeBand): ComparableBand {
  switch (band.datum) {
    case 'AMSL':
      return { lower: band.lowerM, upper: band.upperM };
    case 'AGL':
      return {
        lower: band.lowerM + DATUM_ALLOWANCE.terrainMinM,
        upper: band.upperM + DATUM_ALLOWANCE.terrainMaxM,
      };
    case 'W84':
      return { lower: band.lowerM - DATUM_ALLOWANCE.geoidM, upper: band.upperM + DATUM_ALLOWANCE.geoidM };
  }
}

/**
 * Whether two altitude bands come closer than `verticalBufferM` metres. Bands are half-open
 * `[lower, upper)`, so with no buffer a band ending at 1,000 m and one starting at 1,000 m do
 * not overlap. Same datum: compared as given; different datums: both on mean sea level,
 * widened (see `toMeanSeaLevel`).
 *
 * @example bandsOverlap({lowerM: 0, upperM: 1000, datum: 'AMSL'}, {lowerM: 1000, upperM: 2000, datum: 'AMSL'}, 0) // false
 */
export function bandsOverlap(a: AltitudeBand, b: AltitudeBand, verticalBufferM: number): boolean {
  if (a.datum === b.datum) {
    return a.lowerM < b.upperM + verticalBufferM && b.lowerM < a.upperM + verticalBufferM;
  }
  const x = toMeanSeaLevel(a);
  const y = toMeanSeaLevel(b);
  return x.lower < y.upper + verticalBufferM && y.lower < x.upper + verticalBufferM;
}

/**
 * Whether two half-open time windows `[start, end)` share an instant; back-to-back windows
 * (one ends when the other starts) do not.
 */
export function windowsOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}
