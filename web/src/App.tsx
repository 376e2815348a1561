import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { me as fetchMe, onUnauthorized, type Me } from './api';
import { onLangChange, t } from './i18n';
import { homeFor, mayOpen } from './menu';
import { currentPath, matchRoute, navigate, useLocation } from './router';
import { ownNip, setSession, useSession } from './session';
import { Layout } from './components/Layout';
import { Link, Loading, ErrorBox } from './components/ui';
import { Login } from './pages/Login';
import { ChangePassword } from './pages/ChangePassword';

/** A page loaded on first use (its own chunk: Chart.js only where charts are drawn). */
function lazy<P>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded);
    const [err, setErr] = useState<Error | null>(null);
    useEffect(() => {
      if (loaded) return;
      load().then(
        (m) => {
          loaded = m.default;
          setC(() => m.default);
        },
        (e: Error) => setErr(e),
      );
    }, []);
    if (err) return <ErrorBox error={err} onRetry={() => location.reload()} />;
    return C ? <C {...(props as P & object)} /> : <Loading />;
  };
}

const Dashboard = lazy(() => import('./pages/Dashboard'));
const EmployeeList = lazy(() => import('./pages/EmployeeList'));
const Profile = lazy<{ nip: string; self?: boolean }>(() => import('./pages/Profile'));
const Import = lazy(() => import('./pages/Import'));
const MyProfile = lazy(() => import('./pages/MyProfile'));

/**
 * Sections with sub-pages of their own: each module renders everything under its prefix
 * (it receives the full path) and registers its own strings (i18n addMessages).
 */
export interface SectionProps {
  path: string;
  me: Me;
}

const SECTIONS: Array<[string, ComponentType<SectionProps>]> = [
  ['/jabatan', lazy<SectionProps>(() => import('./pages/Positions'))],
  ['/gelombang', lazy<SectionProps>(() => import('./pages/Waves'))],
  ['/asesmen', lazy<SectionProps>(() => import('./pages/AssessorWork'))],
  ['/talenta', lazy<SectionProps>(() => import('./pages/Talent'))],
  ['/mutasi', lazy<SectionProps>(() => import('./pages/Moves'))],
  ['/pansel', lazy<SectionProps>(() => import('./pages/Committee'))],
  ['/kebijakan', lazy<SectionProps>(() => import('./pages/Policies'))],
  ['/audit', lazy<SectionProps>(() => import('./pages/Audit'))],
  ['/pengguna', lazy<SectionProps>(() => import('./pages/Accounts'))],
];

function sectionOf(path: string): ComponentType<SectionProps> | null {
  const hit = SECTIONS.find(([p]) => path === p || path.startsWith(p + '/'));
  return hit ? hit[1] : null;
}

function NotFound({ path }: { path: string }) {
  return (
    <div class="page" data-testid="page-notfound">
      <h1>{t('app.notFound')}</h1>
      <p>{t('app.notFound.body', { path })}</p>
      <Link href="/">{t('app.home')}</Link>
    </div>
  );
}

function Forbidden({ home }: { home: string }) {
  return (
    <div class="page" data-testid="page-forbidden">
      <h1>{t('app.forbidden')}</h1>
      <p>{t('app.forbidden.body')}</p>
      <Link href={home}>{t('app.home')}</Link>
    </div>
  );
}

function Routes({ me, path }: { me: Me; path: string }) {
  const own = ownNip();
  let m: Record<string, string> | null;
  const known =
    path === '/' ||
    path === '/pegawai' ||
    path === '/impor' ||
    path.startsWith('/saya') ||
    matchRoute('/pegawai/:nip', path) ||
    sectionOf(path) !== null;
  if (!known) return <NotFound path={path} />;
  if (!mayOpen(me.role, path, own)) return <Forbidden home={homeFor(me.role)} />;
  if (path === '/') return <Dashboard />;
  if (path === '/pegawai') return <EmployeeList />;
  if ((m = matchRoute('/pegawai/:nip', path))) return <Profile nip={m.nip} self={me.role === 'employee'} />;
  if (path === '/impor') return <Import />;
  if (path === '/saya' || path === '/saya/hasil') return <MyProfile />;
  const Section = sectionOf(path);
  return Section ? <Section path={path} me={me} /> : <NotFound path={path} />;
}

export function App() {
  const session = useSession();
  const { path, search } = useLocation();
  const [booting, setBooting] = useState(true);
  const [bootError, setBootError] = useState<Error | null>(null);
  const [, setLangTick] = useState(0);

  useEffect(() => onLangChange(() => setLangTick((n) => n + 1)), []);

  useEffect(() => {
    onUnauthorized(() => {
      setSession(null);
      const here = currentPath();
      if (here !== '/masuk') navigate(`/masuk?expired=1&next=${encodeURIComponent(here + location.search)}`, { replace: true });
    });
    fetchMe().then(
      (m) => {
        setSession(m);
        setBooting(false);
      },
      (e: Error) => {
        setBootError(e);
        setBooting(false);
      },
    );
  }, []);

  useEffect(() => {
    if (booting) return;
    if (!session && path !== '/masuk') {
      const next = path === '/' ? '' : `?next=${encodeURIComponent(path + location.search)}`;
      navigate(`/masuk${next}`, { replace: true });
    } else if (session && path === '/masuk' && !session.must_change_password) {
      const next = search.get('next');
      const safe = next && next.startsWith('/') && !next.startsWith('//') ? next : homeFor(session.role);
      navigate(mayOpen(session.role, safe.split('?')[0], ownNip()) ? safe : homeFor(session.role), { replace: true });
    }
  }, [booting, session, path]);

  if (booting) return <Loading />;
  if (bootError && !session) return <ErrorBox error={bootError} onRetry={() => location.reload()} />;
  if (session?.must_change_password) return <ChangePassword me={session} />;
  if (!session || path === '/masuk') return <Login expired={search.get('expired') === '1'} changed={search.get('changed') === '1'} />;
  return (
    <Layout me={session} path={path}>
      <Routes me={session} path={path} />
    </Layout>
  );
}
