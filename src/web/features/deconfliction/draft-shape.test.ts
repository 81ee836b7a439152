import { describe, expect, it } from 'vitest';
import {
  applyMapClick,
  draftGeometry,
  draftLayers,
  groundDistanceM,
  parsePositions,
  type DraftState,
} from './draft-shape.js';

const start = (shape: DraftState['shape']): DraftState => ({
  shape,
  positions: '',
  size: '2000',
  circleStep: 'centre',
});
const labels = { areas: 'Areas', routes: 'Routes', vertices: 'Points', title: 'Draft' };

describe('drawing a notification shape by clicking the map', () => {
  it('adds a polygon corner per click, closing the ring once there are three', () => {
    let s = start('polygon');
    s = applyMapClick(s, [30, 50]);
    s = applyMapClick(s, [30.1, 50]);
    expect(draftGeometry('polygon', parsePositions(s.positions))).toBeNull();
    // Two corners show as an outline and their points, not yet as an area.
    expect(draftLayers(s, parsePositions(s.positions), labels).map((l) => l.id)).toEqual([
      'draft-outline',
      'draft-vertices',
    ]);
    s = applyMapClick(s, [30.1, 50.1]);
    expect(s.positions).toBe('30.00000 50.00000\n30.10000 50.00000\n30.10000 50.10000');
    expect(draftGeometry('polygon', parsePositions(s.positions))).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [30, 50],
          [30.1, 50],
          [30.1, 50.1],
          [30, 50],
        ],
      ],
    });
  });

  it('adds route waypoints after typed ones, so keyboard and map edit the same positions', () => {
    let s: DraftState = { ...start('route'), positions: '30 50\n' };
    s = applyMapClick(s, [30.5, 50.25]);
    expect(draftGeometry('route', parsePositions(s.positions))).toEqual({
      type: 'LineString',
      coordinates: [
        [30, 50],
        [30.5, 50.25],
      ],
    });
  });

  it('takes a circle centre on one click and its radius on the next', () => {
    let s = applyMapClick(start('circle'), [30, 50]);
    expect(s).toMatchObject({ positions: '30.00000 50.00000', circleStep: 'radius', size: '2000' });
    // 0.05° of latitude north of the centre: about 5,560 m.
    s = applyMapClick(s, [30, 50.05]);
    expect(Number(s.size)).toBe(Math.round(groundDistanceM([30, 50], [30, 50.05]) / 10) * 10);
    expect(Number(s.size)).toBeGreaterThan(5_500);
    expect(Number(s.size)).toBeLessThan(5_600);
    expect(s.circleStep).toBe('centre');
    // The next click starts a new circle.
    s = applyMapClick(s, [31, 49]);
    expect(s.positions).toBe('31.00000 49.00000');
    const layers = draftLayers(s, parsePositions(s.positions), labels);
    expect(layers.find((l) => l.id === 'deconfliction-areas')).toBeDefined();
    expect(layers.find((l) => l.id === 'draft-vertices')).toMatchObject({ kind: 'points' });
  });

  it('draws nothing until a position is given', () => {
    expect(draftLayers(start('polygon'), [], labels)).toEqual([]);
    expect(draftGeometry('circle', null)).toBeNull();
  });
});
