import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, label, t } from '../../i18n';
import type { Me } from '../../api';
import { formatNip } from '../../nip';
import { ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { participants, setStatus, type Participant, type Wave } from './api';
import { ActionError, Pager, StatusBadge, canWrite } from './common';
import { needsReason } from './logic';
import { AssignForm } from './AssignForm';

export const PSTATUS = ['registered', 'present', 'absent', 'withdrawn', 'assessed', 'integrated', 'final'];
const SIZE = 50;

export function Participants({ me, wave, reload }: { me: Me; wave: Wave; reload: () => void }) {
  const [status, setStatusF] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const list = useAsync((s) => participants(wave.code, { limit: SIZE, offset: (page - 1) * SIZE, status: status || undefined }, s), [wave.code, status, page]);
  const known = Array.from(new Set([...PSTATUS, ...Object.keys(wave.participants)]));
  const write = canWrite(me.role) && wave.status !== 'final';
  return (
    <div data-testid="wave-participants">
      <div class="filters filters-wrap">
        <div class="f">
          <label for="pp-status">{t('waves.status')}</label>
          <select id="pp-status" data-testid="pp-status" value={status} onChange={(e) => { setStatusF((e.currentTarget as HTMLSelectElement).value); setPage(1); }}>
            <option value="">{t('waves.all')}</option>
            {known.map((s) => <option key={s} value={s}>{label('waves.pstatus', s)}{wave.participants[s] != null ? ` (${fmtNumber(wave.participants[s])})` : ''}</option>)}
          </select>
        </div>
      </div>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table" data-testid="pp-table">
          <thead>
            <tr>
              <th scope="col">{t('waves.nip')}</th>
              <th scope="col">{t('waves.name')}</th>
              <th scope="col" class="hide-sm">{t('waves.unit')}</th>
              <th scope="col">{t('waves.target')}</th>
              <th scope="col">{t('waves.status')}</th>
              <th scope="col">{t('waves.group')}</th>
              <th scope="col">{t('waves.assessors')}</th>
              {write ? <th scope="col"><span class="sr-only">{t('waves.actions')}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {list.data?.items.map((p) => (
              <Row key={p.nip} p={p} wave={wave} write={write} open={open === p.nip} toggle={() => setOpen(open === p.nip ? null : p.nip)} onChanged={() => { list.reload(); reload(); }} />
            ))}
          </tbody>
        </table>
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !list.data.items.length ? <p class="muted pad">{t('waves.noParticipants')}</p> : null}
      </div>
      <Pager total={list.data?.total ?? 0} page={page} size={SIZE} onPage={setPage} />
    </div>
  );
}

function Row({ p, wave, write, open, toggle, onChanged }: { p: Participant; wave: Wave; write: boolean; open: boolean; toggle: () => void; onChanged: () => void }) {
  return (
    <>
      <tr data-testid="pp-row">
        <td class="mono nowrap">{formatNip(p.nip)}</td>
        <td><Link href={`/pegawai/${p.nip}`}>{p.name}</Link></td>
        <td class="hide-sm">{p.unit}</td>
        <td class="mono">{p.target}</td>
        <td>
          <StatusBadge status={p.status} family="waves.pstatus" />
          {p.reason ? <div class="small muted">{p.reason}</div> : null}
        </td>
        <td class="nowrap">{p.group ? `${p.group} · ${fmtDate(p.slot)}` : t('app.none')}</td>
        <td>
          {p.assessors.length
            ? p.assessors.map((a) => (
                <span key={a.code} class={`badge ${a.conflict ? 'badge-warn' : ''}`} title={a.conflict ?? undefined}>
                  {a.code}{a.conflict ? ' ⚠' : ''}
                </span>
              ))
            : t('app.none')}
        </td>
        {write ? (
          <td>
            <button type="button" class="btn btn-small" aria-expanded={open} data-testid="pp-edit" onClick={toggle}>
              {t('waves.change')}
            </button>
          </td>
        ) : null}
      </tr>
      {open ? (
        <tr class="wv-expand">
          <td colSpan={8}>
            <div class="grid-2">
              <StatusForm code={wave.code} p={p} onDone={onChanged} />
              <div>
                <h3 class="wv-h3">{t('waves.assignOne')}</h3>
                <AssignForm code={wave.code} nip={p.nip} onDone={onChanged} />
              </div>
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}

function StatusForm({ code, p, onDone }: { code: string; p: Participant; onDone: () => void }) {
  const [st, setSt] = useState(p.status === 'registered' ? 'present' : p.status);
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setErr(null);
    if (needsReason(st) && !reason.trim()) {
      setErr(new Error(t('waves.reasonRequired')));
      return;
    }
    setBusy(true);
    try {
      await setStatus(code, p.nip, st, needsReason(st) ? reason.trim() : undefined);
      onDone();
    } catch (x) {
      setErr(x as Error);
    } finally {
      setBusy(false);
    }
  };
  const id = `st-${p.nip}`;
  return (
    <form onSubmit={submit} data-testid="status-form">
      <h3 class="wv-h3">{t('waves.statusChange')}</h3>
      <fieldset class="wv-radios">
        <legend class="sr-only">{t('waves.status')}</legend>
        {['present', 'absent', 'withdrawn'].map((s) => (
          <label key={s} class="wv-radio">
            <input type="radio" name={id} value={s} checked={st === s} onChange={() => setSt(s)} data-testid={`status-${s}`} /> {label('waves.pstatus', s)}
          </label>
        ))}
      </fieldset>
      {needsReason(st) ? (
        <div class="f">
          <label for={`${id}-r`}>{t('waves.reason')} *</label>
          <input id={`${id}-r`} data-testid="status-reason" value={reason} aria-required="true" onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
        </div>
      ) : null}
      <p><button type="submit" class="btn btn-primary" disabled={busy} data-testid="status-submit">{t('waves.save')}</button></p>
      <ActionError error={err} testid="status-error" />
    </form>
  );
}
