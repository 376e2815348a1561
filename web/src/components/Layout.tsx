import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { logout, setTenant, tenants, type Me } from '../api';
import { getLang, LANGS, setLang, t, type Lang } from '../i18n';
import { isActive, menuFor } from '../menu';
import { navigate } from '../router';
import { setSession } from '../session';
import { Link, useAsync } from './ui';

export function LangSwitch() {
  return (
    <label class="lang">
      <span class="sr-only">{t('lang.label')}</span>
      <select
        data-testid="lang"
        id="lang-select"
        value={getLang()}
        aria-label={t('lang.label')}
        onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Lang)}
      >
        {LANGS.map((l) => (
          <option value={l} key={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export async function signOut(): Promise<void> {
  try {
    await logout();
  } catch {
    /* the session is gone either way */
  }
  setSession(null);
  navigate('/masuk', { replace: true });
}

export function Layout(props: { me: Me; path: string; children: ComponentChildren }) {
  const { me, path } = props;
  const [open, setOpen] = useState(false);
  const items = menuFor(me.role);
  return (
    <div class="shell">
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="topbar" data-testid="topbar">
        <button
          type="button"
          class="menu-toggle"
          aria-expanded={open}
          aria-controls="sidenav"
          onClick={() => setOpen(!open)}
        >
          ☰ <span class="sr-only">{t('top.menu')}</span>
        </button>
        <Link href={items[0]?.path ?? '/'} class="brand">
          merit
        </Link>
        {me.role === 'super_admin' ? (
          <AgencySwitch current={me.tenant} />
        ) : (
          <span class="agency" title={t('top.agency')} data-testid="agency">
            <span class="sr-only">{t('top.agency')}: </span>
            {me.tenant}
          </span>
        )}
        <span class="spacer" />
        <span class="who" data-testid="user">
          <span class="sr-only">{t('top.user')}: </span>
          <strong>{me.display_name || me.username}</strong>
          <span class="role" data-testid="role">
            <span class="sr-only">{t('top.role')}: </span>
            {t(`role.${me.role}`)}
          </span>
        </span>
        <LangSwitch />
        <button type="button" class="btn btn-ghost" data-testid="logout" onClick={() => void signOut()}>
          {t('top.logout')}
        </button>
      </header>
      <div class="body">
        <nav id="sidenav" class={`sidenav${open ? ' open' : ''}`} aria-label={t('top.menu')} data-testid="sidenav">
          <ul>
            {items.map((it) => (
              <li key={it.id}>
                <Link
                  href={it.path}
                  data-testid={`nav-${it.id}`}
                  aria-current={isActive(it, path) ? 'page' : undefined}
                  onClick={() => setOpen(false)}
                >
                  {t(it.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {props.children}
        </main>
      </div>
    </div>
  );
}

/** A super admin chooses the agency they work in; every page then shows that agency. */
function AgencySwitch({ current }: { current: string }) {
  const list = useAsync((s) => tenants(s), []);
  return (
    <label class="agency" data-testid="agency">
      <span class="sr-only">{t('top.agency')}</span>
      <select
        data-testid="agency-switch"
        value={current}
        onChange={(e) => {
          setTenant((e.currentTarget as HTMLSelectElement).value);
          location.reload();
        }}
      >
        {(list.data?.items ?? [{ code: current, name: current }]).map((x) => (
          <option key={x.code} value={x.code}>
            {x.code} — {x.name}
          </option>
        ))}
      </select>
    </label>
  );
}
