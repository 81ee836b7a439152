import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { supportStrings } from './strings.js';

/** Pillar 2, support to Ukraine's armed forces: requirements, pledges, donors, imports. */
export const supportFeature: FeatureDefinition = {
  module: 'support',
  section: 'support',
  strings: supportStrings,
  routes: [
    { path: '/support', page: lazy(() => import('./requirements-page.js')), titleKey: 'support.board' },
    {
      path: '/support/priority-lists',
      page: lazy(() => import('./priority-lists-page.js')),
      titleKey: 'support.priorityLists',
    },
    { path: '/support/donors', page: lazy(() => import('./donors-page.js')), titleKey: 'support.donorViews' },
    { path: '/support/pledges', page: lazy(() => import('./pledges-page.js')), titleKey: 'support.pledges' },
    {
      path: '/support/pledges/:id',
      page: lazy(() => import('./pledge-page.js')),
      titleKey: 'support.pledge',
    },
    {
      path: '/support/imports',
      page: lazy(() => import('./tracker-import-page.js')),
      titleKey: 'support.trackerImport',
    },
  ],
};
