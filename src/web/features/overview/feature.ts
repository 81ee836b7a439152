import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { overviewStrings } from './strings.js';

const loadOverviewPage = () => import('./overview-page.js');
// The landing page: fetch its chunk while the session is being checked, not after, so the
// overview does not wait for two round trips in a row. The module cache shares the request
// with `lazy` below.
if (typeof window !== 'undefined' && window.location.pathname === '/') void loadOverviewPage();

/** The overview: headline figures of every module, the landing page after sign-in. */
export const overviewFeature: FeatureDefinition = {
  module: 'overview',
  section: 'overview',
  strings: overviewStrings,
  routes: [{ path: '/', page: lazy(loadOverviewPage), titleKey: 'overview.title' }],
};
