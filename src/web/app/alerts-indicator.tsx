import { useI18n } from '../i18n/i18n.js';
import { ALERTS_PATH, useAlerts } from './alert-stream.js';
import { Link, useLocation } from './router.js';

// Beyond this the exact figure no longer changes what the duty officer does: open the page.
const MOST_SHOWN = 99;

/**
 * The header's link to the alerts page with the number of alerts unread since the session
 * started or the page was last viewed; its accessible name says the number in words.
 */
export function AlertsIndicator() {
  const { t, format } = useI18n();
  const { pathname } = useLocation();
  const alerts = useAlerts();
  if (!alerts) return null;
  const { unread } = alerts.inbox;
  return (
    <Link
      to={ALERTS_PATH}
      className={unread > 0 ? 'alerts-indicator alerts-indicator--unread' : 'alerts-indicator'}
      aria-label={unread > 0 ? t('app.alerts.unread', { count: unread }) : t('app.alerts.noneUnread')}
      aria-current={pathname === ALERTS_PATH ? 'page' : undefined}
      data-testid="alerts-indicator"
      data-unread={unread}
    >
      <svg className="alerts-indicator__bell" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      <span className="alerts-indicator__label">{t('app.alerts')}</span>
      {unread > 0 && (
        <span className="alerts-indicator__count">
          {unread > MOST_SHOWN ? `${format.number(MOST_SHOWN)}+` : format.number(unread)}
        </span>
      )}
    </Link>
  );
}
