import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badRequest, type ProblemError } from '../../platform/http/problem.js';
import { normaliseHeader } from './kiel-columns.js';
import { parseKielSheet, type KielCell, type KielParseResult, type KielSheet } from './parse-kiel.js';

/** The two file formats the tracker publishes. */
export type KielFormat = 'csv' | 'xlsx';

// Where a header row may start in a sheet: the tracker's summary sheets put a title above it.
const HEADER_SEARCH_ROWS = 20;

/** Guesses the format from the first bytes: XLSX is a ZIP archive ("PK\x03\x04"). */
export function sniffKielFormat(bytes: Uint8Array): KielFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

function delimiterOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Reads a tracker CSV export (comma, semicolon or tab separated; UTF-8, BOM allowed). */
export function readKielCsv(text: string): KielSheet {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter: delimiterOf(firstLine),
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw badRequest(`The CSV could not be read: ${e.message ?? String(error)}`, [
      { line: e.lines ?? 1, detail: e.message ?? 'malformed CSV' },
    ]);
  }
  const [head, ...rest] = records;
  if (!head) throw badRequest('The file is empty.', [{ line: 1, detail: 'no header line' }]);
  return {
    headerLine: head.info.lines,
    header: head.record,
    rows: rest.map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

function plain(value: ExcelJS.CellValue): KielCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return plain(value.result);
    if ('text' in value) return plain(value.text);
    if ('error' in value) return String(value.error);
  }
  return null;
}

function rowCells(row: ExcelJS.Row): KielCell[] {
  const cells: KielCell[] = [];
  // row.values is 1-based with a hole at 0.
  const values = row.values as ExcelJS.CellValue[];
  for (let i = 1; i < values.length; i++) cells.push(plain(values[i]));
  return cells;
}

/**
 * Reads a tracker workbook. The sheet is the one named like "… MAIN DATA", else the first
 * whose header row (within its first 20 rows) names the donor and measure columns.
 */
export async function readKielXlsx(bytes: Uint8Array): Promise<KielSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw badRequest(`The workbook could not be read: ${error instanceof Error ? error.message : 'corrupt'}`);
  }
  const sheets = [...workbook.worksheets].sort(
    (a, b) => Number(/main data/i.test(b.name)) - Number(/main data/i.test(a.name)),
  );
  for (const sheet of sheets) {
    let headerRow: ExcelJS.Row | undefined;
    for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
      const names = rowCells(sheet.getRow(r)).map(normaliseHeader);
      if (names.includes('donor') && names.includes('measure')) {
        headerRow = sheet.getRow(r);
        break;
      }
    }
    if (!headerRow) continue;
    const rows: { line: number; cells: KielCell[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (row.number > headerRow.number) rows.push({ line: row.number, cells: rowCells(row) });
    });
    return { headerLine: headerRow.number, header: rowCells(headerRow), rows };
  }
  throw badRequest('No sheet of the workbook has a header row with donor and measure columns.', [
    { line: 1, field: 'donor', detail: 'no sheet has a donor and a measure column' },
  ]);
}

/**
 * Reads and parses a tracker file of either format; throws a 400 problem naming every bad
 * line and column, so that nothing of a malformed file is stored.
 */
export async function readKielFile(
  bytes: Uint8Array,
  format = sniffKielFormat(bytes),
): Promise<KielParseResult> {
  const sheet =
    format === 'xlsx' ? await readKielXlsx(bytes) : readKielCsv(Buffer.from(bytes).toString('utf8'));
  const result = parseKielSheet(sheet);
  if (result.errors.length > 0) throw kielProblem(result);
  return result;
}

function kielProblem(result: KielParseResult): ProblemError {
  const first = result.errors[0]!;
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  return badRequest(`The tracker file was not imported: ${first.detail}${more}.`, result.errors);
}
