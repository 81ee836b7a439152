import type { Role } from '../api/types.js';
import {
  SECTION_MODULES,
  SECTIONS,
  type FeatureDefinition,
  type FeatureRoute,
  type SectionId,
} from '../features/types.js';
import { matchPath } from './match-path.js';

/** One entry of the navigation: a section, where it leads, and its pages. */
export interface NavSection {
  id: SectionId;
  /** Where the section's entry leads: its first page, or its headline figures. */
  to: string;
  items: { to: string; titleKey: string }[];
}

/** Whether the role may open the route. */
export function mayOpen(route: FeatureRoute, role: Role): boolean {
  return !route.roles || route.roles.includes(role);
}

function isNavItem(route: FeatureRoute): boolean {
  return route.nav ?? !route.path.includes(':');
}

/**
 * The navigation a role sees: each section with the pages the role may open. A section with
 * no page of its own leads to its headline figures when its server module is deployed, and
 * is left out otherwise (never a placeholder page).
 */
export function buildNavigation(
  features: readonly FeatureDefinition[],
  role: Role,
  deployedModules: readonly string[],
): NavSection[] {
  const sections: NavSection[] = [];
  for (const id of SECTIONS) {
    const items = features
      .filter((f) => f.section === id)
      .flatMap((f) => f.routes)
      .filter((r) => isNavItem(r) && mayOpen(r, role))
      .map((r) => ({ to: r.path, titleKey: r.titleKey }));
    const first = items[0];
    if (first) sections.push({ id, to: first.to, items });
    else if (
      SECTION_MODULES[id].some((m) => deployedModules.includes(m)) &&
      !hasRestrictedRoutes(features, id)
    )
      sections.push({ id, to: `/${id}`, items: [] });
  }
  return sections;
}

// A section whose pages all exclude the role stays hidden rather than falling back to figures.
function hasRestrictedRoutes(features: readonly FeatureDefinition[], id: SectionId): boolean {
  return features.some((f) => f.section === id && f.routes.length > 0);
}

/** What the address leads to. */
export type Resolved =
  | { kind: 'page'; feature: FeatureDefinition; route: FeatureRoute; params: Record<string, string> }
  | { kind: 'section-figures'; section: SectionId }
  | { kind: 'forbidden'; feature: FeatureDefinition; route: FeatureRoute }
  | { kind: 'not-found' };

/**
 * Resolves a path: a feature's page (or `forbidden` when the role may not open it), else a
 * deployed section's headline figures at `/<section>`, else `not-found`.
 */
export function resolvePath(
  features: readonly FeatureDefinition[],
  pathname: string,
  role: Role,
  deployedModules: readonly string[],
): Resolved {
  for (const feature of features) {
    for (const route of feature.routes) {
      const params = matchPath(route.path, pathname);
      if (!params) continue;
      return mayOpen(route, role)
        ? { kind: 'page', feature, route, params }
        : { kind: 'forbidden', feature, route };
    }
  }
  const section = SECTIONS.find((s) => matchPath(`/${s}`, pathname));
  if (section && SECTION_MODULES[section].some((m) => deployedModules.includes(m)))
    return { kind: 'section-figures', section };
  return { kind: 'not-found' };
}

/** The section a path belongs to, for highlighting the navigation. */
export function sectionOf(features: readonly FeatureDefinition[], pathname: string): SectionId | undefined {
  for (const feature of features)
    for (const route of feature.routes) if (matchPath(route.path, pathname)) return feature.section;
  return SECTIONS.find((s) => pathname === `/${s}` || pathname.startsWith(`/${s}/`));
}
