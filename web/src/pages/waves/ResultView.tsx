import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, getLang, label, t } from '../../i18n';
import type { Me } from '../../api';
import { formatNip } from '../../nip';
import { Card, ErrorBox, Field, Link, Loading, useAsync } from '../../components/ui';
import { correct, result, type ResultDetail, type Wave } from './api';
import { ActionError, Ok, canWrite } from './common';
import { levelSteps } from './logic';

export function ResultView({ me, wave, nip }: { me: Me; wave: Wave; nip: string }) {
  const r = useAsync((s) => result(wave.code, nip, s), [wave.code, nip]);
  const [fresh, setFresh] = useState<ResultDetail | null>(null);
  const d = fresh && fresh.nip === nip ? fresh : r.data;
  const en = getLang() === 'en';
  return (
    <div data-testid="result-view">
      <p><Link href={`/gelombang/${encodeURIComponent(wave.code)}/hasil`}>← {t('waves.tab.results')}</Link></p>
      {r.error ? <ErrorBox error={r.error} onRetry={r.reload} /> : null}
      {!d && r.loading ? <Loading /> : null}
      {d ? (
        <>
          <div class="grid-2">
            <Card title={<>{d.name} <span class="muted small mono">{formatNip(d.nip)}</span></>}>
              <p>
                <a class="btn" href={`/api/v1/waves/${encodeURIComponent(wave.code)}/results/${encodeURIComponent(d.nip)}/report.pdf`} download data-testid="res-report-pdf">
                  {t('waves.report.pdf')}
                </a>
              </p>
              <dl class="kvs">
                <Field label={t('waves.position')}>{d.position_name} <span class="muted">({d.position} · {label('jenjang', d.jenjang)})</span></Field>
                <Field label={t('waves.unit')}>{d.unit}</Field>
                <Field label={t('waves.jpm')}>{fmtNumber(d.jpm, 2)} <span class="muted">({t('waves.capped')} {fmtNumber(d.jpm_capped, 2)}; ΣLKI {d.sum_lki} / ΣLKJ {d.sum_lkj})</span></Field>
                <Field label={t('waves.score')}><strong data-testid="res-score">{fmtNumber(d.score, 2)}</strong></Field>
                <Field label={t('waves.category')}><span class={`badge cat-${d.category}`}>{(en ? d.detail?.category_label_en : d.detail?.category_label_id) ?? label('cat', d.category)}</span></Field>
                <Field label={t('waves.potential')}>{d.potential != null ? `${fmtNumber(d.potential, 2)} · ${(en ? d.detail?.potential_label_en : d.detail?.potential_label_id) ?? label('pot', d.potential_category)}` : t('app.none')}</Field>
                <Field label={t('waves.revision')}><span data-testid="res-revision">{d.revision}</span></Field>
                <Field label={t('waves.policy')}>{t('waves.policyV', { v: d.policy_version })}</Field>
                <Field label={t('waves.finalisedAt')}>{fmtDate(d.finalised_at)}</Field>
                <Field label={t('waves.validUntil')}>{fmtDate(d.valid_until)}{d.expired ? <span class="badge badge-warn"> {t('waves.expired')}</span> : null}</Field>
              </dl>
            </Card>
            <Card title={t('waves.plan')}>
              <h3 class="wv-h3">{t('waves.strengths')}</h3>
              {!(d.detail?.strengths ?? []).length ? <p class="muted">{t('app.none')}</p> : null}
              <ul>{(d.detail?.strengths ?? []).map((s) => <li key={s.code}><span class="mono">{s.code}</span> ({s.gap >= 0 ? '+' : ''}{s.gap}){s.plan ? ` — ${en ? s.plan.label_en : s.plan.label_id}` : ''}</li>)}</ul>
              <h3 class="wv-h3">{t('waves.development')}</h3>
              {!(d.detail?.development ?? []).length ? <p class="muted">{t('app.none')}</p> : null}
              <ul>{(d.detail?.development ?? []).map((s) => <li key={s.code}><span class="mono">{s.code}</span> ({s.gap}){s.plan ? ` — ${en ? s.plan.label_en : s.plan.label_id}` : ''}</li>)}</ul>
            </Card>
          </div>
          <Card title={t('waves.items')}>
            <div class="table-wrap">
              <table class="table table-compact" data-testid="res-items">
                <thead><tr><th scope="col">{t('waves.competency')}</th><th scope="col">{t('waves.name')}</th><th scope="col">{t('waves.kind')}</th><th scope="col" class="num">LKJ</th><th scope="col" class="num">LKI</th><th scope="col" class="num">{t('waves.gap')}</th></tr></thead>
                <tbody>
                  {d.items.map((i) => (
                    <tr key={i.code}><td class="mono">{i.code}</td><td>{i.name}</td><td>{i.kind}</td><td class="num">{i.lkj}</td><td class="num">{i.lki}</td><td class={`num ${i.gap < 0 ? 'neg' : i.gap > 0 ? 'pos' : ''}`}>{i.gap > 0 ? '+' : ''}{i.gap}</td></tr>
                  ))}
                  {(d.potential_aspects ?? []).map((i) => (
                    <tr key={i.code}><td class="mono">{i.code}</td><td>{i.name}</td><td>{i.kind}</td><td class="num">{i.standard}</td><td class="num">{i.level}</td><td class={`num ${i.level < i.standard ? 'neg' : ''}`}>{i.level - i.standard > 0 ? '+' : ''}{i.level - i.standard}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
          <Card title={t('waves.corrections')} testid="res-corrections">
            {d.corrections.length ? (
              <table class="table table-compact" data-testid="cr-list">
                <thead><tr><th scope="col" class="num">{t('waves.revision')}</th><th scope="col">{t('waves.competency')}</th><th scope="col" class="num">{t('waves.level')}</th><th scope="col">{t('waves.reason')}</th><th scope="col">{t('waves.by')}</th></tr></thead>
                <tbody>
                  {d.corrections.map((c) => (
                    <tr key={`${c.revision}-${c.code}`}><td class="num">{c.revision}</td><td class="mono">{c.code}</td><td class="num">{c.old_level} → <strong>{c.new_level}</strong></td><td>{c.reason}</td><td class="small">{c.actor} · {fmtDate(c.at)}</td></tr>
                  ))}
                </tbody>
              </table>
            ) : <p class="muted">{t('waves.noCorrections')}</p>}
            {canWrite(me.role) ? <CorrectionForm wave={wave.code} d={d} onDone={setFresh} /> : null}
          </Card>
        </>
      ) : null}
    </div>
  );
}

function CorrectionForm({ wave, d, onDone }: { wave: string; d: ResultDetail; onDone: (r: ResultDetail) => void }) {
  const targets = [...d.items.map((i) => ({ code: i.code, name: i.name, level: i.lki })), ...(d.potential_aspects ?? []).map((i) => ({ code: i.code, name: i.name, level: i.level }))];
  const [target, setTarget] = useState('');
  const [level, setLevel] = useState('3');
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<Error | null>(null);
  const [ok, setOk] = useState<number | null>(null);
  const [confirm, setConfirm] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setErr(null);
    setOk(null);
    if (!reason.trim()) {
      setErr(new Error(t('waves.reasonRequired')));
      return;
    }
    if (!confirm) {
      setConfirm(true);
      return;
    }
    try {
      const r = await correct(wave, d.nip, target, parseFloat(level), reason.trim());
      setOk(r.revision);
      setReason('');
      setConfirm(false);
      onDone(r);
    } catch (x) {
      setErr(x as Error);
      setConfirm(false);
    }
  };
  return (
    <form onSubmit={submit} class="wv-sub" data-testid="correct-form">
      <h3 class="wv-h3">{t('waves.correct')}</h3>
      <p class="hint">{t('waves.correct.intro')}</p>
      <div class="filters">
        <div class="f">
          <label for="cr-target">{t('waves.competency')}</label>
          <select id="cr-target" data-testid="cr-target" value={target} onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; setTarget(v); const x = targets.find((i) => i.code === v); if (x) setLevel(String(x.level)); setConfirm(false); }}>
            <option value="">{t('waves.choose')}</option>
            {targets.map((i) => <option key={i.code} value={i.code}>{i.code} · {i.name} ({i.level})</option>)}
          </select>
        </div>
        <div class="f">
          <label for="cr-level">{t('waves.level')}</label>
          <select id="cr-level" data-testid="cr-level" value={level} onChange={(e) => { setLevel((e.currentTarget as HTMLSelectElement).value); setConfirm(false); }}>
            {levelSteps(true).map((x) => <option key={x} value={String(x)}>{x}</option>)}
          </select>
        </div>
        <div class="f">
          <label for="cr-reason">{t('waves.reason')} *</label>
          <input id="cr-reason" data-testid="cr-reason" value={reason} aria-required="true" onInput={(e) => { setReason((e.currentTarget as HTMLInputElement).value); setConfirm(false); }} />
        </div>
        <div class="f f-end">
          <button type="submit" class={`btn ${confirm ? 'btn-primary' : ''}`} disabled={!target} data-testid="cr-submit">{confirm ? t('waves.correct.confirm') : t('waves.correct.submit')}</button>
        </div>
      </div>
      {confirm ? <p class="alert wv-warn" role="alert">{t('waves.correct.q', { target, level })}</p> : null}
      {ok != null ? <Ok testid="cr-ok">{t('waves.correct.done', { rev: ok })}</Ok> : null}
      <ActionError error={err} testid="cr-error" />
    </form>
  );
}
