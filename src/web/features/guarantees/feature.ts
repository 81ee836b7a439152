import type { FeatureDefinition } from '../types.js';
import { guaranteesStrings } from './strings.js';

/** Pillar 4, the guarantees: triggers, activations, simulation and who is pivotal. */
export const guaranteesFeature: FeatureDefinition = {
  module: 'guarantees',
  section: 'guarantees',
  strings: guaranteesStrings,
  routes: [],
};
