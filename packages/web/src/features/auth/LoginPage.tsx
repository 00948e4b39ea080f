import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/authContext';
import { Brand } from '../../app/Brand';
import { prefetchSignedInApp } from '../../app/signedInApp';
import { afterFirstPaintIdle } from '../../lib/afterFirstPaintIdle';
import { ApiError } from '../../lib/api';
import { useI18n, type Lang, type MessageKey } from '../../lib/i18n';

type Field = 'username' | 'password';

function destination(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from;
  }
  // The home screen: what the account has to do.
  return '/';
}

/**
 * The sign-in page in plain HTML (app/plain.css), without Ant Design: on a slow mobile connection it is usable
 * after a small download, and the signed-in app is fetched while the user types.
 */
export function LoginPage() {
  const { t, pick, lang, setLang } = useI18n();
  const { me, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [failure, setFailure] = useState<ApiError | MessageKey | null>(null);
  const [missing, setMissing] = useState<Partial<Record<Field, MessageKey>>>({});
  const [submitting, setSubmitting] = useState(false);

  // The signed-in app is fetched while the user types: from the first idle moment after the form is drawn, or the
  // first keystroke or autofill if that comes sooner — never while the form itself is still arriving or being drawn
  // on a slow connection or a busy machine (not on focus: the username field takes it itself when it is drawn).
  // A second after that idle moment: nobody has typed a username and password sooner, and the page's own last
  // requests and drawing are over by then.
  useEffect(() => afterFirstPaintIdle(prefetchSignedInApp, 1000), []);

  if (me) return <Navigate to={destination(location.state)} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '');
    const password = String(data.get('password') ?? '');
    const required: Partial<Record<Field, MessageKey>> = {};
    if (!username.trim()) required.username = 'login.usernameRequired';
    if (!password) required.password = 'login.passwordRequired';
    setMissing(required);
    if (required.username || required.password) {
      event.currentTarget
        .querySelector<HTMLInputElement>(`#login-${required.username ? 'username' : 'password'}`)
        ?.focus();
      return;
    }
    setSubmitting(true);
    setFailure(null);
    try {
      await signIn({ username, password });
      navigate(destination(location.state), { replace: true });
    } catch (error) {
      setFailure(error instanceof ApiError ? error : 'error.network');
      setSubmitting(false);
    }
  };

  const field = (name: Field, label: MessageKey, type: string, autoComplete: string) => (
    <div className="plain-field">
      <label htmlFor={`login-${name}`}>{t(label)}</label>
      <input
        id={`login-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        autoCapitalize="none"
        autoFocus={name === 'username'}
        disabled={submitting}
        aria-invalid={missing[name] ? true : undefined}
        aria-describedby={missing[name] ? `login-${name}-error` : undefined}
      />
      {missing[name] && (
        <span id={`login-${name}-error`} className="plain-field-error">
          {t(missing[name])}
        </span>
      )}
    </div>
  );

  return (
    <main className="plain-page">
      <div className="plain-card">
        <div className="plain-header">
          <Brand />
          <div className="plain-toggle" role="group" aria-label={t('header.language')}>
            {(['vi', 'en'] as Lang[]).map((option) => (
              <button key={option} type="button" aria-pressed={lang === option} onClick={() => setLang(option)}>
                {option.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
        <h1>{t('login.title')}</h1>
        <p className="plain-muted">{t('app.subtitle')}</p>
        {failure && (
          <p role="alert" className="plain-alert">
            {failure instanceof ApiError ? pick(failure.bilingual) : t(failure)}
          </p>
        )}
        <form name="login" noValidate onSubmit={submit} onInput={prefetchSignedInApp}>
          {field('username', 'login.username', 'text', 'username')}
          {field('password', 'login.password', 'password', 'current-password')}
          <button type="submit" className="plain-button" disabled={submitting} aria-busy={submitting}>
            {t('login.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
