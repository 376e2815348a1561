// The audit log (/audit): the agency's entries newest first, filtered by action, object prefix,
// actor and dates (state in the address), paged, with before/after/reason; "Periksa rantai"
// verifies the hash chain and names the first broken entry.
import { useEffect, useState } from 'preact/hooks';
import type { SectionProps } from '../App';
import { addMessages, fmtNumber, t } from '../i18n';
import { navigate, useLocation } from '../router';
import { ErrorBox, Loading, useAsync } from '../components/ui';
import { ActionError, Pager } from '../components/kit';
import { auditList, auditVerify, type AuditEntry, type AuditVerify } from './audit/api';
import './audit/audit.css';
import { AUDIT_SIZES, auditQuery, fmtAt, readAudit, writeAudit, type AuditState } from './audit/logic';

addMessages(
  {
    'audit.title': 'Log audit',
    'audit.intro': 'Setiap perubahan nilai, hasil, kotak talenta, kebijakan, mutasi, pansel dan akun tercatat di sini dan dirantai dengan hash: entri yang diubah, dihapus, atau diurutkan ulang terdeteksi.',
    'audit.total': '{n} entri',
    'audit.action': 'Aksi',
    'audit.action.hint': 'persis, mis. account.create',
    'audit.object': 'Objek (awalan)',
    'audit.object.hint': 'mis. committee:UK-2026 atau account:',
    'audit.actor': 'Pelaku',
    'audit.from': 'Dari tanggal',
    'audit.to': 'Sampai tanggal',
    'audit.apply': 'Terapkan',
    'audit.reset': 'Hapus filter',
    'audit.filters': 'Filter log audit',
    'audit.seq': 'No.',
    'audit.at': 'Waktu',
    'audit.change': 'Sebelum → sesudah',
    'audit.reason': 'Alasan',
    'audit.empty': 'Tidak ada entri yang cocok dengan filter.',
    'audit.none': '(kosong)',
    'audit.more': 'Tampilkan semua ({n} karakter)',
    'audit.verify': 'Periksa rantai',
    'audit.verifying': 'Memeriksa…',
    'audit.intact': 'Rantai utuh: {n} entri diperiksa, tidak ada yang diubah, dihapus, atau diurutkan ulang.',
    'audit.broken': 'Rantai rusak pada entri No. {seq} ({n} entri diperiksa): {why}.',
    'audit.why.hash': 'isi entri ini diubah setelah dicatat',
    'audit.why.prev': 'entri sebelumnya dihapus atau urutannya diubah',
    'audit.brokenHere': 'entri pertama yang rusak',
    'audit.filterObject': 'Saring objek ini',
  },
  {
    'audit.title': 'Audit log',
    'audit.intro': 'Every change to scores, results, talent boxes, policies, moves, committees and accounts is recorded here and hash-chained: an edited, deleted or reordered entry is detected.',
    'audit.total': '{n} entries',
    'audit.action': 'Action',
    'audit.action.hint': 'exact, e.g. account.create',
    'audit.object': 'Object (prefix)',
    'audit.object.hint': 'e.g. committee:UK-2026 or account:',
    'audit.actor': 'Actor',
    'audit.from': 'From date',
    'audit.to': 'To date',
    'audit.apply': 'Apply',
    'audit.reset': 'Clear filters',
    'audit.filters': 'Filter the audit log',
    'audit.seq': 'No.',
    'audit.at': 'Time',
    'audit.change': 'Before → after',
    'audit.reason': 'Reason',
    'audit.empty': 'No entries match the filters.',
    'audit.none': '(empty)',
    'audit.more': 'Show all ({n} characters)',
    'audit.verify': 'Verify the chain',
    'audit.verifying': 'Verifying…',
    'audit.intact': 'The chain is intact: {n} entries checked, none edited, deleted or reordered.',
    'audit.broken': 'The chain is broken at entry No. {seq} ({n} entries checked): {why}.',
    'audit.why.hash': 'this entry was edited after it was recorded',
    'audit.why.prev': 'the entry before it was deleted or the order was changed',
    'audit.brokenHere': 'first broken entry',
    'audit.filterObject': 'Filter this object',
  },
);

function Value({ v }: { v: string | null }) {
  if (v == null || v === '') return <span class="muted">{t('audit.none')}</span>;
  if (v.length <= 160) return <span class="mk-pre">{v}</span>;
  return (
    <details>
      <summary>
        <span class="mk-pre">{v.slice(0, 120)}…</span> <span class="small">{t('audit.more', { n: fmtNumber(v.length) })}</span>
      </summary>
      <pre class="mk-pre">{v}</pre>
    </details>
  );
}

function Verify({ onBroken }: { onBroken: (seq: number | null) => void }) {
  const [busy, setBusy] = useState(false);
  const [res, setRes] = useState<AuditVerify | null>(null);
  const [err, setErr] = useState<Error | null>(null);
  const run = async () => {
    setBusy(true);
    setErr(null);
    try {
      const r = await auditVerify();
      setRes(r);
      onBroken(r.intact ? null : r.broken_seq);
    } catch (e) {
      setErr(e as Error);
      setRes(null);
    } finally {
      setBusy(false);
    }
  };
  const why = (w: string | null) => {
    const k = `audit.why.${w ?? ''}`;
    const s = t(k);
    return s === k ? w ?? '' : s;
  };
  return (
    <div class="audit-verify">
      <button type="button" class="btn" data-testid="audit-verify" disabled={busy} onClick={run}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      {res ? (
        res.intact ? (
          <p class="alert alert-ok" role="status" data-testid="audit-verify-result" data-intact="true">
            ✔ {t('audit.intact', { n: fmtNumber(res.entries) })}
          </p>
        ) : (
          <p class="alert alert-error" role="alert" data-testid="audit-verify-result" data-intact="false">
            ✖ {t('audit.broken', { seq: String(res.broken_seq ?? '?'), n: fmtNumber(res.entries), why: why(res.why) })}
          </p>
        )
      ) : null}
      <ActionError error={err} testid="audit-verify-error" />
    </div>
  );
}

export default function Audit(_props: SectionProps) {
  const { search } = useLocation();
  const st = readAudit(search);
  const [draft, setDraft] = useState<AuditState>(st);
  const [broken, setBroken] = useState<number | null>(null);
  const key = JSON.stringify(st);
  useEffect(() => setDraft(st), [key]);
  const list = useAsync((s) => auditList(auditQuery(st), s), [key]);
  const go = (next: AuditState) => navigate(writeAudit(next), { replace: true });
  const field = (k: keyof AuditState, type = 'text', hint?: string) => (
    <div class="f">
      <label for={`audit-${k}`}>{t(`audit.${k}`)}</label>
      <input
        id={`audit-${k}`}
        type={type}
        data-testid={`audit-${k}`}
        value={String(draft[k])}
        aria-describedby={hint ? `audit-${k}-hint` : undefined}
        onInput={(e) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value })}
      />
      {hint ? <p class="hint" id={`audit-${k}-hint`}>{hint}</p> : null}
    </div>
  );
  const filtered = st.action || st.object || st.actor || st.from || st.to;
  const data = list.data;

  return (
    <div class="page" data-testid="page-audit">
      <div class="page-head">
        <h1>{t('audit.title')}</h1>
        {data ? <span class="muted" data-testid="audit-total">{t('audit.total', { n: fmtNumber(data.total) })}</span> : null}
      </div>
      <p class="muted">{t('audit.intro')}</p>
      <Verify onBroken={setBroken} />
      <form
        class="filters filters-wrap audit-filters"
        role="search"
        aria-label={t('audit.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...draft, page: 1 });
        }}
      >
        {field('action', 'text', t('audit.action.hint'))}
        {field('object', 'text', t('audit.object.hint'))}
        {field('actor')}
        {field('from', 'date')}
        {field('to', 'date')}
        <div class="f f-end">
          <button type="submit" class="btn btn-primary mk-nomargin" data-testid="audit-apply">{t('audit.apply')}</button>
        </div>
        {filtered ? (
          <div class="f f-end">
            <button type="button" class="btn btn-ghost" data-testid="audit-reset" onClick={() => go(readAudit(new URLSearchParams(`size=${st.size}`)))}>
              {t('audit.reset')}
            </button>
          </div>
        ) : null}
      </form>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-compact" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col" class="num">{t('audit.seq')}</th>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.object')}</th>
              <th scope="col" class="audit-change">{t('audit.change')}</th>
              <th scope="col" class="audit-reason">{t('audit.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((e: AuditEntry) => (
              <tr key={e.seq} data-testid="audit-row" data-seq={e.seq} class={broken === e.seq ? 'mk-row-err' : undefined}>
                <td class="num mono">
                  {e.seq}
                  {broken === e.seq ? <span class="sr-only"> ({t('audit.brokenHere')})</span> : null}
                </td>
                <td class="nowrap small">{fmtAt(e.at)}</td>
                <td>
                  <button type="button" class="th-sort" title={t('audit.actor')} onClick={() => go({ ...st, actor: e.actor, page: 1 })}>
                    {e.actor}
                  </button>
                </td>
                <td class="mono small">
                  <button type="button" class="th-sort mono" title={t('audit.action')} onClick={() => go({ ...st, action: e.action, page: 1 })}>
                    {e.action}
                  </button>
                </td>
                <td class="mono small">
                  <button type="button" class="th-sort mono" title={t('audit.filterObject')} onClick={() => go({ ...st, object: e.object, page: 1 })}>
                    {e.object}
                  </button>
                  <div class="audit-change-inline">
                    <Value v={e.before} /> → <Value v={e.after} />
                    {e.reason ? <div class="muted">{e.reason}</div> : null}
                  </div>
                </td>
                <td class="small audit-change">
                  <Value v={e.before} /> <span aria-hidden="true">→</span>
                  <span class="sr-only">→</span> <Value v={e.after} />
                </td>
                <td class="audit-reason small">{e.reason ?? <span class="muted">{t('app.none')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !data ? <Loading /> : null}
        {data && !data.items.length ? <p class="muted pad" data-testid="audit-empty">{t('audit.empty')}</p> : null}
      </div>
      <Pager
        total={data?.total ?? 0}
        page={st.page}
        size={st.size}
        onPage={(p) => go({ ...st, page: p })}
        sizes={AUDIT_SIZES}
        onSize={(n) => go({ ...st, size: n, page: 1 })}
      />
    </div>
  );
}
