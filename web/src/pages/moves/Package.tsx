// One move package: its moves with their verdicts, adding a move (draft), the chain's steps
// (each shown only to the role holding it) and the approval trail.
import { useState } from 'preact/hooks';
import type { Me } from '../../api';
import { fmtDate, fmtNumber, t } from '../../i18n';
import { formatNip } from '../../nip';
import { Card, ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { ApiErrorLine, fmtDateTime, StepAction, type ExtraField } from '../talent/ui';
import { addMove, pkg, step, type Kind, type MoveCheck, type Package, type PackageStatus, type Step } from './api';
import { canEdit, cleanNip, MOVE_REASON_MIN, moveActions, nipOk, STATUSES, waitingFor } from './logic';
import { CheckResult, MoveFields } from './Check';
import { StatusBadge } from './Packages';
import { VerdictBadge, Verdicts } from './Verdicts';
import { PdfLink } from '../../components/PdfLink';

const CHAIN: PackageStatus[] = STATUSES.filter((s) => s !== 'rejected');

export function PackagePage({ code, me }: { code: string; me: Me }) {
  const p = useAsync((s) => pkg(code, s), [code]);
  const [data, setData] = useState<Package | null>(null);
  const d = data && data.code === code ? data : p.data;
  if (p.error && !d) return <div class="page"><ErrorBox error={p.error} onRetry={p.reload} /></div>;
  if (!d) return <div class="page"><Loading /></div>;
  const actions = moveActions(d.status, me.role);
  const blocked = d.moves.filter((m) => m.verdict === 'blocked').length;
  const waiting = waitingFor(d.status);
  const doStep = (s: Step) => async (reason: string, extra: Record<string, string>) => {
    setData(await step(d.code, s, { reason, ...extra }));
  };
  const skFields: ExtraField[] = [
    { name: 'sk_number', label: t('mv.skNumber') },
    { name: 'sk_date', label: t('mv.skDate'), type: 'date' },
  ];
  return (
    <div class="page" data-testid="page-move-package">
      <p class="small">
        <Link href="/mutasi">← {t('menu.moves')}</Link>
      </p>
      <div class="page-head">
        <h1>
          {d.title} <span class="mono muted small">{d.code}</span> <StatusBadge s={d.status} testid="pkg-status-badge" />
        </h1>
        <PdfLink href={`/moves/packages/${encodeURIComponent(d.code)}/report.pdf`} label={t('pdf.package')} testid="package-pdf" />
      </div>
      <ol class="chain" aria-label={t('mv.chain')} data-testid="pkg-chain">
        {CHAIN.map((s) => {
          const i = CHAIN.indexOf(s);
          const cur = CHAIN.indexOf(d.status);
          const st = d.status === 'rejected' ? 'todo' : i < cur ? 'done' : i === cur ? 'current' : 'todo';
          return (
            <li key={s} class={`chain-${st}`} aria-current={st === 'current' ? 'step' : undefined}>
              {t(`mv.status.${s}`)}
            </li>
          );
        })}
      </ol>
      <p class="meta-line">
        <span>{t('mv.createdBy')}: <strong>{d.created_by}</strong></span>
        <span>{t('mv.moves')}: <strong>{fmtNumber(d.moves.length)}</strong></span>
        {waiting ? <span data-testid="pkg-waiting">{t('mv.waiting', { role: t(`mv.holder.${d.status}`) })}</span> : null}
        {d.sk_number ? (
          <span data-testid="pkg-sk">
            {t('mv.sk')}: <strong>{d.sk_number}</strong> · {fmtDate(d.sk_date)}
          </span>
        ) : null}
        {d.executed_at ? <span>{t('mv.executedAt')}: <strong>{fmtDateTime(d.executed_at)}</strong></span> : null}
      </p>
      {d.needs_supervisor_recommendation ? (
        <p class="alert" data-testid="pkg-supervisor">{t('mv.supervisor')}</p>
      ) : null}
      {blocked && d.status === 'draft' ? <p class="alert alert-error" data-testid="pkg-blocked">{t('mv.blockedWarn', { n: blocked })}</p> : null}
      {actions.length ? (
        <div class="actions-bar" data-testid="pkg-actions">
          {actions.includes('submit') ? (
            <StepAction label={t('mv.step.submit')} testid="pkg-submit" warning={t('mv.step.submit.warn')} min={MOVE_REASON_MIN} onConfirm={doStep('submit')} />
          ) : null}
          {actions.includes('review') ? (
            <StepAction label={t('mv.step.review')} testid="pkg-review" warning={t('mv.step.review.warn')} min={MOVE_REASON_MIN} onConfirm={doStep('review')} />
          ) : null}
          {actions.includes('approve') ? (
            <StepAction label={t('mv.step.approve')} testid="pkg-approve" warning={t('mv.step.approve.warn')} min={MOVE_REASON_MIN} onConfirm={doStep('approve')} />
          ) : null}
          {actions.includes('execute') ? (
            <StepAction
              label={t('mv.step.execute')}
              testid="pkg-execute"
              warning={t('mv.step.execute.warn')}
              min={MOVE_REASON_MIN}
              fields={skFields}
              danger
              onConfirm={doStep('execute')}
            />
          ) : null}
          {actions.includes('reject') ? (
            <StepAction label={t('mv.step.reject')} testid="pkg-reject" warning={t('mv.step.reject.warn')} min={MOVE_REASON_MIN} danger onConfirm={doStep('reject')} />
          ) : null}
        </div>
      ) : null}
      {canEdit(d.status, me.role) ? <AddMove code={d.code} onAdded={() => pkg(d.code).then(setData)} /> : null}
      <Card title={t('mv.movesTitle', { n: d.moves.length })} testid="pkg-moves">
        {d.moves.length ? <MovesTable moves={d.moves} /> : <p class="muted">{t('mv.noMoves')}</p>}
      </Card>
      <Card title={t('mv.trail')} testid="pkg-trail">
        {d.trail.length ? (
          <div class="table-wrap">
            <table class="table table-compact" data-testid="trail-table">
              <thead>
                <tr>
                  <th scope="col">{t('tal.when')}</th>
                  <th scope="col">{t('mv.stepCol')}</th>
                  <th scope="col">{t('tal.who')}</th>
                  <th scope="col">{t('tal.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {d.trail.map((s, i) => (
                  <tr key={i} data-testid="trail-row">
                    <td class="nowrap">{fmtDateTime(s.at)}</td>
                    <td><StatusBadge s={s.step} /></td>
                    <td>{s.actor}</td>
                    <td>{s.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted">{t('mv.trail.empty')}</p>
        )}
      </Card>
    </div>
  );
}

function MovesTable({ moves }: { moves: MoveCheck[] }) {
  return (
    <div class="table-wrap">
      <table class="table table-compact" data-testid="moves-table">
        <thead>
          <tr>
            <th scope="col">{t('mv.employee')}</th>
            <th scope="col">{t('mv.move')}</th>
            <th scope="col">{t('mv.kind')}</th>
            <th scope="col">{t('mv.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {moves.map((m) => (
            <tr key={m.nip} data-testid="move-row" data-nip={m.nip}>
              <td>
                <Link href={`/pegawai/${m.nip}`}>{m.name}</Link>
                <div class="mono small muted">{formatNip(m.nip)}</div>
              </td>
              <td>
                <span class="mono small">{m.from ?? t('app.none')}</span> → <strong>{m.to_name ?? m.to}</strong>
                <div class="mono small muted">{m.to}</div>
              </td>
              <td class="nowrap">
                {t(`mv.kind.${m.kind}`)}
                <div class="small muted">{fmtDate(m.date)}</div>
              </td>
              <td>
                <VerdictBadge v={m.verdict} testid="move-verdict" />
                <details>
                  <summary>{t('mv.details', { n: m.verdicts.length })}</summary>
                  <Verdicts vs={m.verdicts} />
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AddMove({ code, onAdded }: { code: string; onAdded: () => Promise<unknown> }) {
  const [v, setV] = useState<{ nip: string; to: string; kind: Kind; date: string }>({ nip: '', to: '', kind: 'rotasi', date: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [last, setLast] = useState<MoveCheck | null>(null);
  const ok = nipOk(v.nip) && v.to.trim() !== '';
  return (
    <Card title={t('mv.add')} testid="pkg-add">
      <p class="hint">{t('mv.add.hint')}</p>
      <form
        class="tal-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!ok) return;
          setBusy(true);
          setError(null);
          try {
            const r = await addMove(code, { nip: cleanNip(v.nip), to: v.to.trim(), kind: v.kind, date: v.date || undefined });
            setLast(r);
            setV({ ...v, nip: '', to: '' });
            await onAdded();
          } catch (err) {
            setError(err as Error);
          } finally {
            setBusy(false);
          }
        }}
      >
        <MoveFields prefix="add" v={v} onChange={setV} />
        <div class="f f-end">
          <button type="submit" class="btn btn-primary" data-testid="add-submit" disabled={!ok || busy}>
            {busy ? t('tal.working') : t('mv.add.run')}
          </button>
        </div>
      </form>
      {error ? <ApiErrorLine error={error} /> : null}
      {last ? (
        <details open data-testid="add-result">
          <summary>{t('mv.add.done', { name: last.name })}</summary>
          <CheckResult r={last} testid="add-check" />
        </details>
      ) : null}
    </Card>
  );
}
