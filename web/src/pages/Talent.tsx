// Talenta: the 9-box periods (calibration, review, set), succession slates, the vacancy
// forecast and the placement optimiser. Renders every path under /talenta itself.
import type { SectionProps } from '../App';
import { t } from '../i18n';
import { matchRoute } from '../router';
import { Link } from '../components/ui';
import './talent/messages';
import { NavTabs } from './talent/ui';
import { PeriodsPage } from './talent/Periods';
import { PeriodPage } from './talent/Period';
import { SuccessionPage } from './talent/Succession';
import { ForecastPage } from './talent/Forecast';
import { PlacementPage } from './talent/Placement';

function Tabs({ path }: { path: string }) {
  const fc = path === '/talenta/proyeksi';
  const pl = path === '/talenta/penempatan';
  return (
    <NavTabs
      label={t('menu.talent')}
      items={[
        { href: '/talenta', label: t('tal.nav.periods'), current: !fc && !pl, testid: 'tal-nav-periods' },
        { href: '/talenta/proyeksi', label: t('tal.nav.forecast'), current: fc, testid: 'tal-nav-forecast' },
        { href: '/talenta/penempatan', label: t('tal.nav.placement'), current: pl, testid: 'tal-nav-placement' },
      ]}
    />
  );
}

export default function Talent({ path, me }: SectionProps) {
  let m: Record<string, string> | null;
  const p = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  let body;
  if (p === '/talenta')
    body = (
      <div class="page" data-testid="page-talent">
        <div class="page-head"><h1>{t('menu.talent')}</h1></div>
        <p class="muted">{t('tal.intro')}</p>
        <PeriodsPage />
      </div>
    );
  else if (p === '/talenta/proyeksi')
    body = (
      <div class="page">
        <div class="page-head"><h1>{t('tal.fc.title')}</h1></div>
        <p class="muted">{t('tal.fc.intro')}</p>
        <ForecastPage />
      </div>
    );
  else if (p === '/talenta/penempatan')
    body = (
      <div class="page">
        <div class="page-head"><h1>{t('tal.pl.title')}</h1></div>
        <p class="muted">{t('tal.pl.intro')}</p>
        <PlacementPage />
      </div>
    );
  else if ((m = matchRoute('/talenta/:code/suksesi', p))) body = <SuccessionPage code={m.code} />;
  else if ((m = matchRoute('/talenta/:code', p))) body = <PeriodPage code={m.code} me={me} />;
  else
    body = (
      <div class="page" data-testid="page-notfound">
        <h1>{t('app.notFound')}</h1>
        <p>{t('app.notFound.body', { path })}</p>
        <Link href="/talenta">{t('menu.talent')}</Link>
      </div>
    );
  return (
    <>
      <Tabs path={p} />
      {body}
    </>
  );
}
