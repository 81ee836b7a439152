import type { DailyReport } from './daily-report.js';
import { categoryLabel, LABELS, type OutputLanguage } from './daily-report.i18n.js';
import { createPdf, escapeHtml as e, pdfTable, PRINT_CSS } from './outputs.pdf.js';

/**
 * Printable forms of the daily report: a self-contained HTML page and a PDF, in English,
 * French or Ukrainian. Both render the same JSON report; nothing is computed here.
 */

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const place = ([lon, lat]: [number, number]) => `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

interface Section {
  title: string;
  header: string[];
  rows: string[][];
  note?: string;
}

/** The report as titled tables, the common ground of the HTML and PDF forms. */
function sections(report: DailyReport, lang: OutputLanguage): Section[] {
  const t = LABELS[lang];
  const k = report.civilianCasualties;
  return [
    {
      title: t.violationsByRegion,
      header: [
        t.region,
        t.violations,
        t.explosions,
        `${t.previousPeriod}: ${t.violations}`,
        `${t.previousPeriod}: ${t.explosions}`,
        t.change,
      ],
      rows: report.regions.map((r) => [
        r.region,
        String(r.violations),
        String(r.explosions),
        String(r.previousViolations),
        String(r.previousExplosions),
        `${signed(r.change)} / ${signed(r.explosionsChange)}`,
      ]),
    },
    {
      title: t.disengagementAreas,
      header: [t.area, t.observations, t.violations, t.kind],
      rows: report.disengagementAreas.map((a) => [
        a.area,
        String(a.observations),
        String(a.violations),
        Object.entries(a.categories)
          .map(([c, n]) => `${categoryLabel(lang, c)} ${n}`)
          .join(', '),
      ]),
    },
    {
      title: t.weaponsInViolation,
      header: [t.time, t.location, t.weapon, t.quantity, t.distanceToLine, t.region],
      rows: report.weaponsInViolation.map((w) => [
        minute(w.observedAt),
        place(w.location),
        [w.weaponClass, w.weaponSystem].filter(Boolean).join(' — '),
        String(w.quantity),
        w.distanceToLineM === null ? '' : String(w.distanceToLineM),
        w.sector ?? '',
      ]),
    },
    {
      title: t.freedomOfMovement,
      header: [t.time, t.location, t.kind, t.region, ''],
      rows: report.freedomOfMovement.map((r) => [
        minute(r.observedAt),
        place(r.location),
        `${r.kind}*`,
        r.sector ?? '',
        r.notes ?? '',
      ]),
      note: t.freedomOfMovementNote,
    },
    {
      title: t.civilianCasualties,
      header: ['', t.estimate],
      rows:
        k.killed.high + k.injured.high === 0
          ? []
          : [
              [t.killed, `${k.killed.low} / ${k.killed.best} / ${k.killed.high}`],
              [t.injured, `${k.injured.low} / ${k.injured.best} / ${k.injured.high}`],
            ],
    },
    {
      title: t.significantIncidents,
      header: [t.time, t.incident, t.location, t.status, t.severity, t.sources],
      rows: report.significantIncidents.map((i) => [
        minute(i.startedAt),
        `${categoryLabel(lang, i.primaryCategory)} (${i.id.slice(0, 8)})`,
        place(i.centroid),
        i.status,
        String(i.severity),
        `${i.sourceCount} / ${i.observationCount}`,
      ]),
    },
  ];
}

function heading(report: DailyReport, lang: OutputLanguage) {
  const t = LABELS[lang];
  const p = report.period;
  return {
    title: `${t.dailyReport} ${p.number}`,
    basedOn: t.basedOn(p.cutoff, p.timeZone, minute(p.from), minute(p.to)),
    summary: t.summary(
      report.totals.violations,
      report.totals.explosions,
      report.totals.previousViolations,
      report.totals.previousExplosions,
    ),
    basis: t.visibleBasis(report.basis.observations, report.basis.incidents),
  };
}

/** The report as one self-contained, printable HTML page. */
export function dailyReportHtml(report: DailyReport, lang: OutputLanguage): string {
  const t = LABELS[lang];
  const h = heading(report, lang);
  const banner = report.exercise ? `<p class="exercise">${e(t.exercise)}</p>` : '';
  const body = sections(report, lang)
    .map((s) => {
      const table = s.rows.length
        ? `<table><thead><tr>${s.header.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead><tbody>${s.rows
            .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`
        : `<p>${e(t.none)}</p>`;
      return `<section><h2>${e(s.title)}</h2>${table}${s.note && s.rows.length ? `<p class="meta">${e(s.note)}</p>` : ''}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(h.title)}</title><style>${PRINT_CSS}</style></head>
<body>${banner}<h1>${e(h.title)}</h1><p class="meta">${e(h.basedOn)}</p><p>${e(h.summary)}</p>
${body}
<p class="meta">${e(h.basis)}</p>${banner}</body></html>
`;
}

/** The report as a PDF (A4). */
export async function dailyReportPdf(report: DailyReport, lang: OutputLanguage): Promise<Buffer> {
  const t = LABELS[lang];
  const h = heading(report, lang);
  const { doc, done } = createPdf(h.title);
  const banner = () => {
    if (report.exercise)
      doc.fontSize(11).fillColor('#a60').text(t.exercise, { align: 'center' }).fillColor('black');
  };
  banner();
  doc.fontSize(16).text(h.title);
  doc.fontSize(9).fillColor('#444').text(h.basedOn).fillColor('black').moveDown(0.5);
  doc.fontSize(10.5).text(h.summary).moveDown(0.5);
  for (const s of sections(report, lang)) {
    doc.fontSize(12.5).text(s.title).moveDown(0.2);
    if (s.rows.length === 0) doc.fontSize(9.5).text(t.none).moveDown(0.5);
    else pdfTable(doc, s.header, s.rows);
    if (s.note && s.rows.length) doc.fontSize(8).text(s.note).moveDown(0.5);
  }
  doc.fontSize(8).fillColor('#444').text(h.basis).fillColor('black');
  banner();
  doc.end();
  return done;
}
