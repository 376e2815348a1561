// The succession slates of a period's key positions: up to five candidates each, with their
// readiness (now / 1-2 years / 3+ years as the API gives it) and the emergency successor.
import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, t } from '../../i18n';
import { Card, ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { succession, type Slate } from './api';
import { readinessCounts, READINESS } from './logic';
import { Person, ReadinessBadge, readinessLabel } from './shared';
import { PdfLink } from '../../components/PdfLink';

export function SuccessionPage({ code }: { code: string }) {
  const s = useAsync((sig) => succession(code, sig), [code]);
  const [q, setQ] = useState('');
  const [ready, setReady] = useState('');
  const all = s.data?.slates ?? [];
  const needle = q.trim().toLowerCase();
  const shown = all.filter(
    (sl) =>
      (!needle || `${sl.position} ${sl.position_name} ${sl.unit ?? ''}`.toLowerCase().includes(needle)) &&
      (!ready || sl.candidates.some((c) => c.readiness === ready)),
  );
  const noNow = all.filter((sl) => !sl.candidates.some((c) => c.readiness === 'now')).length;
  const counts = readinessCounts(all.flatMap((sl) => sl.candidates));
  return (
    <div class="page" data-testid="page-succession">
      <p class="small">
        <Link href={`/talenta/${encodeURIComponent(code)}`}>← {t('tal.period.title', { code })}</Link>
      </p>
      <div class="page-head">
        <h1>{t('tal.succ.title', { code })}</h1>
      </div>
      {s.error ? <ErrorBox error={s.error} onRetry={s.reload} /> : null}
      {!s.data && !s.error ? <Loading /> : null}
      {s.data ? (
        <>
          <p class="meta-line">
            <span>{t('tal.asOf')}: <strong>{fmtDate(s.data.as_of)}</strong></span>
            <span>{t('tal.succ.positions')}: <strong data-testid="succ-count">{fmtNumber(all.length)}</strong></span>
            {READINESS.map((r) => (
              <span key={r}>{readinessLabel(r)}: <strong>{fmtNumber(counts[r] ?? 0)}</strong></span>
            ))}
            <span>{t('tal.succ.noNow')}: <strong>{fmtNumber(noNow)}</strong></span>
          </p>
          <form class="filters filters-wrap" role="search" onSubmit={(e) => e.preventDefault()}>
            <div class="f">
              <label for="succ-q">{t('tal.succ.search')}</label>
              <input id="succ-q" type="search" data-testid="succ-q" value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
            </div>
            <div class="f">
              <label for="succ-ready">{t('tal.succ.readyFilter')}</label>
              <select id="succ-ready" value={ready} onChange={(e) => setReady((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{t('tal.all')}</option>
                {READINESS.map((r) => (
                  <option key={r} value={r}>{readinessLabel(r)}</option>
                ))}
              </select>
            </div>
          </form>
          <p class="hint">{t('tal.succ.hint')}</p>
          <div class="slate-grid" data-testid="slates">
            {shown.map((sl) => (
              <SlateCard key={sl.position} sl={sl} code={code} />
            ))}
          </div>
          {!shown.length ? <p class="muted">{t('tal.empty')}</p> : null}
        </>
      ) : null}
    </div>
  );
}

export function SlateTable({ cands, testid }: { cands: Slate['candidates']; testid?: string }) {
  if (!cands.length) return <p class="muted small">{t('tal.succ.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="table table-compact" data-testid={testid}>
        <thead>
          <tr>
            <th scope="col" class="num">#</th>
            <th scope="col">{t('tal.name')}</th>
            <th scope="col" class="num">JPM</th>
            <th scope="col" class="num">{t('tal.box')}</th>
            <th scope="col">{t('tal.succ.readiness')}</th>
          </tr>
        </thead>
        <tbody>
          {cands.map((c) => (
            <tr key={c.nip} data-testid="slate-row">
              <td class="num">{c.rank}</td>
              <td>
                <Person nip={c.nip} name={c.name} />
                {c.emergency ? <span class="badge tone-err" title={t('tal.succ.emergencyHint')}>{t('tal.succ.emergency')}</span> : null}
                {!c.meets_requirements ? (
                  <div class="small neg">{t('tal.succ.unmet', { what: c.unmet.join(', ') })}</div>
                ) : null}
              </td>
              <td class="num">
                {fmtNumber(c.jpm, 2)}
                <div class="small muted">{c.category_label}</div>
              </td>
              <td class="num">{c.box ?? t('app.none')}</td>
              <td><ReadinessBadge r={c.readiness} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SlateCard({ sl, code }: { sl: Slate; code: string }) {
  return (
    <Card
      title={
        <>
          {sl.position_name} <span class="mono small muted">{sl.position}</span>
        </>
      }
      testid="slate"
    >
      <p class="small muted">
        {sl.unit ?? ''}{' '}
        <PdfLink href={`/talent/periods/${encodeURIComponent(code)}/succession/${encodeURIComponent(sl.position)}/slate.pdf`} label={t('pdf.slate')} testid="slate-pdf" />
      </p>
      <SlateTable cands={sl.candidates} />
    </Card>
  );
}
