import { useState } from 'preact/hooks';
import { ApiError, login } from '../api';
import { t } from '../i18n';
import { setSession } from '../session';
import { LangSwitch } from '../components/Layout';

export function Login({ expired, changed }: { expired?: boolean; changed?: boolean }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(expired ? t('login.expired') : null);

  async function submit(e: Event) {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const me = await login(username.trim(), password);
      setPassword('');
      setSession(me);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="login-wrap">
      <main class="login card" id="main" data-testid="page-login">
        <div class="login-head">
          <div>
            <div class="brand brand-big">merit</div>
            <p class="muted">{t('app.tagline')}</p>
          </div>
          <LangSwitch />
        </div>
        <h1>{t('login.title')}</h1>
        <form onSubmit={submit} noValidate data-testid="login-form">
          <label for="login-username">{t('login.username')}</label>
          <input
            id="login-username"
            name="username"
            autocomplete="username"
            autoFocus
            value={username}
            onInput={(e) => setUsername((e.currentTarget as HTMLInputElement).value)}
          />
          <label for="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
          />
          {changed && !error ? (
            <p class="alert alert-ok" role="status" data-testid="login-notice">
              {t('pw.done')}
            </p>
          ) : null}
          {error ? (
            <p class="alert alert-error" role="alert" data-testid="login-error">
              {error}
            </p>
          ) : null}
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="login-submit">
            {busy ? t('login.busy') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
