import type { Me } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { AlertsIndicator } from './alerts-indicator.js';
import { Preferences } from './preferences.js';
import { Link } from './router.js';
import { useSession } from './session.js';

/**
 * The header: the application's name, the alerts unread, the user's party and role (always
 * visible, also on a phone), language and zone, sign-out, and the menu button that opens the
 * navigation on narrow screens.
 */
export function Header({ me, menuOpen, onMenu }: { me: Me; menuOpen: boolean; onMenu: () => void }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <header className="app-header">
      <button
        type="button"
        className="app-header__menu"
        aria-expanded={menuOpen}
        aria-controls="app-nav"
        onClick={onMenu}
      >
        <span aria-hidden="true">☰</span> {t('app.menu')}
      </button>
      <Link to="/" className="app-header__brand">
        <span className="brand-mark" aria-hidden="true" />
        {t('app.name')}
      </Link>
      <AlertsIndicator />
      <div
        className="app-header__who"
        data-testid="who"
        title={t('app.signedInAs', { name: me.displayName })}
      >
        <span className="party-badge" aria-label={`${t('app.party')}: ${me.partyName}`}>
          {me.party}
        </span>
        <span className="app-header__party">{me.partyName}</span>
        <span className="role-badge">
          <span className="visually-hidden">{t('app.role')}: </span>
          {t(`role.${me.role}`)}
        </span>
      </div>
      <Preferences />
      <button
        type="button"
        className="button button--quiet"
        onClick={() => void signOut()}
        data-testid="sign-out"
      >
        {t('app.signOut')}
      </button>
    </header>
  );
}
