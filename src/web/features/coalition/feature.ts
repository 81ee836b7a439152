import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { coalitionStrings } from './strings.js';

/** The coalition registry: parties, their representatives, and the coalition map. */
export const coalitionFeature: FeatureDefinition = {
  module: 'coalition',
  section: 'coalition',
  strings: coalitionStrings,
  routes: [
    {
      path: '/coalition',
      page: lazy(() => import('./parties-page.js')),
      titleKey: 'coalition.parties',
    },
    {
      path: '/coalition/map',
      page: lazy(() => import('./coalition-map-page.js')),
      titleKey: 'coalition.mapTitle',
    },
    {
      path: '/coalition/parties/:code',
      page: lazy(() => import('./party-page.js')),
      titleKey: 'coalition.party',
    },
  ],
};
