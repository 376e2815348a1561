import { useState } from 'preact/hooks';
import { ApiError, changePassword, setCsrf, type Me } from '../api';
import { t } from '../i18n';
import { setSession } from '../session';
import { LangSwitch, signOut } from '../components/Layout';
import { navigate } from '../router';

/** Shown instead of everything else while the account must change its password. */
export function ChangePassword({ me }: { me: Me }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    if (next.length < 10) return setError(t('pw.short'));
    if (next !== repeat) return setError(t('pw.mismatch'));
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
      // the change ends the other sessions; sign in again with the new password
      setCsrf(null);
      setSession(null);
      navigate('/masuk?changed=1', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const bind = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);
  return (
    <div class="login-wrap">
      <main class="login card" id="main" data-testid="page-password">
        <div class="login-head">
          <div class="brand brand-big">merit</div>
          <LangSwitch />
        </div>
        <h1>{t('pw.title')}</h1>
        <p>{t('pw.intro')}</p>
        <form onSubmit={submit} noValidate>
          <input type="hidden" name="username" autocomplete="username" value={me.username} />
          <label for="pw-current">{t('pw.current')}</label>
          <input id="pw-current" type="password" autocomplete="current-password" value={current} onInput={bind(setCurrent)} />
          <label for="pw-new">{t('pw.new')}</label>
          <input id="pw-new" type="password" autocomplete="new-password" aria-describedby="pw-rules" value={next} onInput={bind(setNext)} />
          <p id="pw-rules" class="hint">
            {t('pw.rules')}
          </p>
          <label for="pw-repeat">{t('pw.repeat')}</label>
          <input id="pw-repeat" type="password" autocomplete="new-password" value={repeat} onInput={bind(setRepeat)} />
          {error ? (
            <p class="alert alert-error" role="alert" data-testid="pw-error">
              {error}
            </p>
          ) : null}
          <div class="row">
            <button type="submit" class="btn btn-primary" disabled={busy} data-testid="pw-submit">
              {t('pw.submit')}
            </button>
            <button type="button" class="btn btn-ghost" onClick={() => void signOut()}>
              {t('top.logout')}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
