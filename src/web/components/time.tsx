import { useI18n } from '../i18n/i18n.js';

/** A date-time shown in the language with its zone (UTC unless the user chose local time). */
export function Time({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const { format } = useI18n();
  return <time dateTime={iso}>{dateOnly ? format.date(iso) : format.dateTime(iso)}</time>;
}
