import { adminFeature } from './admin/feature.js';
import { agreementsFeature } from './agreements/feature.js';
import { coalitionFeature } from './coalition/feature.js';
import { deconflictionFeature } from './deconfliction/feature.js';
import { forceFeature } from './force/feature.js';
import { guaranteesFeature } from './guarantees/feature.js';
import { ledgerFeature } from './ledger/feature.js';
import { monitoringFeature } from './monitoring/feature.js';
import { overviewFeature } from './overview/feature.js';
import { supportFeature } from './support/feature.js';
import type { FeatureDefinition } from './types.js';

/**
 * Every feature of the web application, one line each (see features/README.md). Order is
 * the order of pages inside a section; sections themselves follow `SECTIONS`.
 */
export const FEATURES: readonly FeatureDefinition[] = [
  overviewFeature,
  coalitionFeature,
  adminFeature,
  deconflictionFeature,
  forceFeature,
  monitoringFeature,
  supportFeature,
  guaranteesFeature,
  agreementsFeature,
  ledgerFeature,
];
