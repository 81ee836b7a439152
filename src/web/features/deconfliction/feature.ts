import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { deconflictionStrings } from './strings.js';

/** Deconfliction: notifications with map and timeline, the notification form, conflicts, receipts, hotline. */
export const deconflictionFeature: FeatureDefinition = {
  module: 'deconfliction',
  section: 'deconfliction',
  strings: deconflictionStrings,
  routes: [
    {
      path: '/deconfliction',
      page: lazy(() => import('./notifications-page.js')),
      titleKey: 'deconfliction.notifications',
    },
    {
      path: '/deconfliction/notify',
      page: lazy(() => import('./notify-page.js')),
      titleKey: 'deconfliction.notify',
      roles: ['coordinator', 'planner', 'integration'],
    },
    {
      path: '/deconfliction/conflicts',
      page: lazy(() => import('./conflicts-page.js')),
      titleKey: 'deconfliction.conflicts',
    },
    {
      path: '/deconfliction/receipts',
      page: lazy(() => import('./receipts-page.js')),
      titleKey: 'deconfliction.receipts',
    },
    {
      path: '/deconfliction/hotline',
      page: lazy(() => import('./hotline-page.js')),
      titleKey: 'deconfliction.hotline',
    },
  ],
};
