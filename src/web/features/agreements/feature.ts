import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { agreementsStrings } from './strings.js';

/** Pillar 5, long-term defence cooperation agreements: tracker, clauses and fulfilment. */
export const agreementsFeature: FeatureDefinition = {
  module: 'agreements',
  section: 'agreements',
  strings: agreementsStrings,
  routes: [
    { path: '/agreements', page: lazy(() => import('./tracker-page.js')), titleKey: 'agreements.tracker' },
    {
      path: '/agreements/:id',
      page: lazy(() => import('./agreement-page.js')),
      titleKey: 'agreements.agreement',
    },
  ],
};
