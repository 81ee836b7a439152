import type { MapLayer } from '../../components/map/layers.js';
import type { Incident, Observation, ZoneFeature } from '../../../modules/monitoring/monitoring.schemas.js';

type LonLat = [number, number];

/** Colours of incident statuses on the map: open work warm, settled work cool. */
export const STATUS_COLOURS: Record<Incident['status'], string> = {
  reported: '#a4262c',
  triaged: '#c05a00',
  corroborated: '#b8860b',
  verified: '#6b2fa3',
  referred: '#1f4e79',
  attributed: '#0b3d66',
  closed: '#5a5a5a',
  disputed: '#d13438',
  retracted: '#8a8a8a',
};

const ZONE_COLOURS: Record<ZoneFeature['properties']['kind'], string> = {
  'line-of-contact': '#a4262c',
  'buffer-zone': '#b8860b',
  'disengagement-area': '#0b6e4f',
  'withdrawal-line': '#1f4e79',
  sector: '#6b6b6b',
};

function asPath(coords: unknown): LonLat[] {
  return Array.isArray(coords)
    ? coords
        .filter((c): c is LonLat => Array.isArray(c) && c.length >= 2)
        .map((c) => [Number(c[0]), Number(c[1])])
    : [];
}

/** The zone set as map layers: one layer per zone kind, lines and areas as their geometry says. */
export function zoneLayers(features: readonly ZoneFeature[], label: (kind: string) => string): MapLayer[] {
  const byKind = new Map<string, ZoneFeature[]>();
  for (const f of features) byKind.set(f.properties.kind, [...(byKind.get(f.properties.kind) ?? []), f]);
  const layers: MapLayer[] = [];
  for (const [kind, zones] of byKind) {
    const colour = ZONE_COLOURS[kind as keyof typeof ZONE_COLOURS] ?? '#6b6b6b';
    const lines: { id: string; path: LonLat[]; title: string }[] = [];
    const polygons: { id: string; rings: LonLat[][]; title: string }[] = [];
    zones.forEach((z, i) => {
      const g = z.geometry;
      if (!g) return;
      const id = `${kind}-${z.id ?? i}`;
      const title = z.properties.name;
      if (g.type === 'LineString') lines.push({ id, path: asPath(g.coordinates), title });
      if (g.type === 'MultiLineString')
        g.coordinates.forEach((l, j) => lines.push({ id: `${id}-${j}`, path: asPath(l), title }));
      if (g.type === 'Polygon') polygons.push({ id, rings: g.coordinates.map(asPath), title });
      if (g.type === 'MultiPolygon') {
        g.coordinates.forEach((p, j) =>
          polygons.push({ id: `${id}-${j}`, rings: Array.isArray(p) ? p.map(asPath) : [], title }),
        );
      }
    });
    if (polygons.length > 0)
      layers.push({
        kind: 'polygons',
        id: `zones-${kind}-areas`,
        label: label(kind),
        color: colour,
        polygons,
        opacity: 0.15,
      });
    if (lines.length > 0) {
      layers.push({
        kind: 'lines',
        id: `zones-${kind}`,
        label: label(kind),
        color: colour,
        lines,
        width: kind === 'line-of-contact' ? 3 : 2,
        dashed: kind === 'withdrawal-line',
      });
    }
  }
  return layers;
}

/** Observations as clustered points, one layer, coloured as violations. */
export function observationLayer(items: readonly Observation[], label: string): MapLayer {
  return {
    kind: 'points',
    id: 'observations',
    label,
    color: '#a4262c',
    cluster: true,
    radius: 5,
    points: items.map((o) => ({
      id: o.id,
      position: [o.location.coordinates[0] ?? 0, o.location.coordinates[1] ?? 0] as LonLat,
      title: `${o.category}${o.subtype ? ` / ${o.subtype}` : ''} · ${o.observedAt}`,
    })),
  };
}

/**
 * Incidents as points, one layer per status so the legend explains the colours; `cluster`
 * groups them with their count (the operational map, where they are thousands).
 */
export function incidentLayers(
  items: readonly Incident[],
  label: (status: string) => string,
  cluster = false,
): MapLayer[] {
  const byStatus = new Map<Incident['status'], Incident[]>();
  for (const i of items) byStatus.set(i.status, [...(byStatus.get(i.status) ?? []), i]);
  return [...byStatus].map(([status, incidents]) => ({
    kind: 'points' as const,
    id: `incidents-${status}`,
    label: label(status),
    color: STATUS_COLOURS[status],
    radius: 8,
    cluster,
    points: incidents.map((i) => ({
      id: i.id,
      position: [i.centroid.coordinates[0] ?? 0, i.centroid.coordinates[1] ?? 0] as LonLat,
      title: `${i.primaryCategory} · ${i.observationCount}`,
    })),
  }));
}
