import { fmtDate, fmtNumber, label, t } from '../../i18n';
import type { Me } from '../../api';
import { ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { finalise, publish, wave as fetchWave, type Wave } from './api';
import { ConfirmAction, StatusBadge, Tabs, canApprove, canWrite } from './common';
import { totalCount } from './logic';
import { Summary } from './Summary';
import { Participants } from './Participants';
import { Enrol } from './Enrol';
import { Assign } from './Assign';
import { Groups } from './Groups';
import { Integrate } from './Integrate';
import { Results } from './Results';
import { ResultView } from './ResultView';

export type Tab = '' | 'peserta' | 'enrol' | 'penugasan' | 'jadwal' | 'integrasi' | 'hasil';
const WRITE_TABS: Tab[] = ['enrol', 'penugasan', 'jadwal', 'integrasi'];

export function WavePage({ me, code, tab, rest }: { me: Me; code: string; tab: string; rest: string }) {
  const w = useAsync((s) => fetchWave(code, s), [code]);
  const base = `/gelombang/${encodeURIComponent(code)}`;
  const write = canWrite(me.role);
  const all: Array<{ id: Tab; label: string }> = [
    { id: '', label: t('waves.tab.summary') },
    { id: 'peserta', label: t('waves.tab.participants') },
    { id: 'enrol', label: t('waves.tab.enrol') },
    { id: 'penugasan', label: t('waves.tab.assign') },
    { id: 'jadwal', label: t('waves.tab.groups') },
    { id: 'integrasi', label: t('waves.tab.integrate') },
    { id: 'hasil', label: t('waves.tab.results') },
  ];
  const tabs = all.filter((x) => write || !WRITE_TABS.includes(x.id));
  const current = (tabs.find((x) => x.id === tab)?.id ?? null) as Tab | null;
  const data = w.data;

  return (
    <div class="page" data-testid="page-wave">
      <p><Link href="/gelombang">← {t('waves.title')}</Link></p>
      {w.error ? <ErrorBox error={w.error} onRetry={w.reload} /> : null}
      {!data && w.loading ? <Loading /> : null}
      {data ? (
        <>
          <div class="page-head wv-head">
            <div>
              <h1 data-testid="wave-title">
                <span class="mono">{data.code}</span> · {data.name}
              </h1>
              <p class="muted">
                <StatusBadge status={data.status} /> {label('waves.purpose', data.purpose)} · {fmtDate(data.start)} – {fmtDate(data.end)} ·{' '}
                {t('waves.nParticipants', { n: fmtNumber(totalCount(data.participants)) })} ·{' '}
                {data.published_at ? (
                  <span class="badge" data-testid="wave-published">{t('waves.published', { when: fmtDate(data.published_at), who: data.published_by ?? '' })}</span>
                ) : (
                  <span class="badge badge-warn" data-testid="wave-unpublished">{t('waves.notPublished')}</span>
                )}
              </p>
            </div>
            <span class="spacer" />
            <div class="wv-head-actions">
              {write && data.status !== 'final' ? (
                <ConfirmAction
                  testid="wave-finalise"
                  label={t('waves.finalise')}
                  question={t('waves.finalise.q', { code: data.code })}
                  run={() => finalise(code)}
                  onDone={() => w.reload()}
                />
              ) : null}
              {canApprove(me.role) && !data.published_at ? (
                <ConfirmAction
                  testid="wave-publish"
                  primary
                  label={t('waves.publish')}
                  question={t('waves.publish.q', { code: data.code })}
                  run={() => publish(code)}
                  onDone={() => w.reload()}
                />
              ) : null}
            </div>
          </div>
          <Tabs items={tabs.map((x) => ({ id: x.id || 'summary', label: x.label, href: x.id ? `${base}/${x.id}` : base }))} current={current === null ? '' : current || 'summary'} label={t('waves.tabs')} />
          {current === null ? <p class="muted">{t('app.notFound')}</p> : <TabBody me={me} wave={data} tab={current} rest={rest} reload={w.reload} />}
        </>
      ) : null}
    </div>
  );
}

function TabBody({ me, wave, tab, rest, reload }: { me: Me; wave: Wave; tab: Tab; rest: string; reload: () => void }) {
  switch (tab) {
    case '':
      return <Summary me={me} wave={wave} reload={reload} />;
    case 'peserta':
      return <Participants me={me} wave={wave} reload={reload} />;
    case 'enrol':
      return <Enrol wave={wave} reload={reload} />;
    case 'penugasan':
      return <Assign wave={wave} reload={reload} />;
    case 'jadwal':
      return <Groups wave={wave} />;
    case 'integrasi':
      return <Integrate wave={wave} reload={reload} />;
    case 'hasil':
      return rest ? <ResultView me={me} wave={wave} nip={rest} /> : <Results wave={wave} me={me} />;
  }
}
