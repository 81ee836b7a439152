import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { unwrapPolygons } from './antimeridian.js';
import { ISO_BY_NUMERIC } from './iso-countries.js';
import { labelMinZoom, labelPoint } from './label-point.js';

/** Properties of a basemap country. */
export interface CountryProperties {
  /** ISO 3166-1 alpha-3, or '' for areas without a code (e.g. N. Cyprus). */
  iso3: string;
  /** Name in the user's language where the browser knows it, else Natural Earth's. */
  name: string;
}

/** A country's name label: where and from which zoom. */
export interface CountryLabel {
  iso3: string;
  name: string;
  position: [number, number];
  minZoom: number;
}

/** The offline basemap: country outlines and their labels. */
export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  labels: CountryLabel[];
}

let topology: Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>> | undefined;

/**
 * Loads Natural Earth 1:50m countries (world-atlas, shipped with the application and served
 * by Guarantor itself: no tile server) and names them in the language.
 */
export async function loadBasemap(locale: string): Promise<Basemap> {
  topology ??= fetch(countriesUrl).then((r) => {
    if (!r.ok) throw new Error(`basemap ${r.status}`);
    return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
  });
  const topo = await topology;
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' });
  const collection = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const labels: CountryLabel[] = [];
  const countries: Basemap['countries'] = {
    type: 'FeatureCollection',
    features: collection.features.map((f) => {
      const codes = f.id !== undefined ? ISO_BY_NUMERIC[String(f.id)] : undefined;
      const name = (codes && names.of(codes[0])) || f.properties.name;
      const iso3 = codes?.[1] ?? '';
      const label = labelPoint(f.geometry);
      if (label) labels.push({ iso3, name, position: label.position, minZoom: labelMinZoom(label.area) });
      const geometry = {
        ...f.geometry,
        coordinates: unwrapPolygons(f.geometry.coordinates, f.geometry.type === 'MultiPolygon'),
      } as Polygon | MultiPolygon;
      return { ...f, geometry, properties: { iso3, name } };
    }),
  };
  return { countries, labels };
}
