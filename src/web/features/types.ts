import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../api/types.js';
import type { Catalogue } from '../i18n/catalogue.js';

/** The sections of the navigation: the five pillars and the cross-cutting areas. */
export const SECTIONS = [
  'overview',
  'monitoring',
  'support',
  'force',
  'guarantees',
  'agreements',
  'deconfliction',
  'ledger',
  'coalition',
  'admin',
] as const;
/** One section of the navigation. */
export type SectionId = (typeof SECTIONS)[number];

/**
 * Server modules whose headline figures (`GET /api/v1/overview`) belong to each section; a
 * section without pages of its own shows these figures.
 */
export const SECTION_MODULES: Record<SectionId, readonly string[]> = {
  overview: [],
  monitoring: ['monitoring'],
  support: ['support'],
  force: ['force', 'commitments'],
  guarantees: ['guarantees'],
  agreements: ['agreements'],
  deconfliction: ['deconfliction'],
  ledger: ['ledger'],
  coalition: ['coalition'],
  admin: [],
};

/** Roles allowed into the administration section (the server refuses the others anyway). */
export const ADMIN_ROLES: readonly Role[] = ['coordinator'];

/** What a page receives: the `:params` of its path, already decoded. */
export interface PageProps {
  params: Record<string, string>;
}

/** One page of a feature. */
export interface FeatureRoute {
  /** Path pattern with `:name` parameters, e.g. `/coalition/parties/:code`. */
  path: string;
  /** The page, loaded on first visit: `lazy(() => import('./parties-page.js'))`. */
  page: LazyExoticComponent<ComponentType<PageProps>>;
  /** Translation key of the page's title (navigation item and document title). */
  titleKey: string;
  /** Roles that may open the page; every role when absent. */
  roles?: readonly Role[];
  /** Whether the page is an item of its section's navigation (default: when it has no params). */
  nav?: boolean;
}

/**
 * A feature: the web pages of one module. Register it with one line in `features/index.ts`.
 * Only this small object is loaded at start (for navigation and translations); the pages
 * themselves are separate chunks.
 */
export interface FeatureDefinition {
  /** Server module name (`monitoring`, `ledger`, …); its overview keys start with it. */
  module: string;
  /** The navigation section the pages belong to. */
  section: SectionId;
  /** The feature's strings in English, French and Ukrainian (`features/<module>/strings.ts`). */
  strings: Catalogue;
  /** The feature's pages; the first navigable one is the section's landing page. */
  routes: readonly FeatureRoute[];
}
