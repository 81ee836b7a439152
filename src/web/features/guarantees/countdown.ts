/** A duration split into whole days, hours, minutes and seconds (all ≥ 0). */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits a non-negative duration in milliseconds; negative input counts as its magnitude. */
export function splitDuration(ms: number): DurationParts {
  let s = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(s / 86_400);
  s -= days * 86_400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  return { days, hours, minutes, seconds: s - minutes * 60 };
}

/** Where a clock's deadline stands at `now`: time left, time past, done, or no deadline. */
export type Countdown =
  | { kind: 'left'; ms: number }
  | { kind: 'past'; ms: number }
  | { kind: 'done'; ms: number }
  | { kind: 'open' };

/**
 * The countdown of a clock at `now` (milliseconds since the epoch): time left before its due
 * time, time past it while not done, or — once done — how early (≥ 0) or late (< 0) it was.
 */
export function countdown(clock: { dueAt: string | null; doneAt: string | null }, now: number): Countdown {
  if (clock.dueAt === null) return clock.doneAt === null ? { kind: 'open' } : { kind: 'done', ms: 0 };
  const due = Date.parse(clock.dueAt);
  if (clock.doneAt !== null) return { kind: 'done', ms: due - Date.parse(clock.doneAt) };
  return due >= now ? { kind: 'left', ms: due - now } : { kind: 'past', ms: now - due };
}

/**
 * The two largest units of a duration as translation arguments: days and hours past a day,
 * hours and minutes past an hour, else minutes and seconds — enough for a live clock.
 */
export function durationKey(parts: DurationParts): {
  key: 'dh' | 'hm' | 'ms';
  values: Record<string, number>;
} {
  if (parts.days > 0) return { key: 'dh', values: { d: parts.days, h: parts.hours } };
  if (parts.hours > 0) return { key: 'hm', values: { h: parts.hours, m: parts.minutes } };
  return { key: 'ms', values: { m: parts.minutes, s: parts.seconds } };
}
