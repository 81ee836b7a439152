import type { AlertEvent } from '../../modules/monitoring/alerts.present.js';

/** How many alerts stay on screen at once; the alerts page lists them all. */
export const TOASTS_SHOWN = 5;
/** How many alert ids are remembered to recognise one that arrives again. */
export const IDS_REMEMBERED = 500;

/**
 * The alerts of the signed-in session as the shell shows them: the newest few as toasts
 * (newest first), how many arrived since the session started or the alerts page was last
 * viewed, and the ids already received, so that an alert sent twice (a reconnection, two
 * servers) is shown once.
 */
export interface AlertInbox {
  toasts: readonly AlertEvent[];
  unread: number;
  /** Ids received, oldest first, at most `IDS_REMEMBERED`. */
  seen: readonly string[];
}

/** The inbox at sign-in. */
export const EMPTY_INBOX: AlertInbox = { toasts: [], unread: 0, seen: [] };

/** Whether the alert was already received. */
export const isKnownAlert = (inbox: AlertInbox, id: string): boolean => inbox.seen.includes(id);

/**
 * Adds an alert: a toast, and one more unread unless `read` (the user is on the alerts page,
 * which lists it). An alert already received leaves the inbox as it is (the same object).
 *
 * @example receiveAlert(EMPTY_INBOX, alert, { read: false }).unread // 1
 */
export function receiveAlert(inbox: AlertInbox, alert: AlertEvent, { read }: { read: boolean }): AlertInbox {
  if (isKnownAlert(inbox, alert.id)) return inbox;
  return {
    toasts: [alert, ...inbox.toasts].slice(0, TOASTS_SHOWN),
    unread: read ? inbox.unread : inbox.unread + 1,
    seen: [...inbox.seen, alert.id].slice(-IDS_REMEMBERED),
  };
}

/** Removes one toast; the alert stays received (it will not come back) and unread. */
export function dismissAlert(inbox: AlertInbox, id: string): AlertInbox {
  return { ...inbox, toasts: inbox.toasts.filter((a) => a.id !== id) };
}

/** Marks every alert read (the alerts page was viewed); the toasts stay until dismissed. */
export function markAlertsRead(inbox: AlertInbox): AlertInbox {
  return inbox.unread === 0 ? inbox : { ...inbox, unread: 0 };
}
