import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { guaranteesStrings } from './strings.js';

// Simulations and pivotality are analyses the server allows to these roles only.
const ANALYST_ROLES = ['coordinator', 'planner', 'analyst'] as const;

/** Pillar 4, the guarantees: triggers, activations, simulation and who is pivotal. */
export const guaranteesFeature: FeatureDefinition = {
  module: 'guarantees',
  section: 'guarantees',
  strings: guaranteesStrings,
  routes: [
    {
      path: '/guarantees',
      page: lazy(() => import('./activations-page.js')),
      titleKey: 'guarantees.activations',
    },
    { path: '/guarantees/board', page: lazy(() => import('./board-page.js')), titleKey: 'guarantees.board' },
    {
      path: '/guarantees/simulation',
      page: lazy(() => import('./simulation-page.js')),
      titleKey: 'guarantees.simulation',
      roles: ANALYST_ROLES,
    },
    {
      path: '/guarantees/pivotality',
      page: lazy(() => import('./pivotality-page.js')),
      titleKey: 'guarantees.pivotality',
      roles: ANALYST_ROLES,
    },
    {
      path: '/guarantees/activations/:id',
      page: lazy(() => import('./activation-page.js')),
      titleKey: 'guarantees.activation',
    },
  ],
};
