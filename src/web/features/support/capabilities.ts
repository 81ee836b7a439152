import type { Capability } from './support-api.js';

/**
 * Capability areas in the order the board shows them (the server's `CAPABILITIES`, kept here
 * so the page does not bundle the server's schema library; the type checks each name).
 */
export const CAPABILITY_ORDER: readonly Capability[] = [
  'air-defence',
  'air-force',
  'artillery-ammunition',
  'armour',
  'drones',
  'electronic-warfare',
  'demining',
  'maritime',
  'training',
  'intelligence',
  'technology',
  'it',
  'funding',
];

/** Groups requirement-like rows by capability area, areas in board order, rows by priority. */
export function byCapability<T extends { capability: Capability; priority: number }>(
  rows: readonly T[],
): { capability: Capability; rows: T[] }[] {
  return CAPABILITY_ORDER.map((capability) => ({
    capability,
    rows: rows.filter((r) => r.capability === capability).sort((a, b) => a.priority - b.priority),
  })).filter((g) => g.rows.length > 0);
}
