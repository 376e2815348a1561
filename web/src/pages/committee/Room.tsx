// A committee room (/pansel/:code): members with their seats and declarations, the officials
// tested and their results; a committee account signs its declaration and fills its score
// sheet; staff add members, enrol officials and record scores naming a member; "Hitung"
// computes aggregates and recommendations; the chair or staff finalise (confirmed); a final
// committee is read-only and shows the minutes' record.
import { useState } from 'preact/hooks';
import type { Me } from '../../api';
import { fmtDate, fmtNumber, getLang, t } from '../../i18n';
import { formatNip } from '../../nip';
import { ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { ActionError, ConfirmAction, Ok } from '../../components/kit';
import { committee, committeePolicy, committees, decide, finalise, type Committee, type CommitteeRow, type Official } from './api';
import { AddMember, Declaration, Enrol } from './Forms';
import { compLabel, ScoreSheet } from './ScoreSheet';
import { declarationCounts, hasResults, loadConflicts, memberComponents, resultColumns } from './logic';
import { PdfLink } from '../../components/PdfLink';

const STAFF_WRITE = ['super_admin', 'admin', 'operator'];
/** The default committee policy's component order (for columns when the policy is not readable). */
const DEFAULT_ORDER = ['kinerja', 'disiplin', 'rekam_jejak', 'tes_tertulis', 'wawancara', 'jpm'];

export function StatusBadge({ status }: { status: string }) {
  const k = `cmt.status.${status}`;
  const s = t(k);
  return <span class={`badge mk-st mk-st-${status}`} data-testid="cmt-status" data-status={status}>{s === k ? status : s}</span>;
}

function fmtTime(at: string | null | undefined): string {
  if (!at) return t('app.none');
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${fmtDate(m[1])} ${m[2]} UTC` : at;
}

function ResultCell({ o }: { o: Official }) {
  const r = o.result;
  if (!r || !r.status) return <span class="muted">{t('app.none')}</span>;
  if (r.status !== 'ok') {
    return <span class="badge mk-st-warn" data-testid="cmt-result-status">{t(`cmt.res.status.${r.status}`, { comp: compLabel(r.component ?? '') })}</span>;
  }
  const rec = getLang() === 'en' ? r.recommendation_en : r.recommendation_id;
  return (
    <span>
      <strong class="num">{fmtNumber(r.aggregate ?? null, 2)}</strong> · <span class={`badge cmt-rec cmt-rec-${r.recommendation}`}>{rec ?? r.recommendation}</span>
    </span>
  );
}

function Results({ c, order }: { c: Committee; order: string[] }) {
  const cols = resultColumns(c.officials, order);
  if (!hasResults(c.officials)) return <p class="muted" data-testid="cmt-res-none">{t('cmt.res.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="table table-compact" data-testid="cmt-results">
        <thead>
          <tr>
            <th scope="col">{t('cmt.o.name')}</th>
            {cols.map((k) => <th scope="col" class="num" key={k}>{compLabel(k)}</th>)}
            <th scope="col" class="num">{t('cmt.res.aggregate')}</th>
            <th scope="col">{t('cmt.res.recommendation')}</th>
          </tr>
        </thead>
        <tbody>
          {c.officials.map((o) => {
            const r = o.result ?? {};
            const rec = getLang() === 'en' ? r.recommendation_en : r.recommendation_id;
            return (
              <tr key={o.nip} data-testid="cmt-result-row" data-nip={o.nip} data-recommendation={r.recommendation ?? ''}>
                <th scope="row" class="cmt-res-name">{o.name}<div class="mono muted small nowrap">{formatNip(o.nip)}</div></th>
                {cols.map((k) => <td class="num" key={k}>{fmtNumber(r.components?.[k] ?? null, 2)}</td>)}
                <td class="num"><strong>{r.status === 'ok' ? fmtNumber(r.aggregate ?? null, 2) : t('app.none')}</strong></td>
                <td>
                  {r.status === 'ok' ? (
                    <span class={`badge cmt-rec cmt-rec-${r.recommendation}`}>{rec ?? r.recommendation}</span>
                  ) : r.status ? (
                    <span class="badge mk-st-warn">{t(`cmt.res.status.${r.status}`, { comp: compLabel(r.component ?? '') })}</span>
                  ) : (
                    <span class="muted">{t('app.none')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function Room({ code, me }: { code: string; me: Me }) {
  const res = useAsync((s) => committee(code, s), [code]);
  const list = useAsync((s) => committees(s), [code]);
  const row: CommitteeRow | undefined = list.data?.items.find((x) => x.code === code);
  const readsPolicies = me.role !== 'committee';
  const policy = useAsync(
    (s) => (readsPolicies && row ? committeePolicy(row.policy_version, s).then((p) => p.body.components ?? null) : Promise.resolve(null)),
    [row?.policy_version ?? 0, readsPolicies],
  );
  const [declared, setDeclared] = useState<string[]>(() => loadConflicts(code, me.username));
  const [decideMsg, setDecideMsg] = useState<string | null>(null);
  const [decideErr, setDecideErr] = useState<Error | null>(null);
  const [deciding, setDeciding] = useState(false);

  if (res.error) return <div class="page"><p><Link href="/pansel">{t('cmt.back')}</Link></p><ErrorBox error={res.error} onRetry={res.reload} /></div>;
  const c = res.data;
  if (!c) return <Loading />;
  const open = c.status === 'open';
  const staffWrite = STAFF_WRITE.includes(me.role);
  const isMember = me.role === 'committee';
  const acts = open && (staffWrite || isMember);
  // a member acts from their seat: declares once, decides as chair or secretary, finalises as chair
  const seat = c.my_seat ?? null;
  const seatDeclared = !!seat && c.members.some((m) => m.code === seat.member && !!m.declared_at);
  const mayDecide = staffWrite || (!!seat && (seat.role === 'chair' || seat.role === 'secretary'));
  const mayFinalise = staffWrite || (!!seat && seat.role === 'chair');
  const comps = memberComponents(c, policy.data);
  const allOrder = policy.data?.length || c.components?.length ? (policy.data ?? c.components ?? []).map((x) => x.code) : DEFAULT_ORDER;
  const dc = declarationCounts(c);
  const reload = () => {
    res.reload();
    list.reload();
  };

  const runDecide = async () => {
    setDeciding(true);
    setDecideErr(null);
    setDecideMsg(null);
    try {
      const r = await decide(c.code);
      setDecideMsg(t('cmt.decide.done', { ok: r.officials.filter((o) => o.status === 'ok').length, n: r.officials.length }));
      res.reload();
    } catch (e) {
      setDecideErr(e as Error);
    } finally {
      setDeciding(false);
    }
  };

  return (
    <div class="page" data-testid="page-committee-room">
      <p class="no-print"><Link href="/pansel">{t('cmt.back')}</Link></p>
      <div class="page-head">
        <h1>{row?.name ?? c.code}</h1>
        <span>
          <span class="mono muted">{c.code}</span> <StatusBadge status={c.status} />
        </span>
      </div>
      <p class="muted">
        {t('cmt.asOf')}: {fmtDate(c.as_of)}
        {row ? <> · {t('cmt.policyV', { v: row.policy_version })}</> : null}
      </p>
      {!open ? (
        <p class="alert alert-ok" role="status" data-testid="cmt-final-banner">
          {t('cmt.finalBanner', { at: fmtTime(row?.finalised_at), by: row?.finalised_by ?? t('app.none') })}{' '}
          <PdfLink href={`/committees/${encodeURIComponent(c.code)}/minutes.pdf`} label={t('pdf.minutes')} testid="minutes-pdf" />{' '}
          <PdfLink href={`/committees/${encodeURIComponent(c.code)}/letter.pdf`} label={t('pdf.letter')} testid="letter-pdf" />
        </p>
      ) : null}

      <div class="grid-2">
        <section class="card" data-testid="cmt-members" aria-labelledby="cmt-members-h">
          <h2 id="cmt-members-h">{t('cmt.members')} ({c.members.length})</h2>
          <p class="small muted" data-testid="cmt-declared">{t('cmt.m.declared', { signed: dc.signed, total: dc.total })}</p>
          <div class="table-wrap">
            <table class="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t('cmt.m.code')}</th>
                  <th scope="col">{t('cmt.m.name')}</th>
                  <th scope="col">{t('cmt.m.role')}</th>
                  <th scope="col">{t('cmt.m.decl')}</th>
                </tr>
              </thead>
              <tbody>
                {c.members.map((m) => (
                  <tr key={m.code} data-testid="cmt-member-row" data-code={m.code} data-declared={m.declared_at ? 'true' : 'false'}>
                    <td class="mono">{m.code}</td>
                    <td>{m.name}{m.organisation ? <div class="muted small">{m.organisation}</div> : null}</td>
                    <td>{t(`cmt.role.${m.role}`)}</td>
                    <td>
                      {m.declared_at ? (
                        <>
                          <span class="badge mk-st-ok" title={m.declaration}>✔ {t('cmt.m.signed', { at: fmtTime(m.declared_at) })}</span>
                          {m.conflicts ? <div class="small cmt-conflict">{t('cmt.m.conflicts', { n: m.conflicts })}</div> : null}
                        </>
                      ) : (
                        <span class="badge mk-st-warn">{t('cmt.m.unsigned')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {open && staffWrite ? <AddMember c={c} onDone={reload} /> : null}
        </section>

        <section class="card" data-testid="cmt-officials" aria-labelledby="cmt-officials-h">
          <h2 id="cmt-officials-h">{t('cmt.officials')} ({c.officials.length})</h2>
          {c.officials.length ? (
            <div class="table-wrap cmt-scroll">
              <table class="table table-compact">
                <thead>
                  <tr>
                    <th scope="col">{t('cmt.o.name')}</th>
                    <th scope="col" class="hide-sm">{t('cmt.o.position')}</th>
                    <th scope="col">{t('cmt.o.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.officials.map((o) => (
                    <tr key={o.nip} data-testid="cmt-official-row" data-nip={o.nip}>
                      <td>
                        {staffWrite || me.role === 'head' ? <Link href={`/pegawai/${o.nip}`}>{o.name}</Link> : o.name}
                        <div class="mono muted small">{formatNip(o.nip)}</div>
                      </td>
                      <td class="hide-sm mono small">{o.position}</td>
                      <td><ResultCell o={o} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="muted">{t('cmt.o.none')}</p>
          )}
          {open && staffWrite ? <Enrol c={c} onDone={reload} /> : null}
        </section>
      </div>

      {acts && isMember && seatDeclared ? (
        <section class="card">
          <Ok testid="cmt-decl-ok">
            {seat?.member}: {t('cmt.m.signed', { at: fmtTime(c.members.find((m) => m.code === seat?.member)?.declared_at ?? '') })}
          </Ok>
        </section>
      ) : null}
      {acts && isMember && !seatDeclared ? <Declaration c={c} who={me.username} staff={false} onDone={(n) => { setDeclared(n); res.reload(); }} /> : null}
      {acts && staffWrite ? (
        <details class="card cmt-fold-card">
          <summary><strong>{t('cmt.decl.title')}</strong> <span class="muted small">({t('cmt.decl.member')})</span></summary>
          <Declaration c={c} who={me.username} staff onDone={() => res.reload()} />
        </details>
      ) : null}
      {acts && c.officials.length ? (
        <ScoreSheet c={c} components={comps.codes} source={comps.source} policyVersion={row?.policy_version ?? null} staff={staffWrite} declared={declared} onSaved={() => {}} />
      ) : null}

      <section class="card" data-testid="cmt-results-card" aria-labelledby="cmt-res-h">
        <div class="page-head">
          <h2 id="cmt-res-h">{!open ? t('cmt.minutes') : t('cmt.res.title')}</h2>
          {!open ? <button type="button" class="btn no-print" onClick={() => window.print()}>{t('cmt.minutes.print')}</button> : null}
        </div>
        {!open ? (
          <dl class="kvs" data-testid="cmt-minutes" style="margin-bottom:0.8rem">
            <div class="kv"><dt>{t('cmt.name')}</dt><dd>{row?.name ?? c.code} ({c.code})</dd></div>
            <div class="kv"><dt>{t('cmt.asOf')}</dt><dd>{fmtDate(c.as_of)}</dd></div>
            <div class="kv"><dt>{t('cmt.finalised')}</dt><dd>{fmtTime(row?.finalised_at)} · {row?.finalised_by ?? t('app.none')}</dd></div>
            <div class="kv"><dt>{t('cmt.members')}</dt><dd>{c.members.map((m) => `${m.name} (${t(`cmt.role.${m.role}`)})`).join('; ')}</dd></div>
            <div class="kv"><dt>{t('cmt.m.decl')}</dt><dd>{t('cmt.m.declared', { signed: dc.signed, total: dc.total })}</dd></div>
          </dl>
        ) : null}
        <Results c={c} order={allOrder} />
        {acts ? (
          <div class="cmt-actions">
            {mayDecide ? <div>
              <button type="button" class="btn btn-primary mk-nomargin" data-testid="cmt-decide" disabled={deciding || !c.officials.length} onClick={runDecide}>
                {deciding ? t('app.loading') : t('cmt.decide')}
              </button>
              <p class="hint">{t('cmt.decide.hint')}</p>
              <ActionError error={decideErr} testid="cmt-decide-error" />
              {decideMsg ? <Ok testid="cmt-decide-ok">{decideMsg}</Ok> : null}
            </div> : null}
            {mayFinalise ? <div>
              <ConfirmAction
                label={t('cmt.final')}
                testid="cmt-finalise"
                question={t('cmt.final.q', { code: c.code })}
                confirmLabel={t('cmt.final.yes')}
                run={() => finalise(c.code)}
                onDone={reload}
                disabled={!c.officials.length}
              />
              <p class="hint">{t('cmt.final.hint')}</p>
            </div> : null}
          </div>
        ) : null}
      </section>
    </div>
  );
}
