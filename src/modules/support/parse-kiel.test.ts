import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../platform/http/problem.js';
import { kielDate, kielMonth, kielNumber, parseKielSheet } from './parse-kiel.js';
import { readKielCsv, readKielFile, sniffKielFormat } from './read-kiel-file.js';

const HEADER = [
  'donor',
  'aid_type_general',
  'aid_type_specific',
  'measure',
  'announcement_date',
  'month',
  'explanation',
  'reporting_currency',
  'source_reported_value',
  'tot_activity_value_EUR',
  'tot_sub_activity_value_EUR',
  'tot_value_deliv_EUR',
  'item',
  'item_type',
  'item_numb',
  'item_numb_deliv',
];

// EXERCISE rows in the tracker's layout; the values are invented for the tests.
const ROWS: (string | number)[][] = [
  [
    'Germany',
    'Military',
    'Weapons and equipment',
    'Allocation',
    '2023-01-05',
    13,
    'Air defence package',
    'EUR',
    500000000,
    500000000,
    300000000,
    300000000,
    'IRIS-T SLM',
    'Air defence',
    2,
    2,
  ],
  [
    'Germany',
    'Military',
    'Weapons and equipment',
    'Allocation',
    '2023-01-05',
    13,
    'Air defence package',
    'EUR',
    '.',
    '.',
    200000000,
    100000000,
    'Gepard',
    'Air defence',
    10,
    5,
  ],
  [
    'United Kingdom',
    'Financial',
    'Budget support',
    'Commitment',
    '2024-01-12',
    25,
    'Loan guarantee',
    'GBP',
    1000000000,
    1170000000,
    '.',
    '.',
    '.',
    '.',
    '.',
    '.',
  ],
  [
    'Narnia',
    'Humanitarian',
    'Food',
    'Allocation',
    '.',
    0,
    'Relief',
    'EUR',
    1000,
    1000,
    1000,
    1000,
    '.',
    '.',
    '.',
    '.',
  ],
];

function csvOf(header: string[], rows: (string | number)[][]): string {
  const esc = (v: string | number) =>
    /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
  return [header, ...rows].map((r) => r.map(esc).join(',')).join('\n') + '\n';
}

async function xlsxOf(
  header: string[],
  rows: (string | number | Date)[][],
  title?: string,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Country Summary (€)').addRow(['Country', 'Total']);
  const ws = wb.addWorksheet('Bilateral Assistance, MAIN DATA');
  if (title) ws.addRow([title]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function totals(rows: { donorName: string; valueEur: number | null }[]) {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.donorName] = (out[r.donorName] ?? 0) + (r.valueEur ?? 0);
  return out;
}

describe('Kiel tracker parser', () => {
  it('reads the CSV layout with the right values, measures, months and donor codes', async () => {
    const { rows } = await readKielFile(new TextEncoder().encode(csvOf(HEADER, ROWS)));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      line: 2,
      donorParty: 'DEU',
      measure: 'allocation',
      announcedOn: '2023-01-05',
      month: '2023-01',
      valueEur: 300000000,
      itemCount: 2,
      itemCountDelivered: 2,
      eurPerUnit: 1,
    });
    // The second sub-activity row has "." as its activity value: its own value counts.
    expect(rows[1]).toMatchObject({ activityValueEur: null, valueEur: 200000000 });
    expect(rows[2]).toMatchObject({ donorParty: 'GBR', measure: 'commitment', valueEur: 1170000000 });
    expect(rows[2]!.eurPerUnit).toBeCloseTo(1.17);
    expect(rows[3]).toMatchObject({ donorParty: null, month: null, announcedOn: null });
    expect(totals(rows)).toEqual({ Germany: 500000000, 'United Kingdom': 1170000000, Narnia: 1000 });
  });

  it('finds columns by name whatever their order, ignoring extra columns', async () => {
    const order = HEADER.map((_, i) => i).reverse();
    const header = ['release_note', ...order.map((i) => HEADER[i]!), 'new_column_2026'];
    const rows = ROWS.map((r) => ['x', ...order.map((i) => r[i]!), 'y']);
    const shuffled = await readKielFile(new TextEncoder().encode(csvOf(header, rows)));
    const plain = await readKielFile(new TextEncoder().encode(csvOf(HEADER, ROWS)));
    expect(shuffled.rows.map(({ line: _l, ...r }) => r)).toEqual(plain.rows.map(({ line: _l, ...r }) => r));
  });

  it('reads the XLSX layout from the main-data sheet, below a title row, with real dates', async () => {
    const rows = ROWS.map((r) =>
      r.map((v, i) => (i === 4 && v !== '.' ? new Date(`${String(v)}T00:00:00Z`) : v)),
    );
    const bytes = await xlsxOf(HEADER, rows, 'Ukraine Support Tracker — EXERCISE fixture');
    expect(sniffKielFormat(bytes)).toBe('xlsx');
    const parsed = await readKielFile(bytes);
    expect(parsed.rows.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(parsed.rows[0]).toMatchObject({ announcedOn: '2023-01-05', valueEur: 300000000 });
    const csv = await readKielFile(new TextEncoder().encode(csvOf(HEADER, ROWS)));
    expect(parsed.rows.map((r) => r.rowKey)).toEqual(csv.rows.map((r) => r.rowKey));
    expect(totals(parsed.rows)).toEqual(totals(csv.rows));
  });

  it('names the line and column of every bad cell and returns no rows', async () => {
    const bad = ROWS.map((r) => [...r]);
    bad[1]![10] = 'about 200 m';
    bad[2]![3] = 'Rumour';
    const csv = new TextEncoder().encode(csvOf(HEADER, bad));
    const error = await readKielFile(csv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    const problem = (error as ProblemError).toProblem();
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([
      expect.objectContaining({ line: 3, field: 'tot_sub_activity_value_EUR' }),
      expect.objectContaining({ line: 4, field: 'measure' }),
    ]);
    expect(problem.detail).toContain('line 3');
  });

  it('names the line of a bad cell in a workbook too', async () => {
    const bad = ROWS.map((r) => [...r]);
    bad[0]![4] = '2023-02-30';
    const error = await readKielFile(await xlsxOf(HEADER, bad)).catch((e: unknown) => e);
    expect((error as ProblemError).errors).toEqual([
      expect.objectContaining({ line: 2, field: 'announcement_date' }),
    ]);
  });

  it('refuses a file without the required columns, naming them on the header line', () => {
    const result = parseKielSheet(readKielCsv('country,value\nGermany,1\n'));
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['donor', 'measure', 'aid_type_general']),
    );
    expect(result.errors.every((e) => e.line === 1)).toBe(true);
  });

  it('keeps row identity when a newer release revises values, and tells repeats apart', async () => {
    const revised = ROWS.map((r) => [...r]);
    revised[0]![10] = 350000000;
    revised[0]![15] = 1;
    const a = (await readKielFile(new TextEncoder().encode(csvOf(HEADER, ROWS)))).rows;
    const b = (await readKielFile(new TextEncoder().encode(csvOf(HEADER, revised)))).rows;
    expect(b.map((r) => r.rowKey)).toEqual(a.map((r) => r.rowKey));
    const twice = (await readKielFile(new TextEncoder().encode(csvOf(HEADER, [ROWS[3]!, ROWS[3]!])))).rows;
    expect(new Set(twice.map((r) => r.rowKey)).size).toBe(2);
  });

  it('reads semicolon-separated exports and skips blank lines', async () => {
    const text = [HEADER.join(';'), ROWS[0]!.join(';'), '', ROWS[2]!.join(';')].join('\r\n');
    const { rows } = await readKielFile(new TextEncoder().encode(text));
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reads numbers, dates and months in the spellings the tracker uses', () => {
    expect(kielNumber('1,234,567.5')).toBe(1234567.5);
    expect(kielNumber(' -12.5 ')).toBe(-12.5);
    expect(kielNumber('.')).toBeNull();
    expect(() => kielNumber('1,2')).toThrow();
    expect(kielDate(44931)).toBe('2023-01-05');
    expect(kielDate('05.01.2023')).toBe('2023-01-05');
    expect(kielDate('2023-01-05 00:00:00')).toBe('2023-01-05');
    expect(kielMonth(1)).toBe('2022-01');
    expect(kielMonth(49)).toBe('2026-01');
    expect(kielMonth('13')).toBe('2023-01');
    expect(kielMonth(0)).toBeNull();
  });

  it('reads back every finite number written plainly or with thousands separators', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        expect(kielNumber(String(n)) === n).toBe(true);
        expect(kielNumber(n)).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(kielNumber(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
  });

  it('maps every month number to the month it counts from January 2022 and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1200 }), (n) => {
        const [y, m] = kielMonth(n)!.split('-').map(Number);
        expect((y! - 2022) * 12 + m!).toBe(n);
      }),
    );
  });
});
