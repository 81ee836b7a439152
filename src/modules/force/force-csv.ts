import type { Line, Offer } from './force.schemas.js';

/** One CSV field, quoted when needed (RFC 4180); a leading formula character is neutralised. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  // Spreadsheets execute cells starting with = + - @ (CSV injection): prefix a quote.
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The statement of requirements as CSV, one row per line; EXERCISE lines say so. */
export function requirementsCsv(lines: readonly Line[]): string {
  return toCsv(
    [
      'ref',
      'domain',
      'capability',
      'quantity',
      'unit',
      'area',
      'phase',
      'priority',
      'readiness_days',
      'decision',
      'owner',
      'exercise',
    ],
    lines.map((l) => [
      l.ref,
      l.domain,
      l.capability,
      l.quantity,
      l.unit,
      l.area,
      l.phase,
      l.priority,
      l.readinessDays,
      l.decision,
      l.owner,
      l.exercise ? 'EXERCISE' : '',
    ]),
  );
}

/** The offers as CSV, one row per offer, with the effective state of its commitment. */
export function offersCsv(offers: readonly Offer[], lines: readonly Line[]): string {
  const ref = new Map(lines.map((l) => [l.id, l.ref]));
  return toCsv(
    [
      'offer_id',
      'party',
      'line',
      'unit_name',
      'quantity',
      'unit',
      'personnel',
      'sidc',
      'planned_location',
      'notice_days',
      'readiness',
      'lifecycle',
      'effective_state',
      'caveats',
      'approvals',
      'exercise',
    ],
    offers.map((o) => [
      o.id,
      o.party,
      ref.get(o.lineId) ?? o.lineId,
      o.unitName,
      o.commitment.quantity,
      o.commitment.unit,
      o.personnel,
      o.sidc,
      o.plannedLocation?.name ?? '',
      o.noticeDays,
      o.readiness.level,
      o.commitment.state,
      o.effectiveState,
      o.caveats.map((c) => `${c.type}: ${c.description}`).join('; '),
      o.commitment.approvals.map((a) => `${a.bodyName}: ${a.state}`).join('; '),
      o.exercise ? 'EXERCISE' : '',
    ]),
  );
}
