import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, label, t } from '../../../i18n';
import { formatNip } from '../../../nip';
import { ErrorBox, Link, Loading, useAsync } from '../../../components/ui';
import { getSession } from '../../../session';
import { participants, wave as fetchWave, waves } from '../api';
import { Pager, StatusBadge } from '../common';
import { draftKey, parseDraft } from '../logic';

export function MyWaves() {
  const list = useAsync((s) => waves({ limit: 500 }, s), []);
  return (
    <div class="page as-page" data-testid="page-my-waves">
      <h1>{t('as.title')}</h1>
      <p class="muted">{t('as.intro')}</p>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && !list.data.items.length ? <p class="muted">{t('as.noWaves')}</p> : null}
      <ul class="as-cards">
        {list.data?.items.map((w) => (
          <li key={w.code}>
            <Link href={`/asesmen/${encodeURIComponent(w.code)}`} class="as-card" data-testid="my-wave">
              <span class="as-card-title"><span class="mono">{w.code}</span> · {w.name}</span>
              <span class="muted">{label('waves.purpose', w.purpose)} · {fmtDate(w.start)} – {fmtDate(w.end)}</span>
              <StatusBadge status={w.status} />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

const SIZE = 50;

/** Is there an unsent draft on this device for this participant (any method)? */
function hasDraft(code: string, nip: string, methods: string[]): boolean {
  const me = getSession()?.username ?? '';
  try {
    return methods.some((m) => {
      const d = parseDraft(localStorage.getItem(draftKey(me, code, nip, m)));
      return d.saved_at && (!d.sent_at || d.sent_at < d.saved_at);
    });
  } catch {
    return false;
  }
}

export function MyParticipants({ code }: { code: string }) {
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const w = useAsync((s) => fetchWave(code, s), [code]);
  const list = useAsync((s) => participants(code, { limit: SIZE, offset: (page - 1) * SIZE }, s), [code, page]);
  const methods = w.data?.methods ?? [];
  const items = (list.data?.items ?? []).filter((p) => !q || p.name.toLowerCase().includes(q.toLowerCase()) || p.nip.includes(q));
  return (
    <div class="page as-page" data-testid="page-my-participants">
      <p><Link href="/asesmen">← {t('as.title')}</Link></p>
      <h1>{w.data ? <><span class="mono">{w.data.code}</span> · {w.data.name}</> : code}</h1>
      {w.error ? <ErrorBox error={w.error} onRetry={w.reload} /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="f as-search">
        <label for="as-q">{t('as.search')}</label>
        <input id="as-q" type="search" value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
      </div>
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? <p class="muted">{t('as.mine', { n: fmtNumber(list.data.total) })}</p> : null}
      <ul class="as-cards">
        {items.map((p) => (
          <li key={p.nip} class="as-card as-part" data-testid="my-participant">
            <div class="as-card-title">{p.name} {hasDraft(code, p.nip, methods.map((m) => m.code)) ? <span class="badge badge-warn">{t('as.unsent')}</span> : null}</div>
            <div class="muted small"><span class="mono">{formatNip(p.nip)}</span> · {p.unit} · {t('waves.target')} <span class="mono">{p.target}</span></div>
            <div class="muted small">
              <StatusBadge status={p.status} family="waves.pstatus" /> {p.group ? t('as.group', { g: p.group, d: fmtDate(p.slot) }) : ''}
            </div>
            <div class="as-methods">
              {methods.map((m) => (
                <Link key={m.code} class="btn as-btn" href={`/asesmen/${encodeURIComponent(code)}/${p.nip}/${encodeURIComponent(m.code)}`} data-testid="my-method">
                  {m.name || m.code}
                </Link>
              ))}
              {w.data && !methods.length ? <span class="muted">{t('as.noMethods')}</span> : null}
            </div>
          </li>
        ))}
      </ul>
      <Pager total={list.data?.total ?? 0} page={page} size={SIZE} onPage={setPage} />
    </div>
  );
}
