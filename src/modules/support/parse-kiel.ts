import { createHash } from 'node:crypto';
import type { ProblemErrorItem } from '../../platform/http/problem.js';
import {
  KIEL_COLUMNS,
  REQUIRED_KIEL_FIELDS,
  donorCode,
  normaliseHeader,
  type KielField,
} from './kiel-columns.js';

/** One cell as the CSV or XLSX reader hands it over. */
export type KielCell = string | number | boolean | Date | null | undefined;

/** A table read from a tracker file: its header row and data rows, with 1-based line numbers. */
export interface KielSheet {
  headerLine: number;
  header: readonly KielCell[];
  rows: readonly { line: number; cells: readonly KielCell[] }[];
}

/** The tracker's two pledge measures; delivery is carried by the delivered columns. */
export type TrackerMeasure = 'commitment' | 'allocation';

/** One aid activity (or sub-activity: one item of a package) of the tracker. */
export interface TrackerRow {
  /** Line of the file the row came from (1-based, header included). */
  line: number;
  /** Stable identity across releases: the same activity keeps the same key. */
  rowKey: string;
  sourceId: string | null;
  donorName: string;
  /** Party code of the donor, or null when the donor is not a known party. */
  donorParty: string | null;
  /** `Military`, `Financial` or `Humanitarian` as the tracker says it. */
  aidTypeGeneral: string;
  aidTypeSpecific: string | null;
  measure: TrackerMeasure;
  /** ISO 8601 date (UTC) of the announcement, or null when the tracker has none. */
  announcedOn: string | null;
  /** `YYYY-MM` of the activity, or null when unknown. */
  month: string | null;
  explanation: string | null;
  source: string | null;
  reportingCurrency: string | null;
  /** Value in the reporting currency as the source reported it. */
  reportedValue: number | null;
  /** Value of the whole activity, EUR (the tracker fills it on the activity's first row). */
  activityValueEur: number | null;
  /** Value of this sub-activity, EUR. */
  subActivityValueEur: number | null;
  /** The row's value, EUR: the sub-activity value, else the activity value. */
  valueEur: number | null;
  /** EUR per unit of the reporting currency implied by the row (the conversion used). */
  eurPerUnit: number | null;
  deliveredValueEur: number | null;
  item: string | null;
  itemType: string | null;
  /** Items pledged. */
  itemCount: number | null;
  /** Items delivered. */
  itemCountDelivered: number | null;
}

/** What a parse gives: the rows, or the errors naming each bad line and column. */
export interface KielParseResult {
  rows: TrackerRow[];
  errors: ProblemErrorItem[];
}

// The tracker writes "." for an empty cell; exports add their own spellings of nothing.
const EMPTY = new Set(['', '.', '..', 'na', 'n/a', 'nan', 'none', 'null', '-']);
const MAX_ERRORS = 100;
// Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

class CellError extends Error {}

function isEmpty(cell: KielCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return EMPTY.has(cell.trim().toLowerCase());
  return false;
}

function text(cell: KielCell): string | null {
  if (isEmpty(cell)) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A number from a cell: plain, or text with thousands separators; "." and blanks are null. */
export function kielNumber(cell: KielCell): number | null {
  if (isEmpty(cell)) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new CellError('is not a finite number');
    return cell;
  }
  if (typeof cell !== 'string') throw new CellError(`is not a number (${String(cell)})`);
  let s = cell.trim().replace(/[\s\u00a0€$£]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replaceAll(',', '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) throw new CellError(`is not a number ("${cell}")`);
  return Number(s);
}

/** ISO date (`YYYY-MM-DD`) from a Date, an Excel serial day, or ISO / day-first text. */
export function kielDate(cell: KielCell): string | null {
  if (isEmpty(cell)) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) throw new CellError('is not a valid date');
    return cell.toISOString().slice(0, 10);
  }
  if (typeof cell === 'number') {
    if (cell < 1 || cell > 100_000) throw new CellError(`is not a date (${cell})`);
    return new Date(EXCEL_EPOCH_MS + Math.round(cell) * 86_400_000).toISOString().slice(0, 10);
  }
  const s = String(cell).trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [y, m, d] = [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])];
  else throw new CellError(`is not a date ("${s}"); use YYYY-MM-DD`);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new CellError(`is not a calendar date ("${s}")`);
  }
  return date.toISOString().slice(0, 10);
}

/**
 * `YYYY-MM` from the tracker's month column: a running number (1 = January 2022, 0 =
 * unknown), a date, or `YYYY-MM` text.
 */
export function kielMonth(cell: KielCell): string | null {
  if (isEmpty(cell)) return null;
  if (typeof cell === 'number' || (typeof cell === 'string' && /^\d{1,3}(\.0+)?$/.test(cell.trim()))) {
    const n = Number(cell);
    if (!Number.isInteger(n) || n < 0 || n > 1200) throw new CellError(`is not a month number (${n})`);
    if (n === 0) return null;
    const year = 2022 + Math.floor((n - 1) / 12);
    return `${year}-${String(((n - 1) % 12) + 1).padStart(2, '0')}`;
  }
  if (typeof cell === 'string' && /^\d{4}-\d{2}$/.test(cell.trim())) return cell.trim();
  return kielDate(cell)!.slice(0, 7);
}

function measureOf(cell: KielCell): TrackerMeasure {
  const s = text(cell)?.toLowerCase();
  if (s === 'commitment' || s === 'commitments') return 'commitment';
  if (s === 'allocation' || s === 'allocations') return 'allocation';
  throw new CellError(`must be Commitment or Allocation, not "${text(cell) ?? ''}"`);
}

/** Maps each known field to its column index; the first matching header wins. */
export function locateColumns(header: readonly KielCell[]): Partial<Record<KielField, number>> {
  const names = header.map(normaliseHeader);
  const found: Partial<Record<KielField, number>> = {};
  for (const [field, aliases] of Object.entries(KIEL_COLUMNS) as [KielField, readonly string[]][]) {
    const index = names.findIndex((n) => aliases.includes(n));
    if (index >= 0) found[field] = index;
  }
  return found;
}

function hash(parts: readonly (string | null)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u001f'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Parses the rows of a tracker table into `TrackerRow`s. Every bad cell becomes an error
 * naming its line and column; a file with any error yields no rows, so that an import is
 * all or nothing. Blank lines are skipped.
 *
 * Row identity: the tracker's ID column when the release has one, else the fields that name
 * an activity (donor, measure, types, date, month, explanation, item), with an occurrence
 * number for exact repeats — values are left out, so a newer release that revises a value
 * updates the same row.
 */
export function parseKielSheet(sheet: KielSheet): KielParseResult {
  const columns = locateColumns(sheet.header);
  const errors: ProblemErrorItem[] = [];
  const missing = REQUIRED_KIEL_FIELDS.filter((f) => columns[f] === undefined);
  if (columns.activityValueEur === undefined && columns.subActivityValueEur === undefined) {
    missing.push('subActivityValueEur');
  }
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((f) => ({
        line: sheet.headerLine,
        field: KIEL_COLUMNS[f][0],
        detail: `line ${sheet.headerLine}: the header has no ${KIEL_COLUMNS[f][0]} column`,
      })),
    };
  }
  const headerName = (f: KielField) => String(sheet.header[columns[f]!] ?? KIEL_COLUMNS[f][0]).trim();
  const rows: TrackerRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of sheet.rows) {
    if (cells.every(isEmpty)) continue;
    const cell = (f: KielField): KielCell => (columns[f] === undefined ? null : cells[columns[f]]);
    const read = <T>(f: KielField, parse: (c: KielCell) => T): T | null => {
      try {
        return parse(cell(f));
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        if (errors.length < MAX_ERRORS) {
          errors.push({
            line,
            field: headerName(f),
            detail: `line ${line}, column ${headerName(f)}: ${error.message}`,
          });
        }
        return null;
      }
    };
    const donorName = text(cell('donor'));
    if (donorName === null) {
      if (errors.length < MAX_ERRORS)
        errors.push({ line, field: headerName('donor'), detail: `line ${line}, column donor: is empty` });
      continue;
    }
    const aidTypeGeneral = text(cell('aidTypeGeneral'));
    if (aidTypeGeneral === null && errors.length < MAX_ERRORS) {
      errors.push({
        line,
        field: headerName('aidTypeGeneral'),
        detail: `line ${line}, column ${headerName('aidTypeGeneral')}: is empty`,
      });
    }
    const measure = read('measure', measureOf);
    const announcedOn = read('announcementDate', kielDate);
    const month = read('month', kielMonth) ?? announcedOn?.slice(0, 7) ?? null;
    const reportedValue = read('sourceReportedValue', kielNumber);
    const activityValueEur = read('activityValueEur', kielNumber);
    const subActivityValueEur = read('subActivityValueEur', kielNumber);
    const deliveredValueEur = read('deliveredValueEur', kielNumber);
    const itemCount = read('itemCount', kielNumber);
    const itemCountDelivered = read('itemCountDelivered', kielNumber);
    if (measure === null || aidTypeGeneral === null) continue;
    const sourceId = text(cell('id'));
    const item = text(cell('item'));
    const itemType = text(cell('itemType'));
    const identity = sourceId
      ? hash(['id', donorName, sourceId, item, itemType])
      : hash([
          donorName,
          measure,
          aidTypeGeneral,
          text(cell('aidTypeSpecific')),
          announcedOn,
          month,
          text(cell('explanation')),
          item,
          itemType,
        ]);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const valueEur = subActivityValueEur ?? activityValueEur;
    rows.push({
      line,
      rowKey: `${identity}:${occurrence}`,
      sourceId,
      donorName,
      donorParty: donorCode(donorName),
      aidTypeGeneral,
      aidTypeSpecific: text(cell('aidTypeSpecific')),
      measure,
      announcedOn,
      month,
      explanation: text(cell('explanation')),
      source: text(cell('source')),
      reportingCurrency: text(cell('reportingCurrency'))?.toUpperCase() ?? null,
      reportedValue,
      activityValueEur,
      subActivityValueEur,
      valueEur,
      // source_reported_value is the whole activity's value in its own currency.
      eurPerUnit:
        reportedValue !== null && reportedValue !== 0 && (activityValueEur ?? valueEur) !== null
          ? (activityValueEur ?? valueEur)! / reportedValue
          : null,
      deliveredValueEur,
      item,
      itemType,
      itemCount,
      itemCountDelivered,
    });
  }
  return errors.length > 0 ? { rows: [], errors } : { rows, errors };
}
