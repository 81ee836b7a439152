const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Member names recur across records: each is checked and quoted once (bounded, in case a
// client sends ever new names).
const NAMES = new Map<string, string>();
const MAX_NAMES = 10_000;

function quotedName(name: string): string {
  let quoted = NAMES.get(name);
  if (quoted === undefined) {
    quoted = canonicalJson(name);
    if (NAMES.size < MAX_NAMES) NAMES.set(name, quoted);
  }
  return quoted;
}

/**
 * RFC 8785 (JCS) canonical JSON of a JSON value: object members sorted by their names' UTF-16
 * code units, no whitespace, numbers and strings as ECMAScript's JSON.stringify writes them
 * (RFC 8785 §3.2.2.2–3). The same text as the `canonicalize` package for JSON data (what
 * `JSON.parse` gives), in one pass without its per-value checks: ingest hashes every
 * observation with it. Throws on non-finite numbers, which JSON cannot carry.
 *
 * @example canonicalJson({ b: [1, 'x'], a: null }) // '{"a":null,"b":[1,"x"]}'
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      // I-JSON (RFC 7493 §2.1), which RFC 8785 requires: no lone surrogates.
      // The plain test first: the lookaround one costs more, and surrogates are rare.
      if (SURROGATE.test(value) && LONE_SURROGATE.test(value))
        throw new TypeError('JSON strings may not hold lone surrogates');
      return JSON.stringify(value);
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('JSON has no non-finite numbers');
      // ECMAScript Number::toString, as JSON.stringify writes finite numbers (and -0 as 0).
      return String(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          const item: unknown = value[i];
          out +=
            item === undefined || typeof item === 'function' || typeof item === 'symbol'
              ? 'null'
              : canonicalJson(item);
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      let out = '{';
      let first = true;
      for (const key of keys) {
        const item = record[key];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        out += `${first ? '' : ','}${quotedName(key)}:${canonicalJson(item)}`;
        first = false;
      }
      return `${out}}`;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      throw new TypeError(`JSON has no ${typeof value} values`);
  }
}
