import { describe, expect, it } from 'vitest';
import { byCapability, CAPABILITY_ORDER } from './capabilities.js';

describe('byCapability', () => {
  it('keeps every row once, areas in board order and rows by priority inside an area', () => {
    const rows = [
      { id: 'a', capability: 'drones' as const, priority: 4 },
      { id: 'b', capability: 'air-defence' as const, priority: 2 },
      { id: 'c', capability: 'air-defence' as const, priority: 1 },
      { id: 'd', capability: 'funding' as const, priority: 10 },
    ];
    const groups = byCapability(rows);
    expect(groups.map((g) => g.capability)).toEqual(['air-defence', 'drones', 'funding']);
    expect(groups[0]!.rows.map((r) => r.id)).toEqual(['c', 'b']);
    expect(groups.flatMap((g) => g.rows).length).toBe(rows.length);
    const order = groups.map((g) => CAPABILITY_ORDER.indexOf(g.capability));
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });
});
