/**
 * ACLED CSV reading: RFC 4180 records with their starting line numbers, and the typed columns
 * of the ACLED codebook (https://acleddata.com/knowledge-base/codebook). Pure: no database.
 */

/** One CSV record and the physical line (from 1) where it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A CSV syntax error (unterminated quote, stray quote) at a line. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Splits CSV text into records (RFC 4180): a leading UTF-8 byte-order mark is dropped, fields
 * may be quoted with `"` (doubled inside), quoted fields may span lines, lines end in LF or
 * CRLF. Blank lines are skipped. Each record keeps the line it starts on, so that errors can
 * name it even when an earlier note spans several lines.
 *
 * @example parseCsv('a,b\n1,"x, ""y"""\n') // [{line:1,fields:['a','b']},{line:2,fields:['1','x, "y"']}]
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let atRecordEnd = false;
    while (!atRecordEnd) {
      let value = '';
      if (src[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) throw new CsvSyntaxError(start, 'a quoted field is not closed');
          const c = src[i]!;
          if (c === '"') {
            if (src[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        const after = src[i];
        if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
          throw new CsvSyntaxError(line, 'text after the closing quote of a field');
        }
      } else {
        const from = i;
        while (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
          if (src[i] === '"') throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
          i++;
        }
        value = src.slice(from, i);
      }
      fields.push(value);
      const c = src[i];
      if (c === ',') {
        i++;
      } else {
        if (c === '\r') i++;
        if (src[i] === '\n') i++;
        if (c !== undefined) line++;
        atRecordEnd = true;
      }
    }
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return records;
}

/** Quotes one field for CSV output when it needs it (RFC 4180 §2.6–2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The columns of the ACLED codebook, in the order ACLED exports them. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
/** One column name of the ACLED codebook. */
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Columns without which an event cannot become an observation. */
const REQUIRED: readonly AcledColumn[] = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'sub_event_type',
  'latitude',
  'longitude',
];

/** One ACLED event with its codebook columns typed. */
export interface AcledEvent {
  /** Line of the file where the event starts (from 1, the header is line 1). */
  line: number;
  eventIdCnty: string;
  /** Event day, `YYYY-MM-DD` (ACLED dates are days, without a time of day). */
  eventDate: string;
  /** 1 day, 2 week, 3 month (ACLED `time_precision`). */
  timePrecision: 1 | 2 | 3;
  eventType: string;
  subEventType: string;
  latitude: number;
  longitude: number;
  /** 1 exact town, 2 near / part of a region, 3 region centroid (ACLED `geo_precision`). */
  geoPrecision: 1 | 2 | 3;
  fatalities: number;
  /** Unix seconds of ACLED's last revision of the event, when given. */
  timestamp: number | null;
  /** Every column of the row by name, as written (codebook columns and any extra ones). */
  columns: Record<string, string>;
}

/** A problem in an ACLED file, naming the line and the column. */
export interface AcledError {
  line: number;
  field: string;
  detail: string;
}

/** The outcome of reading an ACLED file: every event, or every error found. */
export type AcledParseResult = { ok: true; events: AcledEvent[] } | { ok: false; errors: AcledError[] };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Reads an ACLED date: ISO `2024-03-14` or the export's `14 March 2024` (also `14-March-2024`
 * and three-letter months). Returns `YYYY-MM-DD`, or null for anything else or an impossible day.
 */
export function parseAcledDate(text: string): string | null {
  const value = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const long = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(value);
    if (!long) return null;
    const name = long[2]!.toLowerCase();
    const index = MONTHS.findIndex(
      (month) => month === name || (name.length === 3 && month.startsWith(name)),
    );
    if (index < 0) return null;
    [y, m, d] = [Number(long[3]), index + 1, Number(long[1])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const MAX_ERRORS = 100;

/**
 * Parses an ACLED CSV export. The header (line 1) must hold every required column; the
 * remaining codebook columns are optional and any extra column is kept. Every bad value is
 * reported with its line and column, up to 100 errors; a file with any error yields no
 * events, so that an import is all or nothing.
 */
export function parseAcledCsv(text: string): AcledParseResult {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return { ok: false, errors: [{ line: error.line, field: 'csv', detail: error.message }] };
    }
    throw error;
  }
  const header = records[0];
  if (!header) return { ok: false, errors: [{ line: 1, field: 'header', detail: 'the file is empty' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const errors: AcledError[] = [];
  for (const column of REQUIRED) {
    if (!names.includes(column)) {
      errors.push({ line: header.line, field: column, detail: `the header lacks the column ${column}` });
    }
  }
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) {
    errors.push({ line: header.line, field: duplicate, detail: `the column ${duplicate} appears twice` });
  }
  if (errors.length) return { ok: false, errors };

  const events: AcledEvent[] = [];
  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    if (errors.length >= MAX_ERRORS) break;
    if (record.fields.length !== names.length) {
      errors.push({
        line: record.line,
        field: 'csv',
        detail: `has ${record.fields.length} fields where the header has ${names.length}`,
      });
      continue;
    }
    const columns: Record<string, string> = {};
    names.forEach((name, i) => (columns[name] = record.fields[i]!));
    const event = readEvent(record.line, columns, errors);
    if (!event) continue;
    const earlier = seen.get(event.eventIdCnty);
    if (earlier !== undefined) {
      errors.push({
        line: record.line,
        field: 'event_id_cnty',
        detail: `${event.eventIdCnty} already appears on line ${earlier}`,
      });
      continue;
    }
    seen.set(event.eventIdCnty, record.line);
    events.push(event);
  }
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, events };
}

function readEvent(line: number, c: Record<string, string>, errors: AcledError[]): AcledEvent | null {
  const before = errors.length;
  const fail = (field: string, detail: string) => errors.push({ line, field, detail });
  const text = (name: AcledColumn) => (c[name] ?? '').trim();

  const eventIdCnty = text('event_id_cnty');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(eventIdCnty)) fail('event_id_cnty', 'must be a non-empty ACLED event id');
  const eventDate = parseAcledDate(text('event_date'));
  if (!eventDate) fail('event_date', `"${text('event_date')}" is not a date (YYYY-MM-DD or dd Month yyyy)`);
  const year = text('year');
  if (year !== '' && eventDate && year !== eventDate.slice(0, 4)) {
    fail('year', `${year} does not match the event date ${eventDate}`);
  }
  const precision = integerIn(text('time_precision') || '1', 1, 3);
  if (precision === null) fail('time_precision', 'must be 1 (day), 2 (week) or 3 (month)');
  if (!text('event_type')) fail('event_type', 'is required');
  if (!text('sub_event_type')) fail('sub_event_type', 'is required');
  const latitude = decimalIn(text('latitude'), -90, 90);
  if (latitude === null) fail('latitude', `"${text('latitude')}" is not a latitude in [-90, 90]`);
  const longitude = decimalIn(text('longitude'), -180, 180);
  if (longitude === null) fail('longitude', `"${text('longitude')}" is not a longitude in [-180, 180]`);
  const geo = integerIn(text('geo_precision') || '1', 1, 3);
  if (geo === null) fail('geo_precision', 'must be 1, 2 or 3');
  const fatalities = integerIn(text('fatalities') || '0', 0, 1_000_000);
  if (fatalities === null) fail('fatalities', 'must be a whole number of 0 or more');
  let timestamp: number | null = null;
  if (text('timestamp') !== '') {
    timestamp = integerIn(text('timestamp'), 0, 99_999_999_999);
    if (timestamp === null) fail('timestamp', 'must be Unix seconds');
  }
  for (const name of ['inter1', 'inter2', 'interaction', 'iso'] as const) {
    // Older exports code these as numbers, newer ones as labels; both are kept as written.
    if (text(name).length > 200) fail(name, 'is longer than 200 characters');
  }
  if (errors.length > before) return null;
  return {
    line,
    eventIdCnty,
    eventDate: eventDate!,
    timePrecision: precision as 1 | 2 | 3,
    eventType: text('event_type'),
    subEventType: text('sub_event_type'),
    latitude: latitude!,
    longitude: longitude!,
    geoPrecision: geo as 1 | 2 | 3,
    fatalities: fatalities!,
    timestamp,
    columns: c,
  };
}

function integerIn(text: string, min: number, max: number): number | null {
  if (!/^-?\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function decimalIn(text: string, min: number, max: number): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
