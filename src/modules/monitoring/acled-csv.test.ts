import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, csvField, parseAcledCsv, parseAcledDate, parseCsv } from './acled-csv.js';
import { acledToObservation, nameBasedUuid, ACLED_ID_NAMESPACE } from './acled-observation.js';
import { checkCategory } from './taxonomy.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const HEADER = ACLED_COLUMNS.join(',');

/** A valid row with every codebook column, overridable by name. */
function row(overrides: Partial<Record<(typeof ACLED_COLUMNS)[number], string>> = {}): string {
  const base: Record<string, string> = {
    event_id_cnty: 'EXR9001',
    event_date: '2026-03-14',
    year: '2026',
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'EXERCISE Force North',
    assoc_actor_1: '',
    inter1: 'State forces',
    actor2: '',
    assoc_actor_2: '',
    inter2: '',
    interaction: 'State forces only',
    civilian_targeting: '',
    iso: '804',
    region: 'Europe',
    country: 'Ukraine',
    admin1: 'Donetsk',
    admin2: 'Kramatorskyi',
    admin3: '',
    location: 'Toretsk',
    latitude: '48.4',
    longitude: '37.85',
    geo_precision: '1',
    source: 'EXERCISE',
    source_scale: 'Other',
    notes: 'EXERCISE',
    fatalities: '0',
    tags: '',
    timestamp: '1773532800',
    ...overrides,
  };
  return ACLED_COLUMNS.map((c) => csvField(base[c]!)).join(',');
}

describe('parseCsv', () => {
  it('drops a byte-order mark, keeps quoted commas, quotes and line breaks, and numbers records by their first line', () => {
    const records = parseCsv('\ufeffa,b\r\n1,"x, ""y"""\r\n2,"two\nlines"\n\n3,z');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x, "y"'] },
      { line: 3, fields: ['2', 'two\nlines'] },
      { line: 6, fields: ['3', 'z'] },
    ]);
  });

  it('names the line of an unclosed quote and of a stray quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/line 2/);
    expect(() => parseCsv('a\nb"c')).toThrow(/line 2/);
  });

  it('reads back whatever csvField wrote (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', 'ї') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => [
            ...r.slice(0, width),
            ...Array<string>(Math.max(0, width - r.length)).fill('x'),
          ]);
          // A record of one empty field is a blank line, which CSV cannot tell apart.
          const text = table.map((r) => r.map((f) => csvField(f === '' ? 'e' : f)).join(',')).join('\r\n');
          const parsed = parseCsv(text).map((r) => r.fields);
          expect(parsed).toEqual(table.map((r) => r.map((f) => (f === '' ? 'e' : f))));
        },
      ),
    );
  });
});

describe('parseAcledDate', () => {
  it('reads ISO and "dd Month yyyy" dates and refuses impossible days', () => {
    expect(parseAcledDate('2026-03-14')).toBe('2026-03-14');
    expect(parseAcledDate('14 March 2026')).toBe('2026-03-14');
    expect(parseAcledDate('4 Mar 2026')).toBe('2026-03-04');
    expect(parseAcledDate('04-March-2026')).toBe('2026-03-04');
    expect(parseAcledDate('31 February 2026')).toBeNull();
    expect(parseAcledDate('2026-13-01')).toBeNull();
    expect(parseAcledDate('14/03/2026')).toBeNull();
  });

  it('reads both forms of every day alike (property)', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1997-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const long = `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
          expect(parseAcledDate(iso)).toBe(iso);
          expect(parseAcledDate(long)).toBe(iso);
        },
      ),
    );
  });
});

describe('parseAcledCsv', () => {
  it('reads the EXERCISE fixture: BOM, CRLF, quoting, a multi-line note, both date forms, every column', () => {
    const result = parseAcledCsv(fixture('acled-exercise.csv'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.events.map((e) => [e.line, e.eventIdCnty, e.eventDate])).toEqual([
      [2, 'EXR0001', '2026-03-14'],
      [3, 'EXR0002', '2026-03-15'],
      [4, 'EXR0003', '2026-03-16'],
      [6, 'EXR0004', '2026-03-17'],
      [7, 'EXR0005', '2026-03-18'],
    ]);
    const second = result.events[1]!;
    expect(Object.keys(second.columns).sort()).toEqual([...ACLED_COLUMNS].sort());
    expect(second.columns.notes).toContain('"bursts and shots"');
    expect(result.events[2]!.columns.notes).toContain('\nmultiline');
    expect(second).toMatchObject({ geoPrecision: 2, fatalities: 2, latitude: 48.28, longitude: 37.18 });
  });

  it('names the line and column of every bad value, and yields no events', () => {
    const result = parseAcledCsv(fixture('acled-exercise-bad-latitude.csv'));
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ line: 4, field: 'latitude' })],
    });
    const many = parseAcledCsv(
      [
        HEADER,
        row({ event_date: '31 February 2026' }),
        row({ event_id_cnty: 'EXR9002', longitude: 'east' }),
        row({ event_id_cnty: 'EXR9003', year: '2025' }),
        row({ event_id_cnty: 'EXR9004', time_precision: '4', geo_precision: '0' }),
        row({ event_id_cnty: 'EXR9005', fatalities: '-1', timestamp: 'yesterday' }),
        row({ event_id_cnty: 'EXR9001' }),
        'EXR9006,2026-03-14',
      ].join('\n'),
    );
    expect(many.ok).toBe(false);
    if (many.ok) return;
    expect(many.errors.map((e) => `${e.line}:${e.field}`)).toEqual([
      '2:event_date',
      '3:longitude',
      '4:year',
      '5:time_precision',
      '5:geo_precision',
      '6:fatalities',
      '6:timestamp',
      '8:csv',
    ]);
  });

  it('refuses a file that repeats an event id, naming the earlier line', () => {
    const result = parseAcledCsv([HEADER, row(), row()].join('\n'));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ line: 3, field: 'event_id_cnty', detail: /line 2/ }],
    });
  });

  it('names a missing required column in the header', () => {
    const result = parseAcledCsv('event_id_cnty,event_date\nEXR1,2026-03-14\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'event_type',
      'sub_event_type',
      'latitude',
      'longitude',
    ]);
    expect(result.errors.every((e) => e.line === 1)).toBe(true);
  });

  it('keeps columns in any order and extra columns', () => {
    const cols = [...ACLED_COLUMNS].reverse();
    const values = row().split(',').reverse();
    const result = parseAcledCsv(`${cols.join(',')},extra_col\n${values.join(',')},kept`);
    expect(result.ok && result.events[0]!.columns.extra_col).toBe('kept');
    expect(result.ok && result.events[0]!.latitude).toBe(48.4);
  });
});

describe('acledToObservation', () => {
  it('maps an event to the observation contract with a deterministic id and every column kept', () => {
    const result = parseAcledCsv(fixture('acled-exercise.csv'));
    if (!result.ok) throw new Error('fixture failed');
    const mapped = result.events.map((e) => acledToObservation(e));
    const [shelling, clash, attack, protest, strike] = mapped.map((m) => m?.observation ?? null);
    for (const m of mapped)
      if (m) expect(checkCategory(m.observation.category, m.observation.subtype)).toBeNull();
    expect(mapped[0]!.position).toEqual({ line: 2 });
    expect(shelling).toMatchObject({
      id: nameBasedUuid(ACLED_ID_NAMESPACE, 'EXR0001'),
      observedAt: '2026-03-14T00:00:00.000Z',
      observedUntil: '2026-03-14T23:59:59.999Z',
      timePrecision: 'day',
      location: { type: 'Point', coordinates: [37.85, 48.4] },
      uncertaintyM: 2000,
      category: 'shelling',
      source: { kind: 'open-source', id: 'ACLED EXR0001', reliability: 'F', credibility: 6 },
      releasability: 'public',
    });
    expect(mapped[0]!.provenance.acled).toMatchObject({
      event_id_cnty: 'EXR0001',
      admin2: 'Kramatorskyi',
      timestamp: '1773532800',
    });
    expect(clash).toMatchObject({
      category: 'armed-clash',
      uncertaintyM: 25_000,
      casualties: { military: { killed: { low: 2, best: 2, high: 2 } } },
      actors: ['EXERCISE Force North', 'EXERCISE Force South'],
    });
    expect(attack).toMatchObject({
      category: 'civilian-harm',
      timePrecision: 'week',
      casualties: { civilian: { killed: { best: 1 } } },
    });
    expect(protest).toBeNull();
    expect(strike).toMatchObject({
      category: 'air-drone-strike',
      timePrecision: 'month',
      uncertaintyM: 100_000,
    });
    expect(acledToObservation(result.events[0]!)!.observation.id).toBe(shelling!.id);
  });

  it('derives distinct RFC 9562 version-5-layout ids from distinct event ids (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        const ia = nameBasedUuid(ACLED_ID_NAMESPACE, a);
        expect(ia).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        if (a !== b) expect(ia).not.toBe(nameBasedUuid(ACLED_ID_NAMESPACE, b));
      }),
    );
  });
});
