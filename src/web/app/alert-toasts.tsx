import { Time } from '../components/time.js';
import { useI18n } from '../i18n/i18n.js';
import { ALERTS_PATH, useAlerts } from './alert-stream.js';
import { Link } from './router.js';

/**
 * The session's newest alerts on every page: a polite live region (present from the start,
 * so that screen readers announce what is added), each alert dismissable and linking to its
 * incident (or, for an alert on observations, to the alerts page).
 */
export function AlertToasts() {
  const { t } = useI18n();
  const alerts = useAlerts();
  if (!alerts) return null;
  const { inbox, dismiss } = alerts;
  return (
    <div className="alert-toasts" aria-live="polite" aria-atomic="false" data-testid="alert-notifications">
      {inbox.toasts.length > 0 && (
        <ul aria-label={t('app.alerts.notifications')}>
          {inbox.toasts.map((a) => (
            <li key={a.id} className="alert-toast" data-alert-id={a.id}>
              <p>
                <strong>{t('app.alerts.notification')}</strong> <Time iso={a.at} />: {a.summary}
              </p>
              <p className="alert-toast__actions">
                {a.subjectKind === 'incident' ? (
                  <Link to={`/monitoring/incidents/${a.subjectId}`} onClick={() => dismiss(a.id)}>
                    {t('app.alerts.open')}
                  </Link>
                ) : (
                  <Link to={ALERTS_PATH}>{t('app.alerts.openList')}</Link>
                )}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => dismiss(a.id)}
                  aria-label={t('app.alerts.dismissOne', { summary: a.summary })}
                >
                  {t('app.alerts.dismiss')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
