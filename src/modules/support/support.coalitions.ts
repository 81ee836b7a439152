import type { NewCoalition } from './support.schemas.js';

const UDCG =
  'Ukraine Defense Contact Group capability coalitions and their lead nations, as publicly announced (Guarantor domain notes, commitments.md)';

/**
 * The capability coalitions of the Ukraine Defense Contact Group with their lead nations —
 * real, sourced facts. Members beyond the leads are not listed: they are not in the sources.
 */
export const CAPABILITY_COALITIONS: readonly NewCoalition[] = [
  {
    name: 'Air force capability coalition',
    capability: 'air-force',
    leads: ['USA', 'DNK', 'NLD'],
    source: UDCG,
  },
  { name: 'IT coalition', capability: 'it', leads: ['EST', 'LUX'], source: UDCG },
  { name: 'Demining coalition', capability: 'demining', leads: ['LTU'], source: UDCG },
  { name: 'Artillery coalition', capability: 'artillery-ammunition', leads: ['FRA', 'USA'], source: UDCG },
  {
    name: 'Integrated air and missile defence coalition',
    capability: 'air-defence',
    leads: ['DEU', 'FRA'],
    source: UDCG,
  },
  { name: 'Drone coalition', capability: 'drones', leads: ['LVA', 'GBR'], source: UDCG },
  { name: 'Armour coalition', capability: 'armour', leads: ['POL', 'DEU'], source: UDCG },
  { name: 'Maritime capability coalition', capability: 'maritime', leads: ['GBR', 'NOR'], source: UDCG },
];
