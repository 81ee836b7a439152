import { EMPTY_INBOX, type AlertInbox } from './alert-inbox.js';

/**
 * What the shell remembers of a user's alerts between page loads (localStorage, one entry per
 * user, forgotten at sign-out), so that the unread count survives a reload and the stream
 * resumes where it stopped: the alerts fired while the application was closed are replayed.
 */
export interface RememberedInbox {
  /** Position of the newest alert received (the stream's last event id, opaque); null before any. */
  lastEventId: string | null;
  /** Alerts received and not yet read. */
  unread: number;
  /** When the alerts page was last opened or showed a new alert (UTC, ISO 8601); null if never. */
  readAt: string | null;
}

/** The part of the Web Storage API the inbox uses (a fake in tests). */
export type InboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Nothing remembered. */
export const NOTHING_REMEMBERED: RememberedInbox = { lastEventId: null, unread: 0, readAt: null };

/** The storage key of a user's inbox. */
export const inboxKey = (userId: string): string => `guarantor.alerts.${userId}`;

/** The browser's localStorage, or null where it is blocked (then nothing outlives the page). */
export function browserStorage(): InboxStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads a remembered inbox from its stored text; anything malformed counts as nothing. */
export function parseRemembered(text: string | null): RememberedInbox {
  if (!text) return NOTHING_REMEMBERED;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof RememberedInbox, unknown>>;
    return {
      lastEventId:
        typeof value.lastEventId === 'string' && value.lastEventId !== '' ? value.lastEventId : null,
      unread:
        Number.isSafeInteger(value.unread) && (value.unread as number) > 0 ? (value.unread as number) : 0,
      readAt:
        typeof value.readAt === 'string' && !Number.isNaN(Date.parse(value.readAt)) ? value.readAt : null,
    };
  } catch {
    return NOTHING_REMEMBERED;
  }
}

/** What is remembered for the user. */
export function recallInbox(storage: InboxStorage | null, userId: string): RememberedInbox {
  try {
    return parseRemembered(storage?.getItem(inboxKey(userId)) ?? null);
  } catch {
    return NOTHING_REMEMBERED;
  }
}

/** Remembers the user's inbox (storage full or blocked: nothing is remembered). */
export function rememberInbox(storage: InboxStorage | null, userId: string, inbox: RememberedInbox): void {
  try {
    storage?.setItem(inboxKey(userId), JSON.stringify(inbox));
  } catch {
    // nothing to do: the count lasts for this page only
  }
}

/** Forgets the user's inbox (sign-out). */
export function forgetInbox(storage: InboxStorage | null, userId: string): void {
  try {
    storage?.removeItem(inboxKey(userId));
  } catch {
    // blocked storage held nothing
  }
}

/** The session's inbox after a reload: the unread count remembered, no toasts yet. */
export const restoreInbox = (remembered: RememberedInbox): AlertInbox => ({
  ...EMPTY_INBOX,
  unread: remembered.unread,
});

/**
 * Whether another tab of the same user has read the alerts since this one last did (it wrote a
 * later `readAt`), so that this tab clears its count too.
 */
export const readElsewhere = (mine: string | null, theirs: RememberedInbox): boolean =>
  theirs.readAt !== null && (mine === null || Date.parse(theirs.readAt) > Date.parse(mine));
