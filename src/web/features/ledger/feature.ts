import { lazy } from 'react';
import type { FeatureDefinition } from '../types.js';
import { ledgerStrings } from './strings.js';

/** The verifiable ledger: checkpoints, the browser's own consistency check, record proofs. */
export const ledgerFeature: FeatureDefinition = {
  module: 'ledger',
  section: 'ledger',
  strings: ledgerStrings,
  routes: [{ path: '/ledger', page: lazy(() => import('./ledger-page.js')), titleKey: 'ledger.title' }],
};
