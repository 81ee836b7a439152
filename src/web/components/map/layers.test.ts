import { describe, expect, it } from 'vitest';
import { hiddenLayers, type MapLayer } from './layers.js';

const layer = (id: string, visible?: boolean): MapLayer => ({
  kind: 'points',
  id,
  label: id,
  color: '#000',
  points: [],
  ...(visible === undefined ? {} : { visible }),
});

describe('hiddenLayers', () => {
  it('hides layers passed as invisible until the user ticks them, and those the user unticks', () => {
    const layers = [layer('a'), layer('b', false), layer('c', true)];
    expect([...hiddenLayers(layers, new Map())]).toEqual(['b']);
    expect([...hiddenLayers(layers, new Map([['b', true]]))]).toEqual([]);
    expect([...hiddenLayers(layers, new Map([['a', false]]))].sort()).toEqual(['a', 'b']);
  });
});
