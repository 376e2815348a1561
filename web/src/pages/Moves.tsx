// Mutasi: the what-if check of one move against the law, and move packages through their
// approval chain (draft -> submitted -> reviewed -> approved -> executed, or rejected).
import type { SectionProps } from '../App';
import { t } from '../i18n';
import { matchRoute } from '../router';
import './talent/messages';
import './moves/messages';
import { CheckCard } from './moves/Check';
import { PackagesCard } from './moves/Packages';
import { PackagePage } from './moves/Package';
import { Link } from '../components/ui';

export default function Moves({ path, me }: SectionProps) {
  const p = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  let m: Record<string, string> | null;
  if (p === '/mutasi')
    return (
      <div class="page" data-testid="page-moves">
        <div class="page-head"><h1>{t('menu.moves')}</h1></div>
        <p class="muted">{t('mv.intro')}</p>
        <CheckCard />
        <PackagesCard me={me} />
      </div>
    );
  if ((m = matchRoute('/mutasi/:code', p))) return <PackagePage code={m.code} me={me} />;
  return (
    <div class="page" data-testid="page-notfound">
      <h1>{t('app.notFound')}</h1>
      <p>{t('app.notFound.body', { path })}</p>
      <Link href="/mutasi">{t('menu.moves')}</Link>
    </div>
  );
}
