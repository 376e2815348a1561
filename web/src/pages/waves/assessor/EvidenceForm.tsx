import { useEffect, useState } from 'preact/hooks';
import { ApiError, type Me } from '../../../api';
import { fmtDate, locale, t } from '../../../i18n';
import { formatNip } from '../../../nip';
import { ErrorBox, Link, Loading, useAsync } from '../../../components/ui';
import { evidence, participant, wave as fetchWave } from '../api';
import { Ok } from '../common';
import { draftKey, draftRows, levelSteps, parseCodes, parseDraft, rowIndexOf, type Draft } from '../logic';

function load(key: string): Draft {
  try {
    return parseDraft(localStorage.getItem(key));
  } catch {
    return parseDraft(null);
  }
}
function store(key: string, d: Draft): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(d));
    return true;
  } catch {
    return false;
  }
}

function useOnline(): boolean {
  const [on, setOn] = useState(typeof navigator === 'undefined' ? true : navigator.onLine);
  useEffect(() => {
    const up = () => setOn(true);
    const down = () => setOn(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return on;
}

export function EvidenceForm({ me, code, nip, method }: { me: Me; code: string; nip: string; method: string }) {
  const w = useAsync((s) => fetchWave(code, s), [code]);
  const p = useAsync((s) => participant(code, nip, s), [code, nip]);
  const key = draftKey(me.username, code, nip, method);
  const [draft, setDraft] = useState<Draft>(() => load(key));
  const [stored, setStored] = useState(true);
  const [extra, setExtra] = useState('');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<ApiError | Error | null>(null);
  const [badRow, setBadRow] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const online = useOnline();

  useEffect(() => setDraft(load(key)), [key]);

  const update = (f: (d: Draft) => Draft, edit = true) => {
    setDraft((d) => {
      const n = edit ? { ...f(d), saved_at: new Date().toISOString() } : f(d);
      setStored(store(key, n));
      return n;
    });
    if (edit) setSent(null);
  };

  const m = w.data?.methods.find((x) => x.code === method);
  // the matrix names the method's targets; integration rows add any the meeting touched
  const fromMatrix = (m?.target_codes ?? []).map((x) => x.code);
  const fromServer = [...fromMatrix, ...(p.data?.integration ?? []).map((r) => r.target)];
  const targets = Array.from(new Set([...fromServer, ...draft.extra, ...Object.keys(draft.levels)]));
  const steps = levelSteps(true);
  const rows = draftRows(nip, method, targets, draft);
  const rowTargets = rows.map((r) => r.target);

  const send = async () => {
    setErr(null);
    setBadRow(null);
    setSent(null);
    if (!rows.length) {
      setErr(new Error(t('as.nothing')));
      return;
    }
    setBusy(true);
    try {
      const r = await evidence(code, rows);
      setSent(r.rows);
      update((d) => ({ ...d, sent_at: new Date().toISOString() }), false);
    } catch (x) {
      const e = x as ApiError;
      setErr(e);
      const i = e instanceof ApiError ? rowIndexOf(e.field, e.row) : null;
      if (i != null && rowTargets[i]) setBadRow(rowTargets[i]);
    } finally {
      setBusy(false);
    }
  };

  const title = p.data ? p.data.name : formatNip(nip);
  const unsent = draft.saved_at && (!draft.sent_at || draft.sent_at < draft.saved_at);
  return (
    <div class="page as-page" data-testid="page-evidence">
      <p><Link href={`/asesmen/${encodeURIComponent(code)}`}>← {t('as.back')}</Link></p>
      <h1>{title}</h1>
      <p class="muted">
        <span class="mono">{formatNip(nip)}</span> · {t('as.method')}: <strong>{m ? `${m.name} (${m.code})` : method}</strong>
        {p.data ? <> · {t('waves.target')} <span class="mono">{p.data.target}</span></> : null}
      </p>
      {w.error ? <ErrorBox error={w.error} onRetry={w.reload} /> : null}
      {p.error ? <ErrorBox error={p.error} onRetry={p.reload} /> : null}
      {(w.loading && !w.data) || (p.loading && !p.data) ? <Loading /> : null}
      <div class={`as-status ${online ? '' : 'off'}`} role="status" aria-live="polite" data-testid="as-status">
        {online ? t('as.online') : t('as.offline')} ·{' '}
        {!stored ? t('as.notStored') : draft.saved_at ? t('as.saved', { when: new Date(draft.saved_at).toLocaleTimeString(locale()) }) : t('as.notYet')}
        {unsent ? <span class="badge badge-warn"> {t('as.unsent')}</span> : draft.sent_at ? <span class="badge"> {t('as.sentAt', { when: fmtDate(draft.sent_at) })}</span> : null}
      </div>
      {m ? <p class="hint">{t('as.expected', { n: m.targets })}</p> : null}
      {!targets.length ? <p class="alert wv-warn" role="note">{t('as.noTargets')}</p> : null}
      <form onSubmit={(e) => { e.preventDefault(); void send(); }}>
        <ol class="as-targets" data-testid="ev-targets">
          {targets.map((tg) => {
            const lv = draft.levels[tg] ?? null;
            return (
              <li key={tg} class={`as-target ${badRow === tg ? 'bad' : ''}`} data-testid="ev-target" data-target={tg}>
                <fieldset>
                  <legend><span class="mono">{tg}</span>{lv != null ? <span class="as-chosen"> · {t('as.level')} {lv}</span> : null}</legend>
                  <div class="as-levels" role="radiogroup" aria-label={t('as.levelFor', { target: tg })}>
                    {steps.map((s) => (
                      <button
                        type="button"
                        key={s}
                        role="radio"
                        aria-checked={lv === s}
                        class={`as-level ${lv === s ? 'on' : ''} ${Number.isInteger(s) ? '' : 'half'}`}
                        data-testid={`ev-level-${tg}-${s}`}
                        onClick={() => update((d) => ({ ...d, levels: { ...d.levels, [tg]: d.levels[tg] === s ? null : s } }))}
                      >
                        {s}
                      </button>
                    ))}
                  </div>
                  <label class="as-note">
                    <span>{t('as.note')}</span>
                    <input value={draft.notes[tg] ?? ''} onInput={(e) => { const v = (e.currentTarget as HTMLInputElement).value; update((d) => ({ ...d, notes: { ...d.notes, [tg]: v } })); }} />
                  </label>
                  {badRow === tg && err ? <p class="wv-field-err" role="alert">{err.message}</p> : null}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div class="as-add">
          <label for="ev-extra">{t('as.addTarget')}</label>
          <div class="row">
            <input id="ev-extra" value={extra} data-testid="ev-extra" onInput={(e) => setExtra((e.currentTarget as HTMLInputElement).value)} placeholder="M.01" />
            <button type="button" class="btn as-btn" data-testid="ev-extra-add" onClick={() => { const c = parseCodes(extra); if (c.length) update((d) => ({ ...d, extra: Array.from(new Set([...d.extra, ...c])) })); setExtra(''); }}>
              {t('waves.add')}
            </button>
          </div>
        </div>
        <div class="as-send">
          <button type="submit" class="btn btn-primary as-btn as-btn-big" disabled={busy || !online} data-testid="ev-send">
            {busy ? t('app.loading') : t('as.send', { n: rows.length })}
          </button>
          {!online ? <span class="muted">{t('as.offlineHint')}</span> : null}
        </div>
        {sent != null ? <Ok testid="ev-ok">{t('as.sent', { n: sent })}</Ok> : null}
        {err ? (
          <p class="alert alert-error" role="alert" data-testid="ev-error">
            {badRow ? t('as.rowError', { target: badRow }) + ' ' : ''}{err.message}
            {(err as ApiError).field ? <span class="muted"> ({(err as ApiError).field})</span> : null}
          </p>
        ) : null}
      </form>
    </div>
  );
}
