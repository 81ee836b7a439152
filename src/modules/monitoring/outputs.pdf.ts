import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/**
 * PDF plumbing shared by the daily report and the case file: a document with a font that
 * covers Cyrillic (Ukrainian) and Latin, collected into one buffer. pdfkit's built-in
 * Helvetica has no Cyrillic, so a TrueType font is used when one is available:
 * `GUARANTOR_PDF_FONT` (a .ttf path), else DejaVu Sans or Liberation Sans where the
 * system has them.
 */

const CANDIDATE_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/Library/Fonts/Arial Unicode.ttf',
];

/** Path of the Unicode font for PDFs, or null when only the built-in fonts are available. */
export function unicodeFontPath(): string | null {
  const configured = process.env.GUARANTOR_PDF_FONT;
  if (configured && existsSync(configured)) return configured;
  return CANDIDATE_FONTS.find((p) => existsSync(p)) ?? null;
}

/** A4 document with the Unicode font selected, and a promise of its bytes once ended. */
export function createPdf(title: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, Producer: 'Guarantor' } });
  const font = unicodeFontPath();
  if (font) doc.font(font);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** Writes a simple table: a header row and rows of cells, wrapping to new pages. */
export function pdfTable(
  doc: PDFKit.PDFDocument,
  header: string[],
  rows: string[][],
  widths?: number[],
): void {
  const total = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const w = widths ?? header.map(() => total / header.length);
  const line = (cells: string[], size: number) => {
    const heights = cells.map((c, i) => doc.fontSize(size).heightOfString(c, { width: w[i]! - 4 }));
    const h = Math.max(...heights, size + 2);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = doc.page.margins.left;
    cells.forEach((c, i) => {
      doc.fontSize(size).text(c, x + 2, y, { width: w[i]! - 4 });
      x += w[i]!;
    });
    doc.x = doc.page.margins.left;
    doc.y = y + h + 2;
  };
  line(header, 8);
  doc
    .moveTo(doc.page.margins.left, doc.y - 1)
    .lineTo(doc.page.margins.left + total, doc.y - 1)
    .stroke();
  for (const r of rows) line(r, 8);
  doc.moveDown(0.5);
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Shared print stylesheet of the HTML outputs (A4, legible on screen and paper). */
export const PRINT_CSS = `body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:190mm;margin:1.5em auto;color:#111;font-size:11pt}
h1{font-size:16pt;margin-bottom:.2em}h2{font-size:12.5pt;margin-top:1.4em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;font-size:9.5pt}th,td{border:1px solid #bbb;padding:2px 4px;text-align:left;vertical-align:top}
.num{text-align:right}.exercise{background:#ffe08a;border:2px solid #c80;padding:.4em;font-weight:bold;text-align:center}
.meta{color:#444;font-size:9.5pt}code{font-size:8.5pt;word-break:break-all}@media print{.exercise{-webkit-print-color-adjust:exact}}`;
