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
import { apiUrl } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import type { AlertEvent } from '../../modules/monitoring/alerts.present.js';
import { dismissAlert, EMPTY_INBOX, markAlertsRead, receiveAlert, type AlertInbox } from './alert-inbox.js';
import { useLocation } from './router.js';

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
 * `Last-Event-ID`; an alert received again is recognised by its id and not shown twice.
 * When the user has allowed it, the browser's own notification is shown too.
 */
export function AlertStreamProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const viewing = pathname === ALERTS_PATH;
  const [inbox, setInbox] = useState(EMPTY_INBOX);
  // The event handler decides from the latest inbox whether an alert is new, before React renders.
  const inboxRef = useRef(EMPTY_INBOX);
  const viewingRef = useRef(viewing);
  const tRef = useRef(t);
  const listeners = useRef(new Set<(alert: AlertEvent) => void>());

  const update = useCallback((next: AlertInbox) => {
    inboxRef.current = next;
    setInbox(next);
  }, []);

  useEffect(() => {
    tRef.current = t;
  }, [t]);

  useEffect(() => {
    viewingRef.current = viewing;
    if (viewing) update(markAlertsRead(inboxRef.current));
  }, [viewing, update]);

  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource(apiUrl('alerts/stream'));
    source.addEventListener('alert', (event) => {
      const alert = JSON.parse((event as MessageEvent<string>).data) as AlertEvent;
      const next = receiveAlert(inboxRef.current, alert, { read: viewingRef.current });
      if (next === inboxRef.current) return;
      update(next);
      for (const listener of listeners.current) listener(alert);
      if ('Notification' in window && Notification.permission === 'granted') {
        new Notification(tRef.current('app.alerts.notification'), { body: alert.summary, tag: alert.id });
      }
    });
    return () => source.close();
  }, [enabled, update]);

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
