import { INTL_TAG, type Locale } from './catalogue.js';

/** Which zone times are shown in: UTC (the default, shared by every party) or the browser's. */
export type TimeZoneChoice = 'utc' | 'local';

/** Formatting of numbers, dates and times for a language and zone choice. */
export interface Formatter {
  /** A number with the language's grouping and decimal marks. */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A date and time with its zone named, e.g. "27 Nov 2026, 07:25 UTC". */
  dateTime: (iso: string) => string;
  /** A calendar date, e.g. "27 Nov 2026". */
  date: (iso: string) => string;
}

/** Builds the formatter; pure so that it is tested without a browser. */
export function makeFormatter(locale: Locale, zone: TimeZoneChoice): Formatter {
  const tag = INTL_TAG[locale];
  const timeZone = zone === 'utc' ? 'UTC' : undefined;
  // Components rather than dateStyle/timeStyle: those cannot be combined with timeZoneName.
  const dateTime = new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
  const numbers = new Map<string, Intl.NumberFormat>();
  return {
    number(value, options) {
      const key = JSON.stringify(options ?? {});
      let format = numbers.get(key);
      if (!format) {
        format = new Intl.NumberFormat(tag, options);
        numbers.set(key, format);
      }
      return format.format(value);
    },
    dateTime(iso) {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
    date(iso) {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : date.format(d);
    },
  };
}
