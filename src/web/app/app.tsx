import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { FEATURES } from '../features/index.js';
import { Loading } from '../components/states.js';
import { Page } from '../components/page.js';
import { useI18n } from '../i18n/i18n.js';
import { AlertStreamProvider, ALERTS_PATH } from './alert-stream.js';
import { AlertToasts } from './alert-toasts.js';
import { ErrorBoundary } from './error-boundary.js';
import { ExerciseBanner } from './exercise-banner.js';
import { Header } from './header.js';
import { Nav } from './nav.js';
import { buildNavigation, resolvePath, sectionOf } from './navigation.js';
import { Link, useLocation } from './router.js';
import { useSession } from './session.js';
import { SignInPage } from './sign-in-page.js';

const SectionFiguresPage = lazy(() => import('../features/overview/section-figures-page.js'));

/** The application: EXERCISE banner, then the sign-in page or the signed-in shell. */
export function App() {
  const { state } = useSession();
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <ExerciseBanner />
      {state.kind === 'loading' ? (
        <main id="main" className="boot">
          <Loading />
        </main>
      ) : state.kind === 'signed-out' ? (
        <SignInPage expired={state.reason === 'expired'} />
      ) : (
        <Shell />
      )}
    </>
  );
}

function Shell() {
  const { state, status } = useSession();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  if (state.kind !== 'signed-in') throw new Error('Shell while signed out');
  const me = state.me;
  const deployed = status?.modules;
  const sections = useMemo(() => buildNavigation(FEATURES, me.role, deployed ?? []), [me.role, deployed]);
  const resolved = resolvePath(FEATURES, pathname, me.role, deployed ?? []);
  // Alerts reach every page wherever the alerts page is offered to the user.
  const alertsOffered = resolvePath(FEATURES, ALERTS_PATH, me.role, deployed ?? []).kind === 'page';
  useEffect(() => setMenuOpen(false), [pathname]);

  let content;
  switch (resolved.kind) {
    case 'page': {
      const PageComponent = resolved.route.page;
      content = <PageComponent params={resolved.params} />;
      break;
    }
    case 'section-figures':
      content = <SectionFiguresPage section={resolved.section} />;
      break;
    case 'forbidden':
      content = (
        <Page title={t(resolved.route.titleKey)}>
          <p className="notice notice--warning" data-testid="forbidden">
            {t('app.forbidden', { role: t(`role.${me.role}`) })}
          </p>
          <Link to="/">{t('app.backToOverview')}</Link>
        </Page>
      );
      break;
    case 'not-found':
      content = (
        <Page title={t('app.notFound')}>
          <Link to="/">{t('app.backToOverview')}</Link>
        </Page>
      );
      break;
  }

  return (
    <AlertStreamProvider enabled={alertsOffered}>
      <div className="app">
        <Header me={me} menuOpen={menuOpen} onMenu={() => setMenuOpen((o) => !o)} />
        <div className="app__body">
          <Nav
            sections={sections}
            currentSection={sectionOf(FEATURES, pathname)}
            pathname={pathname}
            open={menuOpen}
            onNavigate={() => setMenuOpen(false)}
          />
          <main id="main" className="app__main" tabIndex={-1}>
            <ErrorBoundary
              resetKey={pathname}
              fallback={(error, retry) => (
                <div className="state state--error" role="alert">
                  <p>{t('app.loadFailed', { detail: error.message })}</p>
                  <button type="button" className="button" onClick={retry}>
                    {t('app.retry')}
                  </button>
                </div>
              )}
            >
              <Suspense fallback={<Loading />}>{content}</Suspense>
            </ErrorBoundary>
          </main>
        </div>
        <AlertToasts />
      </div>
    </AlertStreamProvider>
  );
}
