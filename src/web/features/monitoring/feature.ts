import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { monitoringStrings } from './strings.js';

/** Ceasefire monitoring: the operational map and the verification desk. */
export const monitoringFeature: FeatureDefinition = {
  module: 'monitoring',
  section: 'monitoring',
  strings: monitoringStrings,
  routes: [
    { path: '/monitoring', page: lazy(() => import('./operations-map-page.js')), titleKey: 'monitoring.map' },
    {
      path: '/monitoring/incidents',
      page: lazy(() => import('./incidents-page.js')),
      titleKey: 'monitoring.desk',
    },
    {
      path: '/monitoring/incidents/:id',
      page: lazy(() => import('./incident-page.js')),
      titleKey: 'monitoring.incident',
    },
    {
      path: '/monitoring/report',
      page: lazy(() => import('./field-report-page.js')),
      titleKey: 'monitoring.report',
      roles: ['monitor', 'verifier', 'coordinator', 'integration'],
    },
  ],
};
