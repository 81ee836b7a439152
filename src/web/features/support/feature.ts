import type { FeatureDefinition } from '../types.js';
import { supportStrings } from './strings.js';

/** Pillar 2, support to Ukraine's armed forces: requirements, pledges, donors, imports. */
export const supportFeature: FeatureDefinition = {
  module: 'support',
  section: 'support',
  strings: supportStrings,
  routes: [],
};
