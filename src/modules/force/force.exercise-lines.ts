// The EXERCISE statement of requirements of the force; force.exercise.ts loads it.
import type { Area, Domain } from './force.model.js';

/** Source of the overall size of the force. */
export const SIZE = 'domain/commitments.md — Multinational Force Ukraine, reported size 15,000–30,000';

/** One EXERCISE requirement line. */
export interface ExerciseLine {
  ref: string;
  domain: Domain;
  capability: string;
  quantity: number;
  unit: string;
  area: Area;
  priority: number;
  readinessDays: number;
}

/** The EXERCISE statement of requirements: 19,600 personnel, plus air and maritime lines. */
export const LINES: ExerciseLine[] = [
  {
    ref: 'X-L01',
    domain: 'land',
    capability: 'armoured brigade',
    quantity: 8000,
    unit: 'personnel',
    area: 'ukraine-west-hubs',
    priority: 1,
    readinessDays: 90,
  },
  {
    ref: 'X-L02',
    domain: 'land',
    capability: 'infantry battle group',
    quantity: 4000,
    unit: 'personnel',
    area: 'kyiv',
    priority: 2,
    readinessDays: 90,
  },
  {
    ref: 'X-L03',
    domain: 'land',
    capability: 'training and regeneration',
    quantity: 3000,
    unit: 'personnel',
    area: 'ukraine-central-hubs',
    priority: 1,
    readinessDays: 120,
  },
  {
    ref: 'X-C01',
    domain: 'command',
    capability: 'force headquarters and Kyiv coordination cell',
    quantity: 600,
    unit: 'personnel',
    area: 'kyiv',
    priority: 1,
    readinessDays: 30,
  },
  {
    ref: 'X-G01',
    domain: 'logistics',
    capability: 'logistics hub',
    quantity: 2500,
    unit: 'personnel',
    area: 'neighbouring-nato',
    priority: 2,
    readinessDays: 60,
  },
  {
    ref: 'X-M01',
    domain: 'medical',
    capability: 'role 2 medical treatment',
    quantity: 400,
    unit: 'personnel',
    area: 'ukraine-west-hubs',
    priority: 3,
    readinessDays: 90,
  },
  {
    ref: 'X-E01',
    domain: 'engineering',
    capability: 'engineer battalion',
    quantity: 800,
    unit: 'personnel',
    area: 'ukraine-central-hubs',
    priority: 3,
    readinessDays: 120,
  },
  {
    ref: 'X-I01',
    domain: 'isr',
    capability: 'reconnaissance and surveillance',
    quantity: 300,
    unit: 'personnel',
    area: 'neighbouring-nato',
    priority: 2,
    readinessDays: 60,
  },
  {
    ref: 'X-A01',
    domain: 'air',
    capability: 'air policing',
    quantity: 24,
    unit: 'aircraft',
    area: 'ukraine-airspace',
    priority: 1,
    readinessDays: 60,
  },
  {
    ref: 'X-S01',
    domain: 'sea',
    capability: 'maritime security',
    quantity: 6,
    unit: 'ships',
    area: 'black-sea',
    priority: 2,
    readinessDays: 90,
  },
  {
    ref: 'X-S02',
    domain: 'mine-countermeasures',
    capability: 'mine clearance',
    quantity: 6,
    unit: 'ships',
    area: 'black-sea',
    priority: 1,
    readinessDays: 90,
  },
];
