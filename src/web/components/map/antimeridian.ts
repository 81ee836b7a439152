/** A ring of `[lon, lat]` positions. */
type Ring = number[][];

/**
 * Makes a ring continuous across the antimeridian: where two consecutive longitudes jump by
 * more than 180°, the rest of the ring is shifted by ±360° (so Chukotka continues east of
 * 180° instead of a band being drawn across the whole world). MapLibre draws longitudes
 * beyond ±180° on the adjacent world copy.
 */
export function unwrapRing(ring: Ring): Ring {
  let shift = 0;
  let previous: number | undefined;
  return ring.map(([lon = 0, lat = 0, ...rest]) => {
    if (previous !== undefined) {
      const delta = lon + shift - previous;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    previous = lon + shift;
    return [lon + shift, lat, ...rest];
  });
}

/** Applies `unwrapRing` to every ring of a polygon or multipolygon's coordinates. */
export function unwrapPolygons(coordinates: Ring[] | Ring[][], multi: boolean): Ring[] | Ring[][] {
  return multi
    ? (coordinates as Ring[][]).map((polygon) => polygon.map(unwrapRing))
    : (coordinates as Ring[]).map(unwrapRing);
}
