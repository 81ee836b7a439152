import { PALETTE, type ChartSeries } from '../../components/chart/index.js';
import type { ResponseType, SimulationResult } from './guarantees-api.js';
import { RESPONSES } from './guarantees-api.js';

/**
 * One colour per response type, the same in every chart and scenario, so that "air defence"
 * is one colour when two scenarios stand side by side. Consultations, the most numerous,
 * take a quiet grey; the others the colour-blind-safe palette.
 */
export function responseColor(response: ResponseType): string {
  const i = RESPONSES.indexOf(response);
  return i === 0 ? '#8a96a3' : (PALETTE[(i - 1) % PALETTE.length] ?? '#0072b2');
}

/** A requirement as the simulation page edits it: a quantity per response type. */
export type Requirements = Partial<Record<ResponseType, number>>;

/**
 * Coverage of each required response type on each day: available ÷ required in percent,
 * capped at 100 (a line reaching 100 % is a requirement met). Types nobody requires are left
 * out: without a requirement a percentage means nothing.
 */
export function coverageSeries(
  result: SimulationResult,
  requirements: Requirements,
  label: (response: ResponseType) => string,
): ChartSeries[] {
  return RESPONSES.filter((r) => (requirements[r] ?? 0) > 0).map((response) => ({
    id: response,
    label: label(response),
    color: responseColor(response),
    values: result.daily.map((d) =>
      Math.min(100, Math.round(((d.available[response] ?? 0) / requirements[response]!) * 1000) / 10),
    ),
  }));
}

/**
 * The commitments that take effect at each milestone: in effect there and not at the one
 * before (a commitment may also leave, when a deadline passes; it then shows again when back).
 */
export function takingEffect(result: SimulationResult): { hours: number; ids: string[] }[] {
  let before = new Set<string>();
  return result.milestones.map((m) => {
    const ids = m.inEffect.filter((id) => !before.has(id));
    before = new Set(m.inEffect);
    return { hours: m.hours, ids };
  });
}

/**
 * Commitments in effect at each milestone per response type, stacked in the timeline chart:
 * one series per type that has any commitment in effect by the last milestone.
 */
export function inEffectSeries(
  result: SimulationResult,
  label: (response: ResponseType) => string,
): ChartSeries[] {
  const responseOf = new Map(result.commitments.map((c) => [c.id, c.response]));
  const counts = result.milestones.map((m) => {
    const perType = new Map<ResponseType, number>();
    for (const id of m.inEffect) {
      const r = responseOf.get(id);
      if (r) perType.set(r, (perType.get(r) ?? 0) + 1);
    }
    return perType;
  });
  return RESPONSES.filter((r) => counts.some((c) => c.has(r))).map((response) => ({
    id: response,
    label: label(response),
    color: responseColor(response),
    values: counts.map((c) => c.get(response) ?? 0),
  }));
}

/** Party codes typed by a person ("usa, deu fra") as the API wants them: upper case, unique. */
export function partyCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((p) => p.trim().toUpperCase())
        .filter((p) => p !== ''),
    ),
  ];
}

/** The requirements in the API's form, leaving out types with no positive quantity. */
export function requirementList(requirements: Requirements): { response: ResponseType; quantity: number }[] {
  return RESPONSES.flatMap((response) => {
    const quantity = requirements[response] ?? 0;
    return quantity > 0 ? [{ response, quantity }] : [];
  });
}
