import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, getLang, label, t } from '../../i18n';
import type { Me } from '../../api';
import { formatNip } from '../../nip';
import { navigate } from '../../router';
import { Card, ErrorBox, Field, Link, Loading, useAsync } from '../../components/ui';
import { ActionError, ConfirmAction, StatusBadge, Text, canWrite, isAdmin } from '../waves/common';
import { KINDS, adoptPolicy, createPolicy, policies, policy, policyDiff, type Policy } from './api';
import { cutLine, parseBody, scoringSummary } from './summary';

export function PolicyList({ me, kind }: { me: Me; kind: string }) {
  const list = useAsync((s) => policies(kind, s), [kind]);
  const rows = [...(list.data?.items ?? [])].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || b.version - a.version);
  return (
    <div class="page" data-testid="page-policies">
      <div class="page-head">
        <h1>{t('pol.title')}</h1>
        <span class="spacer" />
        {canWrite(me.role) ? <Link href="/kebijakan/baru" class="btn btn-primary" data-testid="pol-new">{t('pol.new')}</Link> : null}
      </div>
      <p class="muted">{t('pol.intro')}</p>
      <div class="filters filters-wrap">
        <div class="f">
          <label for="pol-kind">{t('pol.kind')}</label>
          <select id="pol-kind" data-testid="pol-kind" value={kind} onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; navigate(v ? `/kebijakan?kind=${v}` : '/kebijakan', { replace: true }); }}>
            <option value="">{t('pol.allKinds')}</option>
            {KINDS.map((k) => <option key={k} value={k}>{label('pol.kind', k)}</option>)}
          </select>
        </div>
      </div>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-hover" data-testid="pol-table">
          <thead><tr><th scope="col">{t('pol.kind')}</th><th scope="col" class="num">{t('pol.version')}</th><th scope="col">{t('pol.name')}</th><th scope="col">{t('pol.status')}</th><th scope="col">{t('pol.effective')}</th><th scope="col">{t('pol.adoptedAt')}</th></tr></thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.kind}-${p.version}`} data-testid="pol-row">
                <td>{label('pol.kind', p.kind)}</td>
                <td class="num"><Link href={`/kebijakan/${p.kind}/${p.version}`} data-testid="pol-open">v{p.version}</Link></td>
                <td><Link href={`/kebijakan/${p.kind}/${p.version}`}>{p.name || t('app.none')}</Link></td>
                <td><StatusBadge status={p.status} family="pol.status" /></td>
                <td class="nowrap">{fmtDate(p.effective_from)}</td>
                <td class="nowrap">{p.adopted_at ? fmtDate(p.adopted_at) : t('app.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !rows.length ? <p class="muted pad">{t('pol.empty')}</p> : null}
      </div>
    </div>
  );
}

function ScoringSummaryCard({ body }: { body: unknown }) {
  const s = scoringSummary(body);
  if (!s) return null;
  const lang = getLang();
  return (
    <Card title={t('pol.summary')} testid="pol-summary">
      <dl class="kvs">
        {s.scales.map((sc, i) => (
          <Field key={i} label={t('pol.scale', { purpose: label('waves.purpose', sc.purpose || sc.code) })}>{cutLine(sc, lang)}</Field>
        ))}
        {s.potential ? <Field label={t('pol.potential')}>{cutLine(s.potential, lang)}</Field> : null}
        <Field label={t('pol.cap')}>{s.cap ? label('pol.cap', s.cap) : t('app.none')}</Field>
        <Field label={t('pol.integration')}>{s.integration ? label('pol.integration', s.integration) : t('app.none')}</Field>
        <Field label={t('pol.halfLevels')}>{s.half_levels == null ? t('app.none') : s.half_levels ? t('pol.yes') : t('pol.no')}</Field>
        <Field label={t('pol.minimums')}>{t('pol.minimumsV', { m: s.min_methods ?? '—', a: s.min_assessors ?? '—' })}</Field>
        <Field label={t('pol.validity')}>{s.validity_months != null ? t('pol.months', { n: s.validity_months }) : t('app.none')}</Field>
        {s.weights.length ? <Field label={t('pol.weights')}>{s.weights.map((w) => `${label('jenjang', w.jenjang)} ${w.teknis_pct}%`).join(' · ')}</Field> : null}
      </dl>
    </Card>
  );
}

export function PolicyView({ me, kind, version }: { me: Me; kind: string; version: string }) {
  const p = useAsync((s) => policy(kind, version, s), [kind, version]);
  const [showDiff, setShowDiff] = useState(false);
  const d = p.data;
  return (
    <div class="page" data-testid="page-policy">
      <p><Link href="/kebijakan">← {t('pol.title')}</Link></p>
      {p.error ? <ErrorBox error={p.error} onRetry={p.reload} /> : null}
      {!d && p.loading ? <Loading /> : null}
      {d ? (
        <>
          <div class="page-head">
            <h1>{label('pol.kind', d.kind)} v{d.version} · {d.name}</h1>
            <StatusBadge status={d.status} family="pol.status" />
            <span class="spacer" />
            {isAdmin(me.role) && d.status === 'draft' ? (
              <ConfirmAction testid="pol-adopt" primary label={t('pol.adopt')} question={t('pol.adopt.q', { kind: label('pol.kind', d.kind), v: d.version, date: fmtDate(d.effective_from) })} run={() => adoptPolicy(d.kind, d.version)} onDone={() => p.reload()} />
            ) : null}
          </div>
          <p class="muted">{t('pol.effective')}: {fmtDate(d.effective_from)}</p>
          {d.kind === 'scoring' ? <ScoringSummaryCard body={d.body} /> : null}
          {d.kind === 'scoring' ? (
            <Card title={t('pol.diff')} testid="pol-diff-card">
              <p class="hint">{t('pol.diff.intro')}</p>
              {!showDiff ? <button type="button" class="btn" data-testid="pol-diff" onClick={() => setShowDiff(true)}>{t('pol.diff.run')}</button> : <DiffTable p={d} />}
            </Card>
          ) : null}
          <Card title={t('pol.body')}>
            <pre class="pol-json" data-testid="pol-json" tabIndex={0}>{JSON.stringify(d.body, null, 2)}</pre>
          </Card>
        </>
      ) : null}
    </div>
  );
}

function DiffTable({ p }: { p: Policy }) {
  const d = useAsync((s) => policyDiff(p.kind, p.version, s), [p.kind, p.version]);
  if (d.error) return <ErrorBox error={d.error} onRetry={d.reload} />;
  if (!d.data) return <Loading />;
  return (
    <div data-testid="pol-diff-result">
      <p><strong>{t('pol.diff.count', { n: fmtNumber(d.data.changed), total: fmtNumber(d.data.results) })}</strong></p>
      {d.data.changes.length ? (
        <div class="table-wrap">
          <table class="table table-compact">
            <thead><tr><th scope="col">{t('waves.nip')}</th><th scope="col">{t('waves.name')}</th><th scope="col">{t('pol.wave')}</th><th scope="col" class="num">{t('pol.oldScore')}</th><th scope="col" class="num">{t('pol.newScore')}</th><th scope="col">{t('pol.oldCat')}</th><th scope="col">{t('pol.newCat')}</th></tr></thead>
            <tbody>
              {d.data.changes.map((c) => (
                <tr key={`${c.nip}-${c.wave}`} data-testid="pol-diff-row">
                  <td class="mono nowrap">{formatNip(c.nip)}</td>
                  <td><Link href={`/pegawai/${c.nip}`}>{c.name}</Link></td>
                  <td class="mono">{c.wave}</td>
                  <td class="num">{fmtNumber(c.old_score, 2)}</td>
                  <td class="num">{fmtNumber(c.new_score, 2)}</td>
                  <td>{label('cat', c.old_category)}</td>
                  <td><strong>{label('cat', c.new_category)}</strong></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

export function PolicyCreate() {
  const [kind, setKind] = useState('scoring');
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [err, setErr] = useState<Error | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [base, setBase] = useState('');

  const startFrom = async (k: string) => {
    setErr(null);
    try {
      const l = await policies(k);
      const cur = l.items.filter((x) => x.kind === k && x.status === 'adopted').sort((a, b) => b.version - a.version)[0];
      if (!cur) return;
      const p = await policy(k, cur.version);
      setText(JSON.stringify(p.body, null, 2));
      setBase(t('pol.startedFrom', { v: cur.version }));
    } catch (x) {
      setErr(x as Error);
    }
  };
  const pickFile = async (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0];
    if (f) {
      setText(await f.text());
      setBase(f.name);
    }
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setErr(null);
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = t('waves.err.required');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errs.date = t('waves.err.date');
    const b = parseBody(text);
    if (!b.ok) errs.body = b.message === 'empty' ? t('waves.err.required') : b.message === 'object' ? t('pol.bodyObject') : t('pol.bodyJson', { msg: b.message });
    setLocal(errs);
    if (Object.keys(errs).length || !b.ok) return;
    setBusy(true);
    try {
      const r = await createPolicy({ kind, name: name.trim(), effective_from: date, body: b.value });
      navigate(`/kebijakan/${r.kind}/${r.version}`);
    } catch (x) {
      setErr(x as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="page" data-testid="page-policy-new">
      <p><Link href="/kebijakan">← {t('pol.title')}</Link></p>
      <h1>{t('pol.new')}</h1>
      <Card>
        <form onSubmit={submit} noValidate data-testid="pol-form">
          <div class="wv-grid">
            <div class="f">
              <label for="pf-kind">{t('pol.kind')} *</label>
              <select id="pf-kind" data-testid="pf-kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value)}>
                {KINDS.map((k) => <option key={k} value={k}>{label('pol.kind', k)}</option>)}
              </select>
            </div>
            <Text id="pf-name" label={t('pol.name')} value={name} onInput={setName} required error={local.name} testid="pf-name" />
            <Text id="pf-date" type="date" label={t('pol.effective')} value={date} onInput={setDate} required error={local.date} testid="pf-date" />
          </div>
          <div class="row wv-gap">
            <button type="button" class="btn" onClick={() => startFrom(kind)} data-testid="pf-start">{t('pol.startFromCurrent')}</button>
            <label class="btn" for="pf-file">{t('pol.upload')}</label>
            <input id="pf-file" type="file" accept=".json,application/json" class="sr-only" onChange={pickFile} />
            {base ? <span class="muted small">{base}</span> : null}
          </div>
          <div class="f">
            <label for="pf-body">{t('pol.bodyLabel')} *</label>
            <textarea id="pf-body" class="pol-json-edit" rows={18} spellcheck={false} data-testid="pf-body" value={text} aria-invalid={local.body ? true : undefined} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
            {local.body ? <p class="wv-field-err">{local.body}</p> : <p class="hint">{t('pol.bodyHint')}</p>}
          </div>
          <p><button type="submit" class="btn btn-primary" disabled={busy} data-testid="pf-submit">{t('pol.saveDraft')}</button></p>
          <ActionError error={err} testid="pf-error" />
        </form>
      </Card>
    </div>
  );
}
