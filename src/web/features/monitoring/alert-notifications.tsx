import { useEffect, useRef, useState } from 'react';
import { apiUrl } from '../../api/client.js';
import { Link } from '../../app/router.js';
import { Time } from '../../components/time.js';
import { useI18n } from '../../i18n/i18n.js';
import type { AlertEvent } from '../../../modules/monitoring/alerts.present.js';

// A handful is enough to notice; the alerts page lists them all.
const KEEP = 5;

/**
 * Alerts of the user's party as they fire (`/api/v1/alerts/stream`, SSE): a list of
 * notifications announced politely (`aria-live`), each dismissable, linking to its incident.
 * When the user has allowed it, the browser's own notification is shown too.
 */
export function AlertNotifications({ onAlert }: { onAlert?: (alert: AlertEvent) => void } = {}) {
  const { t } = useI18n();
  const [alerts, setAlerts] = useState<AlertEvent[]>([]);
  const onAlertRef = useRef(onAlert);
  onAlertRef.current = onAlert;

  useEffect(() => {
    const source = new EventSource(apiUrl('alerts/stream'));
    source.addEventListener('alert', (event) => {
      const alert = JSON.parse((event as MessageEvent<string>).data) as AlertEvent;
      setAlerts((prev) => [alert, ...prev.filter((a) => a.id !== alert.id)].slice(0, KEEP));
      onAlertRef.current?.(alert);
      if ('Notification' in window && Notification.permission === 'granted') {
        new Notification(t('monitoring.alerts.notification'), { body: alert.summary, tag: alert.id });
      }
    });
    return () => source.close();
  }, [t]);

  return (
    <div
      className="alert-notifications"
      aria-live="polite"
      aria-atomic="false"
      data-testid="alert-notifications"
    >
      {alerts.length > 0 && (
        <ul aria-label={t('monitoring.alerts.notifications')}>
          {alerts.map((a) => (
            <li key={a.id} className="notice" data-alert-id={a.id}>
              <strong>{t('monitoring.alerts.notification')}</strong> <Time iso={a.at} />: {a.summary}{' '}
              {a.subjectKind === 'incident' && (
                <Link to={`/monitoring/incidents/${a.subjectId}`}>{t('monitoring.alerts.open')}</Link>
              )}{' '}
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setAlerts((prev) => prev.filter((p) => p.id !== a.id))}
              >
                {t('monitoring.alerts.dismiss')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A button asking the browser's permission to notify, shown only while it is undecided. */
export function BrowserNotificationsButton() {
  const { t } = useI18n();
  const [permission, setPermission] = useState(() =>
    'Notification' in window ? Notification.permission : 'denied',
  );
  if (permission !== 'default') return null;
  return (
    <button
      type="button"
      className="button"
      onClick={() => void Notification.requestPermission().then(setPermission)}
    >
      {t('monitoring.alerts.allowBrowser')}
    </button>
  );
}
