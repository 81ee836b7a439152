import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { apiUrl, onUnauthorized } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import type { AlertEvent } from '../../modules/monitoring/alerts.present.js';
import { dismissAlert, markAlertsRead, receiveAlert, type AlertInbox } from './alert-inbox.js';
import {
  browserStorage,
  forgetInbox,
  inboxKey,
  parseRemembered,
  readElsewhere,
  recallInbox,
  rememberInbox,
  restoreInbox,
} from './alert-inbox-store.js';
import { useLocation } from './router.js';
import { useMe } from './session.js';

/** The page that lists the party's alerts; viewing it marks them read. */
export const ALERTS_PATH = '/monitoring/alerts';

/** What `useAlerts()` gives: the session's alerts and a way to hear of new ones. */
export interface AlertStream {
  inbox: AlertInbox;
  dismiss: (id: string) => void;
  /** Calls `listener` with every new alert (never twice the same); returns the unsubscription. */
  subscribe: (listener: (alert: AlertEvent) => void) => () => void;
}

const AlertStreamContext = createContext<AlertStream | null>(null);

/**
 * Owns the session's one subscription to the party's alerts (`/api/v1/alerts/stream`, SSE,
 * event `alert`). Rendered by the signed-in shell, so the stream opens at sign-in and closes at
 * sign-out; `enabled` is false where the alerts page is not offered (module not deployed).
 * After a dropped connection the browser's EventSource reconnects by itself and sends
 * `Last-Event-ID`, and the server first replays what was missed; after a reload the position
 * and the unread count come from what the inbox remembers for the user
 * (`alert-inbox-store.ts`), so alerts fired while the application was closed are counted too.
 * An alert received again is recognised by its id and not shown twice. When the user has
 * allowed it, the browser's own notification is shown too (for a replay, of its newest alert).
 */
export function AlertStreamProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const userId = useMe().id;
  const viewing = pathname === ALERTS_PATH;
  const [start] = useState(() => {
    const remembered = recallInbox(browserStorage(), userId);
    return { remembered, inbox: restoreInbox(remembered) };
  });
  const [inbox, setInbox] = useState(start.inbox);
  // The event handler decides from the latest inbox whether an alert is new, before React renders.
  const inboxRef = useRef(start.inbox);
  const lastEventIdRef = useRef(start.remembered.lastEventId);
  const readAtRef = useRef(start.remembered.readAt);
  const viewingRef = useRef(viewing);
  const tRef = useRef(t);
  const listeners = useRef(new Set<(alert: AlertEvent) => void>());

  const remember = useCallback(
    () =>
      rememberInbox(browserStorage(), userId, {
        lastEventId: lastEventIdRef.current,
        unread: inboxRef.current.unread,
        readAt: readAtRef.current,
      }),
    [userId],
  );
  const update = useCallback(
    (next: AlertInbox) => {
      inboxRef.current = next;
      setInbox(next);
      remember();
    },
    [remember],
  );
  const markRead = useCallback(
    (at: string) => {
      readAtRef.current = at;
      update(markAlertsRead(inboxRef.current));
    },
    [update],
  );

  useEffect(() => {
    tRef.current = t;
  }, [t]);

  useEffect(() => {
    viewingRef.current = viewing;
    if (viewing) markRead(new Date().toISOString());
  }, [viewing, markRead]);

  // Sign-out forgets the user's inbox; an expired session keeps it for the next sign-in.
  useEffect(() => {
    let expired = false;
    const stopListening = onUnauthorized(() => (expired = true));
    remember();
    return () => {
      stopListening();
      if (!expired) forgetInbox(browserStorage(), userId);
    };
  }, [userId, remember]);

  // Another tab of the same user opened the alerts page: the count is cleared here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== inboxKey(userId)) return;
      const theirs = parseRemembered(event.newValue);
      if (readElsewhere(readAtRef.current, theirs)) markRead(theirs.readAt!);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [userId, markRead]);

  useEffect(() => {
    if (!enabled) return;
    const notify = (alert: AlertEvent) => {
      if ('Notification' in window && Notification.permission === 'granted') {
        new Notification(tRef.current('app.alerts.notification'), { body: alert.summary, tag: alert.id });
      }
    };
    let source: EventSource | null = null;
    let retry: number | undefined;
    let failures = 0;
    // While the server replays what was missed, one notification (the newest) stands for all.
    let replaying = false;
    let newestReplayed: AlertEvent | null = null;
    const onAlert = (event: MessageEvent<string>) => {
      const alert = JSON.parse(event.data) as AlertEvent;
      if (event.lastEventId) lastEventIdRef.current = event.lastEventId;
      if (viewingRef.current) readAtRef.current = new Date().toISOString();
      const next = receiveAlert(inboxRef.current, alert, { read: viewingRef.current });
      if (next === inboxRef.current) {
        remember();
        return;
      }
      update(next);
      for (const listener of listeners.current) listener(alert);
      if (replaying) newestReplayed = alert;
      else notify(alert);
    };
    const connect = () => {
      // The position goes in the query only here; on its own reconnections EventSource sends the
      // header, which the server prefers.
      const url = apiUrl('alerts/stream', { lastEventId: lastEventIdRef.current ?? undefined });
      const current = new EventSource(url);
      source = current;
      current.addEventListener('open', () => {
        failures = 0;
        replaying = lastEventIdRef.current !== null;
        newestReplayed = null;
      });
      current.addEventListener('alert', onAlert);
      current.addEventListener('replayed', () => {
        replaying = false;
        if (newestReplayed && !viewingRef.current) notify(newestReplayed);
      });
      current.addEventListener('error', () => {
        // A network failure: the browser reconnects by itself. An HTTP error closes for good.
        if (current.readyState !== EventSource.CLOSED) return;
        failures += 1;
        retry = window.setTimeout(() => void reopen(url), Math.min(60_000, 1_000 * 2 ** failures));
      });
    };
    const reopen = async (url: string) => {
      // A position the server refuses (400, say a damaged entry in storage) would be refused
      // again: ask once why the stream closed, and start afresh if that was the reason.
      if (lastEventIdRef.current !== null) {
        const res = await fetch(url, { credentials: 'same-origin' }).catch(() => null);
        void res?.body?.cancel();
        if (res?.status === 400) {
          lastEventIdRef.current = null;
          remember();
        }
      }
      if (source) connect();
    };
    connect();
    return () => {
      window.clearTimeout(retry);
      source?.close();
      source = null;
    };
  }, [enabled, update, remember]);

  const dismiss = useCallback((id: string) => update(dismissAlert(inboxRef.current, id)), [update]);
  const subscribe = useCallback((listener: (alert: AlertEvent) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const value = useMemo(() => ({ inbox, dismiss, subscribe }), [inbox, dismiss, subscribe]);
  return <AlertStreamContext.Provider value={enabled ? value : null}>{children}</AlertStreamContext.Provider>;
}

/** The session's alerts; null where alerts are not offered (or outside the signed-in shell). */
export function useAlerts(): AlertStream | null {
  return useContext(AlertStreamContext);
}

/**
 * Calls `onAlert` with each new alert of the party while the component is mounted, from the
 * session's one stream (no connection of its own).
 *
 * @example useAlertListener(fired.reload); // the alerts page reloads its list of fired alerts
 */
export function useAlertListener(onAlert: (alert: AlertEvent) => void): void {
  const subscribe = useAlerts()?.subscribe;
  const onAlertRef = useRef(onAlert);
  useEffect(() => {
    onAlertRef.current = onAlert;
  }, [onAlert]);
  useEffect(() => subscribe?.((alert) => onAlertRef.current(alert)), [subscribe]);
}
