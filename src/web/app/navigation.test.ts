import { describe, expect, it } from 'vitest';
import type { FeatureDefinition } from '../features/types.js';
import { buildNavigation, resolvePath, sectionOf } from './navigation.js';
import { buildPath, matchPath } from './match-path.js';
import fc from 'fast-check';

const page = {} as FeatureDefinition['routes'][number]['page'];
const strings = { en: {}, fr: {}, uk: {} };
const features: FeatureDefinition[] = [
  {
    module: 'overview',
    section: 'overview',
    strings,
    routes: [{ path: '/', page, titleKey: 'overview.title' }],
  },
  {
    module: 'coalition',
    section: 'coalition',
    strings,
    routes: [
      { path: '/coalition', page, titleKey: 'coalition.parties' },
      { path: '/coalition/parties/:code', page, titleKey: 'coalition.party' },
    ],
  },
  {
    module: 'admin',
    section: 'admin',
    strings,
    routes: [{ path: '/admin/users', page, titleKey: 'admin.users', roles: ['coordinator'] }],
  },
];

describe('matchPath', () => {
  it('extracts decoded parameters and ignores a trailing slash', () => {
    expect(matchPath('/coalition/parties/:code', '/coalition/parties/FRA/')).toEqual({ code: 'FRA' });
    expect(matchPath('/a/:x', '/a/b%20c')).toEqual({ x: 'b c' });
    expect(matchPath('/a/:x', '/a/%E0%A4%A')).toBeNull();
    expect(matchPath('/coalition', '/coalition/map')).toBeNull();
  });

  it('round-trips any parameter value through buildPath', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (value) => {
        expect(matchPath('/x/:v/y', buildPath('/x/:v/y', { v: value }))).toEqual({ v: value });
      }),
    );
  });
});

describe('navigation', () => {
  it('hides administration from roles that may not use it', () => {
    const coordinator = buildNavigation(features, 'coordinator', ['coalition']).map((s) => s.id);
    const viewer = buildNavigation(features, 'viewer', ['coalition']).map((s) => s.id);
    expect(coordinator).toContain('admin');
    expect(viewer).not.toContain('admin');
    expect(viewer).toEqual(['overview', 'coalition']);
  });

  it('leads a deployed module without pages to its headline figures, and hides an absent one', () => {
    const sections = buildNavigation(features, 'viewer', ['coalition', 'ledger']);
    expect(sections.find((s) => s.id === 'ledger')).toEqual({ id: 'ledger', to: '/ledger', items: [] });
    expect(sections.find((s) => s.id === 'monitoring')).toBeUndefined();
    expect(resolvePath(features, '/ledger', 'viewer', ['ledger'])).toEqual({
      kind: 'section-figures',
      section: 'ledger',
    });
    expect(resolvePath(features, '/monitoring', 'viewer', ['ledger'])).toEqual({ kind: 'not-found' });
  });

  it('answers forbidden for a page the role may not open, and the page otherwise', () => {
    expect(resolvePath(features, '/admin/users', 'viewer', []).kind).toBe('forbidden');
    const resolved = resolvePath(features, '/coalition/parties/DEU', 'viewer', []);
    expect(resolved.kind === 'page' && resolved.params).toEqual({ code: 'DEU' });
    expect(sectionOf(features, '/coalition/parties/DEU')).toBe('coalition');
  });
});
