import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AlertEvent } from '../../modules/monitoring/alerts.present.js';
import {
  dismissAlert,
  EMPTY_INBOX,
  IDS_REMEMBERED,
  markAlertsRead,
  receiveAlert,
  TOASTS_SHOWN,
  type AlertInbox,
} from './alert-inbox.js';

const alert = (id: string): AlertEvent => ({
  id,
  ruleId: 'rule-1',
  at: '2026-05-01T10:00:00.000Z',
  subjectKind: 'incident',
  subjectId: `incident-${id}`,
  summary: `EXERCISE alert ${id}`,
});

describe('the alert inbox of the session', () => {
  it('shows the newest alert first and counts it unread', () => {
    const inbox = receiveAlert(receiveAlert(EMPTY_INBOX, alert('a'), { read: false }), alert('b'), {
      read: false,
    });
    expect(inbox.toasts.map((a) => a.id)).toEqual(['b', 'a']);
    expect(inbox.unread).toBe(2);
  });

  it('ignores an alert that arrives a second time, even after its toast was dismissed', () => {
    const once = receiveAlert(EMPTY_INBOX, alert('a'), { read: false });
    expect(receiveAlert(once, alert('a'), { read: false })).toBe(once);
    const dismissed = dismissAlert(once, 'a');
    expect(dismissed.toasts).toEqual([]);
    expect(dismissed.unread).toBe(1);
    expect(receiveAlert(dismissed, alert('a'), { read: false })).toBe(dismissed);
  });

  it('does not count an alert received on the alerts page, and viewing it clears the count', () => {
    const two = receiveAlert(receiveAlert(EMPTY_INBOX, alert('a'), { read: false }), alert('b'), {
      read: false,
    });
    const read = markAlertsRead(two);
    expect(read.unread).toBe(0);
    expect(read.toasts).toHaveLength(2);
    expect(receiveAlert(read, alert('c'), { read: true }).unread).toBe(0);
    expect(markAlertsRead(read)).toBe(read);
  });

  it('keeps a handful of toasts, counts every distinct alert once and remembers a bounded number of ids', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 200 }), (ids) => {
        let inbox: AlertInbox = EMPTY_INBOX;
        for (const id of ids) inbox = receiveAlert(inbox, alert(String(id)), { read: false });
        const distinct = new Set(ids);
        expect(inbox.unread).toBe(distinct.size);
        expect(inbox.toasts.length).toBe(Math.min(TOASTS_SHOWN, distinct.size));
        expect(new Set(inbox.toasts.map((a) => a.id)).size).toBe(inbox.toasts.length);
        expect(inbox.seen.length).toBeLessThanOrEqual(IDS_REMEMBERED);
      }),
    );
  });
});
