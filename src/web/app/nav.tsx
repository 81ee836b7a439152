import { useI18n } from '../i18n/i18n.js';
import type { NavSection } from './navigation.js';
import { Link } from './router.js';

/** The navigation by section; the current section and page are marked for assistive technology. */
export function Nav({
  sections,
  currentSection,
  pathname,
  open,
  onNavigate,
}: {
  sections: readonly NavSection[];
  currentSection: string | undefined;
  pathname: string;
  open: boolean;
  onNavigate: () => void;
}) {
  const { t } = useI18n();
  return (
    <nav id="app-nav" className={`app-nav${open ? ' app-nav--open' : ''}`} aria-label={t('app.navigation')}>
      <ul>
        {sections.map((s) => {
          const current = s.id === currentSection;
          return (
            <li key={s.id} className={current ? 'is-current' : undefined}>
              <Link
                to={s.to}
                data-section={s.id}
                aria-current={current && s.items.length <= 1 ? 'page' : undefined}
                onClick={onNavigate}
              >
                {t(`section.${s.id}`)}
              </Link>
              {current && s.items.length > 1 && (
                <ul>
                  {s.items.map((item) => (
                    <li key={item.to}>
                      <Link
                        to={item.to}
                        aria-current={pathname === item.to ? 'page' : undefined}
                        onClick={onNavigate}
                      >
                        {t(item.titleKey)}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
