import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, label, t } from '../../i18n';
import type { Me } from '../../api';
import { Card, ErrorBox, Field, useAsync } from '../../components/ui';
import { addTargets, attendAll, setMethod, waveAssessors, type Wave } from './api';
import { ActionError, ConfirmAction, Ok, Text, canWrite } from './common';
import { parseCodes, totalCount } from './logic';

const METHOD_KINDS = ['simulasi', 'wawancara', 'psikometri', 'intelegensi', 'integritas', 'tes_tertulis', 'lainnya'];

export function Summary({ me, wave, reload }: { me: Me; wave: Wave; reload: () => void }) {
  const write = canWrite(me.role);
  const load = useAsync((s) => waveAssessors(wave.code, s), [wave.code]);
  const counts = Object.entries(wave.participants).sort((a, b) => b[1] - a[1]);
  return (
    <div data-testid="wave-summary">
      <div class="tiles">
        <div class="tile"><span class="tile-label">{t('waves.participants')}</span><span class="tile-value" data-testid="sum-total">{fmtNumber(totalCount(wave.participants))}</span></div>
        <div class="tile"><span class="tile-label">{t('waves.methods')}</span><span class="tile-value">{fmtNumber(wave.methods.length)}</span></div>
        <div class="tile"><span class="tile-label">{t('waves.assessors')}</span><span class="tile-value">{fmtNumber(wave.assessors)}</span><span class="tile-sub">{t('waves.assignmentsN', { n: fmtNumber(wave.assignments) })}</span></div>
        <div class="tile"><span class="tile-label">{t('waves.conflictsOverridden')}</span><span class="tile-value">{fmtNumber(wave.conflicts_overridden)}</span><span class="tile-sub">{t('waves.lapsingN', { n: fmtNumber(wave.accreditation_lapsing) })}</span></div>
      </div>
      <div class="grid-2">
        <Card title={t('waves.details')}>
          <dl class="kvs">
            <Field label={t('waves.purpose')}>{label('waves.purpose', wave.purpose)}</Field>
            <Field label={t('waves.provider')}>{label('waves.provider', wave.provider)}{wave.provider_name ? ` · ${wave.provider_name}` : ''}</Field>
            <Field label={t('waves.dates')}>{fmtDate(wave.start)} – {fmtDate(wave.end)}</Field>
            <Field label={t('waves.venue')}>{wave.venue || t('app.none')}</Field>
            <Field label={t('waves.policy')}>{t('waves.policyV', { v: wave.policy_version })}</Field>
            <Field label={t('waves.finalisedAt')}>{wave.finalised_at ? fmtDate(wave.finalised_at) : t('app.none')}</Field>
            <Field label={t('waves.publication')}>{wave.published_at ? t('waves.published', { when: fmtDate(wave.published_at), who: wave.published_by ?? '' }) : t('waves.notPublished')}</Field>
          </dl>
        </Card>
        <Card title={t('waves.byStatus')}>
          {counts.length ? (
            <table class="table table-compact" data-testid="sum-counts">
              <tbody>
                {counts.map(([s, n]) => (
                  <tr key={s}><th scope="row">{label('waves.pstatus', s)}</th><td class="num">{fmtNumber(n)}</td></tr>
                ))}
              </tbody>
            </table>
          ) : <p class="muted">{t('waves.noParticipants')}</p>}
          {write && wave.status !== 'final' ? (
            <ConfirmAction testid="attend-all" label={t('waves.attendAll')} question={t('waves.attendAll.q')} run={() => attendAll(wave.code)} onDone={reload} />
          ) : null}
        </Card>
      </div>
      <Card title={t('waves.matrix')} testid="sum-methods">
        {wave.methods.length ? (
          <table class="table table-compact">
            <thead><tr><th scope="col">{t('waves.method')}</th><th scope="col">{t('waves.methodKind')}</th><th scope="col">{t('waves.name')}</th><th scope="col" class="num">{t('waves.methodTargets')}</th></tr></thead>
            <tbody>
              {wave.methods.map((m) => (
                <tr key={m.code}><td class="mono">{m.code}</td><td>{m.kind}</td><td>{m.name}</td><td class="num">{fmtNumber(m.targets)}</td></tr>
              ))}
            </tbody>
          </table>
        ) : <p class="muted">{t('waves.noMethods')}</p>}
        {wave.matrix_warnings.length ? (
          <div class="alert wv-warn" role="note" data-testid="matrix-warnings">
            <strong>{t('waves.matrixWarnings')}</strong>
            <ul>
              {wave.matrix_warnings.map((x) => (
                <li key={x.target}>{t('waves.matrixWarning', { target: x.target, n: x.methods, req: x.required })}</li>
              ))}
            </ul>
          </div>
        ) : wave.methods.length ? <p class="hint">{t('waves.matrixOk')}</p> : null}
        {write && wave.status !== 'final' ? <MethodForm code={wave.code} onDone={reload} /> : null}
      </Card>
      {write && wave.status !== 'final' ? <TargetsForm code={wave.code} /> : null}
      <Card title={t('waves.assessorLoad')}>
        {load.error ? <ErrorBox error={load.error} onRetry={load.reload} /> : null}
        {load.data?.items.length ? (
          <div class="table-wrap">
            <table class="table table-compact" data-testid="sum-assessors">
              <thead><tr><th scope="col">{t('waves.assessor')}</th><th scope="col">{t('waves.name')}</th><th scope="col" class="hide-sm">{t('waves.organisation')}</th><th scope="col">{t('waves.accreditedUntil')}</th><th scope="col" class="num">{t('waves.participants')}</th><th scope="col" class="num">{t('waves.conflictsOverridden')}</th></tr></thead>
              <tbody>
                {load.data.items.map((a) => (
                  <tr key={a.code}>
                    <td class="mono">{a.code}</td><td>{a.name}</td><td class="hide-sm">{a.organisation}</td>
                    <td>{fmtDate(a.accredited_until)}{a.accreditation_lapses ? <span class="badge badge-warn"> {t('waves.lapses')}</span> : null}</td>
                    <td class="num">{fmtNumber(a.participants)}</td><td class="num">{fmtNumber(a.conflicts_overridden)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : load.data ? <p class="muted">{t('waves.noAssignments')}</p> : null}
      </Card>
    </div>
  );
}

function MethodForm({ code, onDone }: { code: string; onDone: () => void }) {
  const [m, setM] = useState({ method: '', kind: 'simulasi', name: '', targets: '' });
  const [err, setErr] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErr(null);
    try {
      await setMethod(code, { method: m.method.trim(), kind: m.kind, name: m.name.trim() || undefined, targets: parseCodes(m.targets) });
      setM({ method: '', kind: m.kind, name: '', targets: '' });
      onDone();
    } catch (x) {
      setErr(x as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="wv-sub">
      <summary>{t('waves.methodAdd')}</summary>
      <form class="filters" onSubmit={submit} data-testid="method-form">
        <Text id="mf-code" label={t('waves.method')} value={m.method} onInput={(v) => setM({ ...m, method: v })} required testid="mf-code" />
        <div class="f">
          <label for="mf-kind">{t('waves.methodKind')}</label>
          <select id="mf-kind" value={m.kind} onChange={(e) => setM({ ...m, kind: (e.currentTarget as HTMLSelectElement).value })}>
            {METHOD_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </div>
        <Text id="mf-name" label={t('waves.name')} value={m.name} onInput={(v) => setM({ ...m, name: v })} />
        <Text id="mf-targets" label={t('waves.methodTargetsCodes')} value={m.targets} onInput={(v) => setM({ ...m, targets: v })} required hint={t('waves.codesHint')} testid="mf-targets" />
        <div class="f f-end"><button class="btn btn-primary" type="submit" disabled={busy}>{t('waves.save')}</button></div>
      </form>
      <ActionError error={err} />
    </details>
  );
}

function TargetsForm({ code }: { code: string }) {
  const [text, setText] = useState('');
  const [err, setErr] = useState<Error | null>(null);
  const [ok, setOk] = useState<number | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setErr(null);
    setOk(null);
    try {
      const r = await addTargets(code, parseCodes(text));
      setOk(r.positions);
      setText('');
    } catch (x) {
      setErr(x as Error);
    }
  };
  return (
    <Card title={t('waves.targetPositions')}>
      <form class="filters" onSubmit={submit} data-testid="targets-form">
        <Text id="tp-codes" label={t('waves.positionCodes')} value={text} onInput={setText} hint={t('waves.codesHint')} testid="tp-codes" />
        <div class="f f-end"><button class="btn" type="submit">{t('waves.add')}</button></div>
      </form>
      {ok != null ? <Ok>{t('waves.targetsAdded', { n: ok })}</Ok> : null}
      <ActionError error={err} />
    </Card>
  );
}
