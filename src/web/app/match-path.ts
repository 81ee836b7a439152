/**
 * Matches a path against a pattern with `:name` segments; answers the decoded parameters, or
 * `null` when it does not match. A trailing slash is ignored.
 *
 * @example matchPath('/coalition/parties/:code', '/coalition/parties/FRA') // { code: 'FRA' }
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(h);
      } catch {
        return null; // a malformed escape is no match rather than a crash
      }
      params[w.slice(1)] = value;
    } else if (w !== h) {
      return null;
    }
  }
  return params;
}

/** Fills a pattern's `:name` segments, encoding each value. */
export function buildPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
}
