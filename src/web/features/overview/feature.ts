import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { overviewStrings } from './strings.js';

/** The overview: headline figures of every module, the landing page after sign-in. */
export const overviewFeature: FeatureDefinition = {
  module: 'overview',
  section: 'overview',
  strings: overviewStrings,
  routes: [{ path: '/', page: lazy(() => import('./overview-page.js')), titleKey: 'overview.title' }],
};
