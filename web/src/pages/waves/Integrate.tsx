import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { fmtNumber, label, t } from '../../i18n';
import { formatNip } from '../../nip';
import { Card, ErrorBox, Loading, useAsync } from '../../components/ui';
import { decide, integrate, participant, participants, secondOpinion, type IntegrationRow, type Wave } from './api';
import { ActionError, ConfirmAction, Ok, Pager, StatusBadge } from './common';
import { levelSteps } from './logic';

const SIZE = 20;

export function Integrate({ wave, reload }: { wave: Wave; reload: () => void }) {
  const [msg, setMsg] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [nip, setNip] = useState<string | null>(null);
  const list = useAsync((s) => participants(wave.code, { limit: SIZE, offset: (page - 1) * SIZE, status: status || undefined }, s), [wave.code, status, page]);
  const final = wave.status === 'final';
  const after = (v: unknown) => {
    const r = v as { proposed: number; integrated: number };
    setMsg(t('waves.integrate.done', { p: fmtNumber(r.proposed), i: fmtNumber(r.integrated) }));
    list.reload();
    reload();
  };
  return (
    <div data-testid="wave-integrate">
      <Card title={t('waves.integrate.title')}>
        <p class="hint">{t('waves.integrate.intro')}</p>
        <div class="row">
          <ConfirmAction testid="integrate-propose" label={t('waves.integrate.propose')} question={t('waves.integrate.propose.q')} run={() => integrate(wave.code, false)} onDone={after} disabled={final} />
          <ConfirmAction testid="integrate-accept" primary label={t('waves.integrate.accept')} question={t('waves.integrate.accept.q')} run={() => integrate(wave.code, true)} onDone={after} disabled={final} />
        </div>
        {msg ? <Ok testid="integrate-ok">{msg}</Ok> : null}
      </Card>
      <div class="wv-split">
        <Card title={t('waves.participants')}>
          <div class="f">
            <label for="ig-status">{t('waves.status')}</label>
            <select id="ig-status" data-testid="ig-status" value={status} onChange={(e) => { setStatus((e.currentTarget as HTMLSelectElement).value); setPage(1); }}>
              <option value="">{t('waves.all')}</option>
              {['present', 'assessed', 'integrated', 'final'].map((s) => <option key={s} value={s}>{label('waves.pstatus', s)}</option>)}
            </select>
          </div>
          {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
          <ul class="wv-picklist" data-testid="ig-list">
            {list.data?.items.map((p) => (
              <li key={p.nip}>
                <button type="button" class={`wv-pick ${nip === p.nip ? 'on' : ''}`} aria-pressed={nip === p.nip} onClick={() => setNip(p.nip)} disabled={list.loading} data-testid="ig-pick">
                  <span>{p.name}</span>
                  <span class="small muted mono">{formatNip(p.nip)}</span>
                  <StatusBadge status={p.status} family="waves.pstatus" />
                </button>
              </li>
            ))}
          </ul>
          {list.loading && !list.data ? <Loading /> : null}
          <Pager total={list.data?.total ?? 0} page={page} size={SIZE} onPage={setPage} />
        </Card>
        <div>{nip ? <Decisions key={nip} wave={wave} nip={nip} /> : <p class="muted pad">{t('waves.integrate.pick')}</p>}</div>
      </div>
    </div>
  );
}

function Decisions({ wave, nip }: { wave: Wave; nip: string }) {
  const d = useAsync((s) => participant(wave.code, nip, s), [wave.code, nip]);
  const [open, setOpen] = useState<string | null>(null);
  if (d.error) return <ErrorBox error={d.error} onRetry={d.reload} />;
  if (!d.data) return <Loading />;
  const p = d.data;
  return (
    <Card title={`${p.name} · ${formatNip(p.nip)}`} testid="ig-detail">
      <p class="muted">{t('waves.target')}: <span class="mono">{p.target}</span> · <StatusBadge status={p.status} family="waves.pstatus" /> · {t('waves.assessors')}: {p.assessors.map((a) => a.code).join(', ') || t('app.none')}</p>
      {!p.integration.length ? <p class="muted">{t('waves.integrate.noRows')}</p> : (
        <div class="table-wrap">
          <table class="table table-compact" data-testid="ig-rows">
            <thead><tr><th scope="col">{t('waves.competency')}</th><th scope="col">{t('waves.kind')}</th><th scope="col" class="num">{t('waves.proposed')}</th><th scope="col" class="num">{t('waves.nAssessors')}</th><th scope="col" class="num">{t('waves.decided')}</th><th scope="col">{t('waves.notes')}</th><th scope="col"><span class="sr-only">{t('waves.actions')}</span></th></tr></thead>
            <tbody>
              {p.integration.map((r) => (
                <Fragment key={r.target}>
                  <tr key={r.target} data-testid="ig-row">
                    <td class="mono">{r.target}</td>
                    <td>{r.kind}</td>
                    <td class="num">{r.proposed}</td>
                    <td class="num">{r.assessors}</td>
                    <td class="num"><strong>{r.decided ?? t('app.none')}</strong></td>
                    <td class="small">
                      {r.justification ? <div>{r.justification}</div> : null}
                      {r.second_opinion ? <span class="badge badge-warn">{t('waves.secondOpinion')}: {r.second_opinion}</span> : null}
                    </td>
                    <td>
                      {p.status !== 'final' ? (
                        <button type="button" class="btn btn-small" aria-expanded={open === r.target} data-testid="ig-decide" onClick={() => setOpen(open === r.target ? null : r.target)}>{t('waves.decide')}</button>
                      ) : null}
                    </td>
                  </tr>
                  {open === r.target ? (
                    <tr key={`${r.target}-f`} class="wv-expand"><td colSpan={7}><DecisionForm code={wave.code} nip={nip} row={r} onDone={() => { setOpen(null); d.reload(); }} /></td></tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

function DecisionForm({ code, nip, row, onDone }: { code: string; nip: string; row: IntegrationRow; onDone: () => void }) {
  const [level, setLevel] = useState(row.decided ?? row.proposed);
  const [just, setJust] = useState(row.justification);
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<Error | null>(null);
  const departs = parseFloat(level) !== parseFloat(row.proposed);
  const id = `dc-${row.target}`;
  const save = async (e: Event) => {
    e.preventDefault();
    setErr(null);
    if (departs && !just.trim()) {
      setErr(new Error(t('waves.justificationRequired')));
      return;
    }
    try {
      await decide(code, nip, row.target, parseFloat(level), just.trim() || undefined);
      onDone();
    } catch (x) {
      setErr(x as Error);
    }
  };
  const askSecond = async () => {
    setErr(null);
    if (!reason.trim()) {
      setErr(new Error(t('waves.reasonRequired')));
      return;
    }
    try {
      await secondOpinion(code, nip, row.target, reason.trim());
      onDone();
    } catch (x) {
      setErr(x as Error);
    }
  };
  return (
    <form onSubmit={save} class="wv-decide" data-testid="decision-form">
      <div class="filters">
        <div class="f">
          <label for={`${id}-l`}>{t('waves.level')}</label>
          <select id={`${id}-l`} value={level} data-testid="decision-level" onChange={(e) => setLevel((e.currentTarget as HTMLSelectElement).value)}>
            {levelSteps(true).map((x) => <option key={x} value={String(x)}>{x}</option>)}
          </select>
        </div>
        <div class="f">
          <label for={`${id}-j`}>{t('waves.justification')}{departs ? ' *' : ''}</label>
          <input id={`${id}-j`} value={just} data-testid="decision-justification" onInput={(e) => setJust((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="f f-end"><button type="submit" class="btn btn-primary" data-testid="decision-save">{t('waves.save')}</button></div>
      </div>
      {departs ? <p class="hint">{t('waves.departs', { p: row.proposed })}</p> : null}
      <div class="filters">
        <div class="f">
          <label for={`${id}-r`}>{t('waves.secondOpinion.reason')}</label>
          <input id={`${id}-r`} value={reason} onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="f f-end"><button type="button" class="btn" onClick={askSecond} data-testid="second-opinion">{t('waves.secondOpinion.open')}</button></div>
      </div>
      <ActionError error={err} testid="decision-error" />
    </form>
  );
}
