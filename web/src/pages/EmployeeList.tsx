import { useEffect, useState } from 'preact/hooks';
import { employees, type EmployeeQuery, type Query } from '../api';
import { fmtDate, fmtNumber, label, t } from '../i18n';
import { formatNip } from '../nip';
import { navigate, useLocation } from '../router';
import { ExportLinks } from '../components/ExportLinks';
import { UnitSelect } from '../components/UnitSelect';
import { ErrorBox, Link, Loading, useAsync, useDebounced } from '../components/ui';

export const JENJANG = [
  'jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas', 'pelaksana',
  'ahli_utama', 'ahli_madya', 'ahli_muda', 'ahli_pertama', 'penyelia', 'mahir', 'terampil', 'pemula',
];
export const GOLONGAN = [
  'I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
  // PPPK grades
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
];
export const STATUS = ['PNS', 'CPNS', 'PPPK'];
const PAGE_SIZES = [25, 50, 100];
type SortKey = 'name' | 'nip' | 'birth_date' | 'golongan';

/** The list's state lives in the address (?q=&unit=&...&sort=&page=), so back/reload keep it. */
function readQuery(s: URLSearchParams) {
  return {
    q: s.get('q') ?? '',
    unit: s.get('unit') ?? '',
    jenjang: s.get('jenjang') ?? '',
    golongan: s.get('golongan') ?? '',
    status: s.get('status') ?? '',
    sort: s.get('sort') ?? 'name',
    page: Math.max(1, parseInt(s.get('page') ?? '1', 10) || 1),
    size: PAGE_SIZES.includes(parseInt(s.get('size') ?? '', 10)) ? parseInt(s.get('size')!, 10) : 50,
  };
}
type State = ReturnType<typeof readQuery>;

function writeQuery(st: State) {
  const p = new URLSearchParams();
  if (st.q) p.set('q', st.q);
  if (st.unit) p.set('unit', st.unit);
  if (st.jenjang) p.set('jenjang', st.jenjang);
  if (st.golongan) p.set('golongan', st.golongan);
  if (st.status) p.set('status', st.status);
  if (st.sort && st.sort !== 'name') p.set('sort', st.sort);
  if (st.page > 1) p.set('page', String(st.page));
  if (st.size !== 50) p.set('size', String(st.size));
  const qs = p.toString();
  navigate(`/pegawai${qs ? `?${qs}` : ''}`, { replace: true });
}

export default function EmployeeList() {
  const { search } = useLocation();
  const st = readQuery(search);
  const [q, setQ] = useState(st.q);
  const dq = useDebounced(q, 300);
  useEffect(() => {
    if (dq !== st.q) writeQuery({ ...st, q: dq, page: 1 });
  }, [dq]);

  const query: EmployeeQuery = {
    q: st.q || undefined,
    unit: st.unit || undefined,
    jenjang: st.jenjang || undefined,
    golongan: st.golongan || undefined,
    status: st.status || undefined,
    sort: st.sort,
    limit: st.size,
    offset: (st.page - 1) * st.size,
  };
  const key = JSON.stringify(query);
  const list = useAsync((s) => employees(query, s), [key]);
  const set = (patch: Partial<State>) => writeQuery({ ...st, page: 1, ...patch });

  const sortBy = (k: SortKey) => set({ sort: st.sort === k ? `-${k}` : k });
  const ariaSort = (k: SortKey) => (st.sort === k ? 'ascending' : st.sort === `-${k}` ? 'descending' : undefined);
  const arrow = (k: SortKey) => (st.sort === k ? ' ▲' : st.sort === `-${k}` ? ' ▼' : '');
  const sortTh = (k: SortKey, children: string) => (
    <th scope="col" aria-sort={ariaSort(k)}>
      <button type="button" class="th-sort" data-testid={`sort-${k}`} onClick={() => sortBy(k)} title={t('emp.sortBy', { col: children })}>
        {children}
        <span aria-hidden="true">{arrow(k)}</span>
      </button>
    </th>
  );

  const data = list.data;
  const total = data?.total ?? 0;
  const from = total ? (st.page - 1) * st.size + 1 : 0;
  const to = Math.min(total, st.page * st.size);
  const pages = Math.max(1, Math.ceil(total / st.size));
  const filtered = st.q || st.unit || st.jenjang || st.golongan || st.status;

  return (
    <div class="page" data-testid="page-employees">
      <div class="page-head">
        <h1>{t('emp.title')}</h1>
        {data ? <span class="muted" data-testid="emp-total">{t('emp.total', { n: fmtNumber(total) })}</span> : null}
        <ExportLinks path="/employees" query={query as unknown as Query} />
      </div>
      <form class="filters filters-wrap" role="search" onSubmit={(e) => { e.preventDefault(); set({ q }); }}>
        <div class="f">
          <label for="emp-q">{t('emp.search')}</label>
          <input id="emp-q" type="search" data-testid="emp-q" value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="f">
          <label for="emp-unit">{t('emp.unit')}</label>
          <UnitSelect id="emp-unit" testid="emp-unit" value={st.unit} onChange={(v) => set({ unit: v })} allLabel={t('emp.all')} />
        </div>
        <div class="f">
          <label for="emp-jenjang">{t('emp.jenjang')}</label>
          <select id="emp-jenjang" data-testid="emp-jenjang" value={st.jenjang} onChange={(e) => set({ jenjang: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('emp.all')}</option>
            {JENJANG.map((j) => <option value={j} key={j}>{label('jenjang', j)}</option>)}
          </select>
        </div>
        <div class="f">
          <label for="emp-golongan">{t('emp.golongan')}</label>
          <select id="emp-golongan" data-testid="emp-golongan" value={st.golongan} onChange={(e) => set({ golongan: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('emp.all')}</option>
            {GOLONGAN.map((g) => <option value={g} key={g}>{g}</option>)}
          </select>
        </div>
        <div class="f">
          <label for="emp-status">{t('emp.status')}</label>
          <select id="emp-status" data-testid="emp-status" value={st.status} onChange={(e) => set({ status: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('emp.all')}</option>
            {STATUS.map((s) => <option value={s} key={s}>{s}</option>)}
          </select>
        </div>
        {filtered ? (
          <div class="f f-end">
            <button type="button" class="btn btn-ghost" onClick={() => { setQ(''); writeQuery({ ...readQuery(new URLSearchParams()), sort: st.sort, size: st.size }); }}>
              {t('emp.reset')}
            </button>
          </div>
        ) : null}
      </form>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-hover" data-testid="emp-table">
          <thead>
            <tr>
              {sortTh('nip', t('emp.nip'))}
              {sortTh('name', t('emp.name'))}
              <th scope="col">{t('emp.position')}</th>
              <th scope="col" class="hide-sm">{t('emp.unit')}</th>
              {sortTh('golongan', t('emp.golongan'))}
              {sortTh('birth_date', t('emp.birth'))}
              <th scope="col" class="hide-sm">{t('emp.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((e) => (
              <tr key={e.nip} data-testid="emp-row">
                <td class="mono nowrap">{formatNip(e.nip)}</td>
                <td>
                  <Link href={`/pegawai/${e.nip}`}>
                    {[e.gelar_depan, e.name].filter(Boolean).join(' ')}
                    {e.gelar_belakang ? `, ${e.gelar_belakang}` : ''}
                  </Link>
                </td>
                <td>{e.position_name ?? t('app.none')}{e.jenjang ? <span class="muted small"> · {label('jenjang', e.jenjang)}</span> : null}</td>
                <td class="hide-sm">{e.unit_name ?? t('app.none')}</td>
                <td class="nowrap">{e.golongan ?? t('app.none')}</td>
                <td class="nowrap">{fmtDate(e.birth_date)}</td>
                <td class="hide-sm">{e.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !data ? <Loading /> : null}
        {data && !data.items.length ? <p class="muted pad">{t('emp.empty')}</p> : null}
      </div>
      <nav class="pager" aria-label={t('emp.pager')} data-testid="pager">
        <button type="button" class="btn" data-testid="page-prev" disabled={st.page <= 1} onClick={() => writeQuery({ ...st, page: st.page - 1 })}>
          ← {t('emp.prev')}
        </button>
        <span aria-live="polite" data-testid="page-range">{t('emp.range', { from: fmtNumber(from), to: fmtNumber(to), total: fmtNumber(total) })}</span>
        <button type="button" class="btn" data-testid="page-next" disabled={st.page >= pages} onClick={() => writeQuery({ ...st, page: st.page + 1 })}>
          {t('emp.next')} →
        </button>
        <label class="f-inline">
          {t('emp.perPage')}{' '}
          <select value={String(st.size)} onChange={(e) => set({ size: parseInt((e.currentTarget as HTMLSelectElement).value, 10) })}>
            {PAGE_SIZES.map((n) => <option value={String(n)} key={n}>{n}</option>)}
          </select>
        </label>
      </nav>
    </div>
  );
}
