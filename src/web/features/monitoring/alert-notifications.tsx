import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.js';

// The alerts themselves reach every page from the shell (app/alert-stream.tsx, one stream for
// the session); the alerts page offers the browser's own notifications on top.

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
