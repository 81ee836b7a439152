import type { CaseFile } from './case-file.service.js';
import { categoryLabel, LABELS, type OutputLanguage } from './daily-report.i18n.js';
import { createPdf, escapeHtml as e, pdfTable, PRINT_CSS } from './outputs.pdf.js';

/**
 * Printable forms of a case file: HTML and PDF, in English, French or Ukrainian. Hashes and
 * proofs are printed in full so that a reader can verify them against the ledger offline.
 */

interface Block {
  title: string;
  header: string[];
  rows: string[][];
}

const rel = (r: CaseFile['incident']['releasability']) => (Array.isArray(r) ? r.join(' ') : r);

function blocks(c: CaseFile, lang: OutputLanguage): Block[] {
  const t = LABELS[lang];
  return [
    {
      title: t.observations,
      header: ['id', t.time, t.location, t.kind, t.sources, t.quantity, 'releasability'],
      rows: c.observations.map((o) => [
        o.id,
        o.observedAt,
        `${o.location.coordinates[1]}, ${o.location.coordinates[0]} ±${o.uncertaintyM ?? '?'} m`,
        `${categoryLabel(lang, o.category)}${o.subtype ? ` / ${o.subtype}` : ''}`,
        `${o.source.kind} ${o.source.id} (${o.source.reliability}${o.source.credibility})`,
        String(o.quantity ?? ''),
        rel(o.releasability),
      ]),
    },
    {
      title: t.evidence,
      header: ['observation', 'sha256', 'name'],
      rows: c.evidence.map((x) => [x.observationId, x.sha256, x.name ?? '']),
    },
    {
      title: t.history,
      header: ['#', t.time, 'actor', 'change', 'rationale'],
      rows: c.history.map((h) => [
        String(h.revision),
        h.at,
        `${h.actor} (${h.actorParty})`,
        `${h.kind}${h.toStatus ? `: ${h.fromStatus ?? '—'} → ${h.toStatus}` : ''}`,
        h.rationale ?? '',
      ]),
    },
    {
      title: t.comments,
      header: [t.time, 'author', t.kind, 'text'],
      rows: c.comments.map((m) => [m.at, `${m.author} (${m.party})`, m.kind, m.body]),
    },
    {
      title: t.ledgerProof,
      header: ['record', 'leaf', 'checkpoint', 'proof (base64)'],
      rows: c.ledger.map((l) => [
        `${l.kind} ${l.recordId}`,
        l.proof?.inclusion
          ? `${l.proof.inclusion.leafIndex} ${l.proof.inclusion.leafHash}`
          : (l.proof?.leaves[0]?.leafHash ?? t.notInLedger),
        l.proof?.checkpoint ? `${l.proof.checkpoint.treeSize}` : '',
        l.proof?.inclusion ? l.proof.inclusion.proof.join(' ') : '',
      ]),
    },
  ];
}

function summary(c: CaseFile, lang: OutputLanguage): string[] {
  const i = c.incident;
  return [
    `${LABELS[lang].incident} ${i.id}`,
    `${categoryLabel(lang, i.primaryCategory)} — ${LABELS[lang].status}: ${i.status}; ${LABELS[lang].severity}: ${i.severity}; confidence ${i.confidence.toFixed(2)}`,
    `${i.startedAt} – ${i.endedAt}; ${i.centroid.coordinates[1]}, ${i.centroid.coordinates[0]} ±${Math.round(i.uncertaintyM)} m`,
    `${i.observationCount} ${LABELS[lang].observations.toLowerCase()}, ${i.sourceCount} ${LABELS[lang].sources.toLowerCase()}; attribution: ${i.attribution ?? '—'}; releasability: ${rel(i.releasability)}`,
    `Generated ${c.generatedAt} for ${c.generatedFor.username} (${c.generatedFor.party})`,
  ];
}

/** The case file as one printable HTML page. */
export function caseFileHtml(c: CaseFile, lang: OutputLanguage): string {
  const t = LABELS[lang];
  const banner = c.exercise ? `<p class="exercise">${e(t.exercise)}</p>` : '';
  const [title, ...lines] = summary(c, lang);
  const body = blocks(c, lang)
    .map(
      (b) =>
        `<section><h2>${e(b.title)}</h2>${
          b.rows.length
            ? `<table><thead><tr>${b.header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
                .map((r) => `<tr>${r.map((x) => `<td><code>${e(x)}</code></td>`).join('')}</tr>`)
                .join('')}</tbody></table>`
            : `<p>${e(t.none)}</p>`
        }</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(t.caseFile)} — ${e(c.incident.id)}</title><style>${PRINT_CSS}</style></head>
<body>${banner}<h1>${e(t.caseFile)}</h1><h2>${e(title)}</h2>${lines.map((l) => `<p>${e(l)}</p>`).join('')}
${body}${banner}</body></html>
`;
}

/** The case file as a PDF (A4). */
export async function caseFilePdf(c: CaseFile, lang: OutputLanguage): Promise<Buffer> {
  const t = LABELS[lang];
  const { doc, done } = createPdf(`${t.caseFile} ${c.incident.id}`);
  const banner = () => {
    if (c.exercise)
      doc.fontSize(11).fillColor('#a60').text(t.exercise, { align: 'center' }).fillColor('black');
  };
  banner();
  doc.fontSize(16).text(t.caseFile);
  const [title, ...lines] = summary(c, lang);
  doc.fontSize(12).text(title ?? '');
  for (const l of lines) doc.fontSize(9.5).text(l);
  doc.moveDown(0.5);
  for (const b of blocks(c, lang)) {
    doc.fontSize(12.5).text(b.title).moveDown(0.2);
    if (b.rows.length === 0) doc.fontSize(9.5).text(t.none).moveDown(0.5);
    else pdfTable(doc, b.header, b.rows);
  }
  banner();
  doc.end();
  return done;
}
