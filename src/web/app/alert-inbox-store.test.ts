import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AlertEvent } from '../../modules/monitoring/alerts.present.js';
import { markAlertsRead, receiveAlert, TOASTS_SHOWN } from './alert-inbox.js';
import {
  forgetInbox,
  inboxKey,
  NOTHING_REMEMBERED,
  parseRemembered,
  readElsewhere,
  recallInbox,
  rememberInbox,
  restoreInbox,
  type InboxStorage,
} from './alert-inbox-store.js';

/** An in-memory stand-in for localStorage. */
function memoryStorage(): InboxStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

const alert = (id: string): AlertEvent => ({
  id,
  ruleId: 'rule-1',
  at: '2026-05-01T10:00:00.000Z',
  subjectKind: 'observation',
  subjectId: `observation-${id}`,
  summary: `EXERCISE alert ${id}`,
});

describe('what the alert inbox remembers between page loads', () => {
  it('keeps the unread count and the stream position of each user across a reload', () => {
    const storage = memoryStorage();
    let inbox = restoreInbox(recallInbox(storage, 'user-a'));
    for (const id of ['a1', 'a2', 'a3']) inbox = receiveAlert(inbox, alert(id), { read: false });
    const position = '2026-05-01T10:00:00.000Z|7e57ae11-0000-4000-8000-000000000003';
    rememberInbox(storage, 'user-a', { lastEventId: position, unread: inbox.unread, readAt: null });

    // The page reloads: the count is back, and the stream resumes after the newest alert.
    const remembered = recallInbox(storage, 'user-a');
    expect(remembered.lastEventId).toBe(position);
    const reloaded = restoreInbox(remembered);
    expect(reloaded.unread).toBe(3);
    expect(reloaded.toasts).toEqual([]);
    // Alerts fired while the application was closed are replayed and counted on top.
    let replayed = reloaded;
    for (let i = 0; i < 8; i++) replayed = receiveAlert(replayed, alert(`b${i}`), { read: false });
    expect(replayed.unread).toBe(11);
    expect(replayed.toasts).toHaveLength(TOASTS_SHOWN);

    // Another user of the same browser starts from nothing.
    expect(recallInbox(storage, 'user-b')).toEqual(NOTHING_REMEMBERED);
  });

  it('forgets a user at sign-out and leaves the others', () => {
    const storage = memoryStorage();
    rememberInbox(storage, 'user-a', { lastEventId: 'x', unread: 2, readAt: null });
    rememberInbox(storage, 'user-b', { lastEventId: 'y', unread: 5, readAt: null });
    forgetInbox(storage, 'user-a');
    expect(storage.entries.has(inboxKey('user-a'))).toBe(false);
    expect(recallInbox(storage, 'user-a')).toEqual(NOTHING_REMEMBERED);
    expect(recallInbox(storage, 'user-b').unread).toBe(5);
  });

  it('clears the count once the alerts page was opened, here or in another tab', () => {
    const storage = memoryStorage();
    const read = markAlertsRead(receiveAlert(restoreInbox(NOTHING_REMEMBERED), alert('a'), { read: false }));
    rememberInbox(storage, 'user-a', {
      lastEventId: null,
      unread: read.unread,
      readAt: '2026-05-01T10:05:00.000Z',
    });
    expect(restoreInbox(recallInbox(storage, 'user-a')).unread).toBe(0);
    const theirs = recallInbox(storage, 'user-a');
    expect(readElsewhere(null, theirs)).toBe(true);
    expect(readElsewhere('2026-05-01T10:00:00.000Z', theirs)).toBe(true);
    expect(readElsewhere('2026-05-01T10:05:00.000Z', theirs)).toBe(false);
    expect(readElsewhere('2026-05-01T10:00:00.000Z', NOTHING_REMEMBERED)).toBe(false);
  });

  it('treats anything damaged in storage as nothing remembered, and survives blocked storage', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: null }), (text) => {
        const remembered = parseRemembered(text);
        expect(remembered.unread).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(remembered.unread)).toBe(true);
      }),
    );
    expect(parseRemembered('{"lastEventId":"","unread":-3,"readAt":"soon"}')).toEqual(NOTHING_REMEMBERED);
    expect(parseRemembered('{"unread":2.5}')).toEqual(NOTHING_REMEMBERED);
    const blocked: InboxStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(recallInbox(blocked, 'user-a')).toEqual(NOTHING_REMEMBERED);
    expect(() => rememberInbox(blocked, 'user-a', NOTHING_REMEMBERED)).not.toThrow();
    expect(() => forgetInbox(blocked, 'user-a')).not.toThrow();
    expect(recallInbox(null, 'user-a')).toEqual(NOTHING_REMEMBERED);
  });
});
