import { useEffect, useState, type FormEvent } from 'react';
import { ApiProblem } from '../api/client.js';
import { TextField } from '../components/form.js';
import { useI18n } from '../i18n/i18n.js';
import { Preferences } from './preferences.js';
import { useSession } from './session.js';

/** The sign-in page: user name and password, with the problem's detail on failure. */
export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    document.title = `${t('signIn.title')} · ${t('app.name')}`;
  }, [t]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    signIn(username.trim(), password).catch((e: unknown) => {
      const detail = e instanceof ApiProblem ? (e.problem.detail ?? e.problem.title) : String(e);
      setError(t('signIn.failed', { detail }));
      setBusy(false);
    });
  };

  return (
    <main className="sign-in" id="main">
      <div className="sign-in__card">
        <div className="sign-in__brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <p className="sign-in__name">{t('app.name')}</p>
            <p className="sign-in__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <h1>{t('signIn.title')}</h1>
        {expired && !error && (
          <p className="notice" role="status">
            {t('signIn.expired')}
          </p>
        )}
        {error && (
          <p className="problem" role="alert">
            {error}
          </p>
        )}
        <form onSubmit={submit} noValidate={false}>
          <TextField
            label={t('signIn.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <TextField
            label={t('signIn.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </form>
        <Preferences />
      </div>
    </main>
  );
}
