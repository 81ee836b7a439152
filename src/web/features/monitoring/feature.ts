import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { monitoringStrings } from './strings.js';

/**
 * Ceasefire monitoring: the operational map, the verification desk, field reports, daily
 * reports, alerts with saved searches, and imports.
 */
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
    {
      path: '/monitoring/reports',
      page: lazy(() => import('./reports-page.js')),
      titleKey: 'monitoring.reports',
    },
    {
      path: '/monitoring/alerts',
      page: lazy(() => import('./alerts-page.js')),
      titleKey: 'monitoring.alerts',
    },
    {
      path: '/monitoring/imports',
      page: lazy(() => import('./imports-page.js')),
      titleKey: 'monitoring.imports',
      roles: ['monitor', 'verifier', 'coordinator', 'integration'],
    },
  ],
};
