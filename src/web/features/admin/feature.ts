import { lazy } from 'react';
import { ADMIN_ROLES, type FeatureDefinition } from '../types.js';
import { adminStrings } from './strings.js';

/** Administration for coordinators: users, API tokens and the audit trail. */
export const adminFeature: FeatureDefinition = {
  module: 'admin',
  section: 'admin',
  strings: adminStrings,
  routes: [
    {
      path: '/admin/users',
      page: lazy(() => import('./users-page.js')),
      titleKey: 'admin.users',
      roles: ADMIN_ROLES,
    },
    {
      path: '/admin/tokens',
      page: lazy(() => import('./tokens-page.js')),
      titleKey: 'admin.tokens',
      roles: ADMIN_ROLES,
    },
    {
      path: '/admin/audit',
      page: lazy(() => import('./audit-page.js')),
      titleKey: 'admin.audit',
      roles: ADMIN_ROLES,
    },
  ],
};
