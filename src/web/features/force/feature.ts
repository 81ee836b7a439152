import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { forceStrings } from './strings.js';

/** The multinational force: the force generation board with what-if, offers and the force map. */
export const forceFeature: FeatureDefinition = {
  module: 'force',
  section: 'force',
  strings: forceStrings,
  routes: [
    { path: '/force', page: lazy(() => import('./board-page.js')), titleKey: 'force.board' },
    { path: '/force/offers/:id', page: lazy(() => import('./offer-page.js')), titleKey: 'force.offer' },
  ],
};
