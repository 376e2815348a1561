// Positions & SKJ (/jabatan): the agency's positions, paged and filtered by unit, jenjang, jenis
// and key position (state in the address); /jabatan/:code: one position, its requirements and
// its SKJ (competency standard levels), editable by BKPSDM staff (admin, operator).
import { useState } from 'preact/hooks';
import type { SectionProps } from '../App';
import { addMessages, fmtNumber, label, t } from '../i18n';
import { matchRoute, navigate, useLocation } from '../router';
import { UnitSelect } from '../components/UnitSelect';
import { Card, ErrorBox, Field, Link, Loading, useAsync } from '../components/ui';
import { Pager } from '../components/kit';
import { position, positions, type Position, type PositionQuery } from './positions/api';
import { readPage, readSize } from '../components/paging';
import { rowsOf } from './positions/skj';
import { SkjEditor } from './positions/SkjEditor';
import './positions/positions.css';

const JENJANG = [
  'jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas', 'pelaksana',
  'ahli_utama', 'ahli_madya', 'ahli_muda', 'ahli_pertama', 'penyelia', 'mahir', 'terampil', 'pemula',
];
const JENIS = ['struktural', 'fungsional', 'pelaksana'];
const SIZES = [25, 50, 100];

addMessages(
  {
    'pos.title': 'Jabatan & SKJ',
    'pos.total': '{n} jabatan',
    'pos.unit': 'Unit kerja',
    'pos.jenjang': 'Jenjang',
    'pos.jenis': 'Jenis jabatan',
    'pos.key': 'Jabatan kunci',
    'pos.key.true': 'Hanya jabatan kunci',
    'pos.key.false': 'Bukan jabatan kunci',
    'pos.all': 'Semua',
    'pos.reset': 'Hapus filter',
    'pos.code': 'Kode',
    'pos.name': 'Nama jabatan',
    'pos.kelas': 'Kelas',
    'pos.skjCount': 'SKJ',
    'pos.skjN': '{n} kompetensi',
    'pos.isKey': 'kunci',
    'pos.empty': 'Tidak ada jabatan yang cocok.',
    'pos.back': '← Semua jabatan',
    'pos.details': 'Data jabatan',
    'pos.eselon': 'Eselon',
    'pos.golongan': 'Golongan',
    'pos.education': 'Pendidikan minimal',
    'pos.educationField': 'Bidang pendidikan',
    'pos.training': 'Pelatihan',
    'pos.experience': 'Pengalaman minimal',
    'pos.years': '{n} tahun',
    'pos.yes': 'Ya',
    'pos.no': 'Tidak',
    'pos.skj': 'Standar kompetensi jabatan (SKJ)',
    'pos.skj.intro': 'Level standar (1–5) tiap kompetensi: acuan JPM pegawai yang diases untuk jabatan ini.',
    'pos.skj.none': 'Jabatan ini belum punya SKJ.',
    'pos.edit': 'Ubah SKJ',
    'pos.comp.code': 'Kode',
    'pos.comp.name': 'Kompetensi',
    'pos.comp.kind': 'Jenis',
    'pos.comp.level': 'Level',
    'pos.comp.unknownName': '(nama dari kamus setelah disimpan)',
    'pos.comp.pick': 'Kode kompetensi',
    'pos.jenisv.struktural': 'Struktural',
    'pos.jenisv.fungsional': 'Fungsional',
    'pos.jenisv.pelaksana': 'Pelaksana',
    'pos.kind.manajerial': 'Manajerial',
    'pos.kind.sosial_kultural': 'Sosial kultural',
    'pos.kind.teknis': 'Teknis',
    'pos.kind.auto': '(ditentukan server)',
    'pos.levelOf': 'Level {code}',
    'pos.remove': 'Hapus',
    'pos.removeOf': 'Hapus {code} dari SKJ',
    'pos.add': 'Tambah kompetensi',
    'pos.addBtn': 'Tambah',
    'pos.ref.loading': 'Memuat daftar kompetensi…',
    'pos.ref.failed': 'Daftar kompetensi tidak termuat; kode tetap bisa diketik.',
    'pos.ref.hint': 'Pilihan: {n} kode kompetensi yang dipakai SKJ jabatan instansi ini (belum ada endpoint kamus kompetensi). Kode lain boleh diketik; server memeriksanya terhadap kamus nasional dan daftar kompetensi teknis instansi.',
    'pos.save': 'Simpan SKJ',
    'pos.undo': 'Batalkan perubahan',
    'pos.close': 'Tutup editor',
    'pos.saved': 'SKJ disimpan dan dicatat di log audit.',
    'pos.unchanged': 'Tidak ada yang berubah.',
    'pos.fixRows': 'Perbaiki baris yang ditandai sebelum menyimpan.',
    'pos.err.empty': 'SKJ minimal memuat satu kompetensi.',
    'pos.err.code': 'Isi kode kompetensi.',
    'pos.err.dup': 'Kompetensi ini sudah ada di baris lain.',
    'pos.err.level': 'Level harus 1–5.',
    'pos.err.already': '{code} sudah ada di SKJ.',
  },
  {
    'pos.title': 'Positions & SKJ',
    'pos.total': '{n} positions',
    'pos.unit': 'Unit',
    'pos.jenjang': 'Level (jenjang)',
    'pos.jenis': 'Position type',
    'pos.key': 'Key position',
    'pos.key.true': 'Key positions only',
    'pos.key.false': 'Not key positions',
    'pos.all': 'All',
    'pos.reset': 'Clear filters',
    'pos.code': 'Code',
    'pos.name': 'Position',
    'pos.kelas': 'Class',
    'pos.skjCount': 'SKJ',
    'pos.skjN': '{n} competencies',
    'pos.isKey': 'key',
    'pos.empty': 'No positions match.',
    'pos.back': '← All positions',
    'pos.details': 'Position',
    'pos.eselon': 'Eselon',
    'pos.golongan': 'Golongan',
    'pos.education': 'Minimum education',
    'pos.educationField': 'Field of study',
    'pos.training': 'Training',
    'pos.experience': 'Minimum experience',
    'pos.years': '{n} years',
    'pos.yes': 'Yes',
    'pos.no': 'No',
    'pos.skj': 'Position competency standard (SKJ)',
    'pos.skj.intro': "Each competency's standard level (1–5): what an assessed employee's JPM for this position is measured against.",
    'pos.skj.none': 'This position has no SKJ yet.',
    'pos.edit': 'Edit SKJ',
    'pos.comp.code': 'Code',
    'pos.comp.name': 'Competency',
    'pos.comp.kind': 'Kind',
    'pos.comp.level': 'Level',
    'pos.comp.unknownName': '(name from the dictionary once saved)',
    'pos.comp.pick': 'Competency code',
    'pos.jenisv.struktural': 'Structural',
    'pos.jenisv.fungsional': 'Functional',
    'pos.jenisv.pelaksana': 'Staff (pelaksana)',
    'pos.kind.manajerial': 'Managerial',
    'pos.kind.sosial_kultural': 'Socio-cultural',
    'pos.kind.teknis': 'Technical',
    'pos.kind.auto': '(set by the server)',
    'pos.levelOf': 'Level of {code}',
    'pos.remove': 'Remove',
    'pos.removeOf': 'Remove {code} from the SKJ',
    'pos.add': 'Add a competency',
    'pos.addBtn': 'Add',
    'pos.ref.loading': 'Loading the competency list…',
    'pos.ref.failed': 'The competency list did not load; codes can still be typed.',
    'pos.ref.hint': "Choices: the {n} competency codes used by this agency's position SKJs (there is no competency dictionary endpoint yet). Other codes may be typed; the server checks them against the national dictionary and the agency's technical competencies.",
    'pos.save': 'Save SKJ',
    'pos.undo': 'Undo changes',
    'pos.close': 'Close the editor',
    'pos.saved': 'SKJ saved and recorded in the audit log.',
    'pos.unchanged': 'Nothing changed.',
    'pos.fixRows': 'Fix the marked rows before saving.',
    'pos.err.empty': 'An SKJ lists at least one competency.',
    'pos.err.code': 'Enter a competency code.',
    'pos.err.dup': 'This competency is already on another row.',
    'pos.err.level': 'The level must be 1–5.',
    'pos.err.already': '{code} is already in the SKJ.',
  },
);

function readQ(s: URLSearchParams) {
  const key = s.get('key');
  return {
    unit: s.get('unit') ?? '',
    jenjang: s.get('jenjang') ?? '',
    jenis: JENIS.includes(s.get('jenis') ?? '') ? s.get('jenis')! : '',
    key: key === 'true' || key === 'false' ? key : '',
    page: readPage(s.get('page')),
    size: readSize(s.get('size'), SIZES, 50),
  };
}
type Q = ReturnType<typeof readQ>;
function writeQ(q: Q) {
  const p = new URLSearchParams();
  for (const k of ['unit', 'jenjang', 'jenis', 'key'] as const) if (q[k]) p.set(k, q[k]);
  if (q.page > 1) p.set('page', String(q.page));
  if (q.size !== 50) p.set('size', String(q.size));
  const s = p.toString();
  navigate(`/jabatan${s ? `?${s}` : ''}`, { replace: true });
}

function PositionList() {
  const { search } = useLocation();
  const st = readQ(search);
  const query: PositionQuery = {
    unit: st.unit || undefined,
    jenjang: st.jenjang || undefined,
    jenis: st.jenis || undefined,
    key: (st.key || undefined) as PositionQuery['key'],
    limit: st.size,
    offset: (st.page - 1) * st.size,
  };
  const k = JSON.stringify(query);
  const list = useAsync((s) => positions(query, s), [k]);
  const set = (patch: Partial<Q>) => writeQ({ ...st, page: 1, ...patch });
  const sel = (id: keyof Q, opts: Array<[string, string]>) => (
    <select id={`pos-${id}`} data-testid={`pos-${id}`} value={String(st[id])} onChange={(e) => set({ [id]: (e.currentTarget as HTMLSelectElement).value })}>
      <option value="">{t('pos.all')}</option>
      {opts.map(([v, l]) => <option value={v} key={v}>{l}</option>)}
    </select>
  );
  const data = list.data;
  return (
    <div class="page" data-testid="page-positions">
      <div class="page-head">
        <h1>{t('pos.title')}</h1>
        {data ? <span class="muted" data-testid="pos-total">{t('pos.total', { n: fmtNumber(data.total) })}</span> : null}
      </div>
      <div class="filters filters-wrap" role="search">
        <div class="f">
          <label for="pos-unit">{t('pos.unit')}</label>
          <UnitSelect id="pos-unit" testid="pos-unit" value={st.unit} onChange={(v) => set({ unit: v })} allLabel={t('pos.all')} />
        </div>
        <div class="f">
          <label for="pos-jenjang">{t('pos.jenjang')}</label>
          {sel('jenjang', JENJANG.map((j) => [j, label('jenjang', j)]))}
        </div>
        <div class="f">
          <label for="pos-jenis">{t('pos.jenis')}</label>
          {sel('jenis', JENIS.map((j) => [j, label('pos.jenisv', j)]))}
        </div>
        <div class="f">
          <label for="pos-key">{t('pos.key')}</label>
          {sel('key', [['true', t('pos.key.true')], ['false', t('pos.key.false')]])}
        </div>
        {st.unit || st.jenjang || st.jenis || st.key ? (
          <div class="f f-end">
            <button type="button" class="btn btn-ghost" onClick={() => writeQ({ ...readQ(new URLSearchParams()), size: st.size })}>{t('pos.reset')}</button>
          </div>
        ) : null}
      </div>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-hover" data-testid="pos-table">
          <thead>
            <tr>
              <th scope="col">{t('pos.code')}</th>
              <th scope="col">{t('pos.name')}</th>
              <th scope="col">{t('pos.jenjang')}</th>
              <th scope="col" class="hide-sm">{t('pos.unit')}</th>
              <th scope="col" class="num hide-sm">{t('pos.kelas')}</th>
              <th scope="col" class="num">{t('pos.skjCount')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((p) => (
              <tr key={p.code} data-testid="pos-row">
                <td class="mono nowrap">{p.code}</td>
                <td>
                  <Link href={`/jabatan/${encodeURIComponent(p.code)}`}>{p.name}</Link>
                  {p.is_key ? <> <span class="badge badge-warn small">{t('pos.isKey')}</span></> : null}
                  <div class="muted small">{label('pos.jenisv', p.jenis)}{p.eselon ? ` · ${p.eselon}` : ''}</div>
                </td>
                <td>{label('jenjang', p.jenjang)}</td>
                <td class="hide-sm">{p.unit_name}</td>
                <td class="num hide-sm">{p.kelas_jabatan ?? t('app.none')}</td>
                <td class="num">{p.skj.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !data ? <Loading /> : null}
        {data && !data.items.length ? <p class="muted pad">{t('pos.empty')}</p> : null}
      </div>
      <Pager total={data?.total ?? 0} page={st.page} size={st.size} onPage={(p) => writeQ({ ...st, page: p })} sizes={SIZES} onSize={(n) => set({ size: n })} />
    </div>
  );
}

function SkjTable({ p }: { p: Position }) {
  const rows = rowsOf(p.skj);
  if (!rows.length) return <p class="muted">{t('pos.skj.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="table table-compact" data-testid="skj-table">
        <thead>
          <tr>
            <th scope="col">{t('pos.comp.code')}</th>
            <th scope="col">{t('pos.comp.name')}</th>
            <th scope="col">{t('pos.comp.kind')}</th>
            <th scope="col" class="num">{t('pos.comp.level')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-testid="skj-row" data-code={r.code}>
              <td class="mono">{r.code}</td>
              <td>{r.name}</td>
              <td>{label('pos.kind', r.kind)}</td>
              <td class="num">
                <span class="pos-level" aria-label={`${t('pos.comp.level')} ${r.level}`}>
                  {[1, 2, 3, 4, 5].map((l) => <span key={l} class={l <= r.level ? 'on' : ''} aria-hidden="true" />)}
                  <strong>{r.level}</strong>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PositionPage({ code, canEdit }: { code: string; canEdit: boolean }) {
  const res = useAsync((s) => position(code, s), [code]);
  const [editing, setEditing] = useState(false);
  const [fresh, setFresh] = useState<Position | null>(null);
  const p = fresh && fresh.code === code ? fresh : res.data;
  if (res.error) return <div class="page"><Link href="/jabatan">{t('pos.back')}</Link><ErrorBox error={res.error} onRetry={res.reload} /></div>;
  if (!p) return <Loading />;
  const gol = p.golongan_min || p.golongan_max ? `${p.golongan_min ?? '…'} – ${p.golongan_max ?? '…'}` : t('app.none');
  return (
    <div class="page" data-testid="page-position">
      <p><Link href="/jabatan">{t('pos.back')}</Link></p>
      <div class="page-head">
        <h1>
          {p.name} {p.is_key ? <span class="badge badge-warn">{t('pos.isKey')}</span> : null}
        </h1>
        <span class="mono muted">{p.code}</span>
      </div>
      <div class={editing ? 'pos-stack' : 'grid-2'}>
        <Card title={t('pos.details')} testid="pos-details">
          <dl class="kvs">
            <Field label={t('pos.unit')}>{p.unit_name} <span class="muted mono small">{p.unit_code}</span></Field>
            <Field label={t('pos.jenis')}>{label('pos.jenisv', p.jenis)}</Field>
            <Field label={t('pos.jenjang')}>{label('jenjang', p.jenjang)}</Field>
            <Field label={t('pos.eselon')}>{p.eselon ?? t('app.none')}</Field>
            <Field label={t('pos.kelas')}>{p.kelas_jabatan ?? t('app.none')}</Field>
            <Field label={t('pos.golongan')}>{gol}</Field>
            <Field label={t('pos.education')}>{p.education_min ?? t('app.none')}</Field>
            <Field label={t('pos.educationField')}>{p.education_field ?? t('app.none')}</Field>
            <Field label={t('pos.training')}>{p.training_req ?? t('app.none')}</Field>
            <Field label={t('pos.experience')}>{p.experience_years != null ? t('pos.years', { n: p.experience_years }) : t('app.none')}</Field>
          </dl>
        </Card>
        <Card title={t('pos.skj')} testid="pos-skj">
          <p class="hint">{t('pos.skj.intro')}</p>
          {editing ? (
            <SkjEditor pos={p} onSaved={(np) => setFresh(np)} onCancel={() => setEditing(false)} />
          ) : (
            <>
              <SkjTable p={p} />
              {canEdit ? (
                <button type="button" class="btn btn-primary" data-testid="skj-edit" onClick={() => setEditing(true)}>{t('pos.edit')}</button>
              ) : null}
            </>
          )}
        </Card>
      </div>
    </div>
  );
}

export default function Positions({ path, me }: SectionProps) {
  const m = matchRoute('/jabatan/:code', path);
  const canEdit = me.role === 'super_admin' || me.role === 'admin' || me.role === 'operator';
  if (m) return <PositionPage code={m.code} canEdit={canEdit} />;
  return <PositionList />;
}
