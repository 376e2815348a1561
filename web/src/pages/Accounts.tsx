// Accounts (/pengguna, admin and super admin): the agency's accounts with role, linked NIP or
// assessor code, disabled/locked state; create an account; per account: disable/enable (also
// lifts a lockout), reset the password, give a committee account its seat on a committee.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Role } from '../api';
import type { SectionProps } from '../App';
import { addMessages, fmtDate, fmtNumber, t } from '../i18n';
import { formatNip } from '../nip';
import { ErrorBox, Link, Loading, useAsync } from '../components/ui';
import { ActionError, Ok, TextField } from '../components/kit';
import { accounts, createAccount, type Account } from './accounts/api';
import { AccountActions } from './accounts/AccountActions';
import { accountLink, accountState, checkDraft, creatableRoles, EMPTY_DRAFT, type AccountDraft } from './accounts/logic';

addMessages(
  {
    'acc.title': 'Pengguna',
    'acc.total': '{n} akun',
    'acc.new': 'Buat akun',
    'acc.newTitle': 'Akun baru',
    'acc.newHint': 'Pemilik akun wajib mengganti kata sandi ini saat pertama masuk.',
    'acc.username': 'Nama pengguna',
    'acc.username.hint': '3–63 karakter: huruf kecil, angka, titik, minus, garis bawah',
    'acc.displayName': 'Nama tampilan',
    'acc.role': 'Peran',
    'acc.password': 'Kata sandi awal',
    'acc.password2': 'Ulangi kata sandi',
    'acc.pwRules': 'Minimal 10 karakter, tidak sama dengan nama pengguna.',
    'acc.employeeNip': 'NIP pegawai',
    'acc.employeeNip.hint': 'Akun pegawai hanya melihat profil dan hasilnya sendiri.',
    'acc.assessorCode': 'Kode asesor',
    'acc.assessorCode.hint': 'Kode asesor di daftar asesor, mis. LAPN-01.',
    'acc.create': 'Buat akun',
    'acc.created': 'Akun {u} dibuat.',
    'acc.cancel': 'Tutup',
    'acc.choose': '— pilih —',
    'acc.search': 'Cari (nama pengguna atau nama)',
    'acc.allRoles': 'Semua peran',
    'acc.col.user': 'Nama pengguna',
    'acc.col.name': 'Nama',
    'acc.col.link': 'Tertaut ke',
    'acc.col.state': 'Status',
    'acc.col.created': 'Dibuat',
    'acc.col.tenant': 'Instansi',
    'acc.col.actions': 'Tindakan',
    'acc.state.active': 'Aktif',
    'acc.state.disabled': 'Nonaktif',
    'acc.state.locked': 'Terkunci',
    'acc.lockedUntil': 'terkunci sampai {t}',
    'acc.mustChange': 'wajib ganti sandi',
    'acc.linkNip': 'NIP',
    'acc.linkAssessor': 'Asesor',
    'acc.manage': 'Kelola',
    'acc.close': 'Tutup',
    'acc.empty': 'Tidak ada akun yang cocok.',
    'acc.status': 'Status akun',
    'acc.disable': 'Nonaktifkan',
    'acc.disableQ': 'Nonaktifkan akun {u}? Semua sesinya diakhiri dan ia tidak bisa masuk sampai diaktifkan lagi.',
    'acc.enable': 'Aktifkan',
    'acc.unlock': 'Buka kunci',
    'acc.notSelf': 'Akun Anda sendiri tidak bisa dinonaktifkan.',
    'acc.resetTitle': 'Atur ulang kata sandi',
    'acc.newPassword': 'Kata sandi baru',
    'acc.repeatPassword': 'Ulangi kata sandi baru',
    'acc.reset': 'Atur ulang',
    'acc.resetDone': 'Kata sandi {u} diatur ulang; wajib diganti saat masuk berikutnya.',
    'acc.seatTitle': 'Kursi di pansel',
    'acc.seatHint': 'Akun anggota pansel hanya melihat pansel tempat ia duduk, dan bertindak sebagai anggota itu.',
    'acc.committee': 'Pansel',
    'acc.member': 'Anggota',
    'acc.seat': 'Berikan kursi',
    'acc.seatDone': '{u} kini duduk di pansel {c} sebagai anggota {m}.',
    'acc.final': 'final',
    'acc.seatRole.chair': 'ketua',
    'acc.seatRole.secretary': 'sekretaris',
    'acc.seatRole.member': 'anggota',
    'acc.otherTenant': 'akun instansi lain: kelola dari instansinya',
    'acc.err.required': 'Wajib diisi.',
    'acc.err.username': '3–63 karakter: huruf kecil, angka, titik, minus atau garis bawah; diawali huruf atau angka.',
    'acc.err.short': 'Minimal 10 karakter.',
    'acc.err.long': 'Paling banyak 256 karakter.',
    'acc.err.sameAsUser': 'Tidak boleh sama dengan nama pengguna.',
    'acc.err.mismatch': 'Kedua kata sandi tidak sama.',
    'acc.err.nip': 'NIP tidak sah (18 angka dengan tanggal lahir, TMT, dan jenis kelamin yang benar).',
    'acc.fixErrors': 'Periksa isian yang ditandai.',
  },
  {
    'acc.title': 'Accounts',
    'acc.total': '{n} accounts',
    'acc.new': 'Create account',
    'acc.newTitle': 'New account',
    'acc.newHint': 'The account holder must change this password at first sign-in.',
    'acc.username': 'Username',
    'acc.username.hint': '3–63 characters: lower-case letters, digits, dot, minus, underscore',
    'acc.displayName': 'Display name',
    'acc.role': 'Role',
    'acc.password': 'Initial password',
    'acc.password2': 'Repeat the password',
    'acc.pwRules': 'At least 10 characters, not the username.',
    'acc.employeeNip': 'Employee NIP',
    'acc.employeeNip.hint': 'An employee account sees only its own profile and results.',
    'acc.assessorCode': 'Assessor code',
    'acc.assessorCode.hint': 'The code in the assessor roster, e.g. LAPN-01.',
    'acc.create': 'Create account',
    'acc.created': 'Account {u} created.',
    'acc.cancel': 'Close',
    'acc.choose': '— choose —',
    'acc.search': 'Search (username or name)',
    'acc.allRoles': 'All roles',
    'acc.col.user': 'Username',
    'acc.col.name': 'Name',
    'acc.col.link': 'Linked to',
    'acc.col.state': 'State',
    'acc.col.created': 'Created',
    'acc.col.tenant': 'Agency',
    'acc.col.actions': 'Actions',
    'acc.state.active': 'Active',
    'acc.state.disabled': 'Disabled',
    'acc.state.locked': 'Locked',
    'acc.lockedUntil': 'locked until {t}',
    'acc.mustChange': 'must change password',
    'acc.linkNip': 'NIP',
    'acc.linkAssessor': 'Assessor',
    'acc.manage': 'Manage',
    'acc.close': 'Close',
    'acc.empty': 'No accounts match.',
    'acc.status': 'Account state',
    'acc.disable': 'Disable',
    'acc.disableQ': 'Disable the account {u}? All its sessions end and it cannot sign in until enabled again.',
    'acc.enable': 'Enable',
    'acc.unlock': 'Unlock',
    'acc.notSelf': 'You cannot disable your own account.',
    'acc.resetTitle': 'Reset the password',
    'acc.newPassword': 'New password',
    'acc.repeatPassword': 'Repeat the new password',
    'acc.reset': 'Reset',
    'acc.resetDone': 'The password of {u} was reset; it must be changed at the next sign-in.',
    'acc.seatTitle': 'Committee seat',
    'acc.seatHint': 'A committee account sees only the committees it sits on, and acts as that member.',
    'acc.committee': 'Committee',
    'acc.member': 'Member',
    'acc.seat': 'Give the seat',
    'acc.seatDone': '{u} now sits on committee {c} as member {m}.',
    'acc.final': 'final',
    'acc.seatRole.chair': 'chair',
    'acc.seatRole.secretary': 'secretary',
    'acc.seatRole.member': 'member',
    'acc.otherTenant': "another agency's account: manage it from its agency",
    'acc.err.required': 'Required.',
    'acc.err.username': '3–63 characters: lower-case letters, digits, dot, minus or underscore; starting with a letter or digit.',
    'acc.err.short': 'At least 10 characters.',
    'acc.err.long': 'At most 256 characters.',
    'acc.err.sameAsUser': 'Must not be the username.',
    'acc.err.mismatch': 'The two passwords differ.',
    'acc.err.nip': 'Not a valid NIP (18 digits with a correct birth date, TMT and sex).',
    'acc.fixErrors': 'Check the marked fields.',
  },
);

function CreateForm({ actor, onCreated, onClose }: { actor: Role; onCreated: (u: string) => void; onClose: () => void }) {
  const [d, setD] = useState<AccountDraft>(EMPTY_DRAFT);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Error | null>(null);
  const problems = checkDraft(d);
  const fe = (k: string) => (tried && problems[k] ? t(problems[k]) : null);
  const set = (k: keyof AccountDraft) => (v: string) => setD({ ...d, [k]: v });
  return (
    <section class="card" data-testid="acc-create" aria-labelledby="acc-create-h">
      <h2 id="acc-create-h">{t('acc.newTitle')}</h2>
      <p class="hint">{t('acc.newHint')}</p>
      <form
        class="mk-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setTried(true);
          setErr(null);
          if (Object.keys(problems).length) return;
          setBusy(true);
          try {
            const r = await createAccount({
              username: d.username,
              display_name: d.display_name.trim(),
              role: d.role as Role,
              password: d.password,
              employee_nip: d.role === 'employee' ? d.employee_nip.replace(/\s+/g, '') : undefined,
              assessor_code: d.role === 'assessor' ? d.assessor_code.trim() : undefined,
            });
            setD(EMPTY_DRAFT);
            setTried(false);
            onCreated(r.username);
          } catch (x) {
            setErr(x as Error);
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextField id="acc-username" label={t('acc.username')} required value={d.username} onInput={set('username')} error={fe('username')} hint={t('acc.username.hint')} testid="acc-username" autocomplete="off" />
        <TextField id="acc-display" label={t('acc.displayName')} required value={d.display_name} onInput={set('display_name')} error={fe('display_name')} testid="acc-display" />
        <div class="f">
          <label for="acc-role">{t('acc.role')}<span aria-hidden="true"> *</span></label>
          <select id="acc-role" data-testid="acc-role" value={d.role} aria-invalid={fe('role') ? true : undefined} onChange={(e) => set('role')((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('acc.choose')}</option>
            {creatableRoles(actor).map((r) => <option value={r} key={r}>{t(`role.${r}`)}</option>)}
          </select>
          {fe('role') ? <p class="mk-field-err">{fe('role')}</p> : null}
        </div>
        {d.role === 'employee' ? (
          <TextField id="acc-nip" label={t('acc.employeeNip')} required value={d.employee_nip} onInput={set('employee_nip')} error={fe('employee_nip')} hint={t('acc.employeeNip.hint')} testid="acc-nip" />
        ) : null}
        {d.role === 'assessor' ? (
          <TextField id="acc-assessor" label={t('acc.assessorCode')} required value={d.assessor_code} onInput={set('assessor_code')} error={fe('assessor_code')} hint={t('acc.assessorCode.hint')} testid="acc-assessor" />
        ) : null}
        <TextField id="acc-password" type="password" autocomplete="new-password" label={t('acc.password')} required value={d.password} onInput={set('password')} error={fe('password')} hint={t('acc.pwRules')} testid="acc-password" />
        <TextField id="acc-password2" type="password" autocomplete="new-password" label={t('acc.password2')} required value={d.password2} onInput={set('password2')} error={fe('password2')} testid="acc-password2" />
        <div class="f f-end">
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="acc-create-submit">{t('acc.create')}</button>
        </div>
        <div class="f f-end">
          <button type="button" class="btn btn-ghost" onClick={onClose}>{t('acc.cancel')}</button>
        </div>
      </form>
      {tried && Object.keys(problems).length ? <p class="mk-field-err" role="alert">{t('acc.fixErrors')}</p> : null}
      <ActionError error={err} testid="acc-create-error" />
    </section>
  );
}

function StateBadge({ a }: { a: Account }) {
  const s = accountState(a);
  return (
    <span>
      <span class={`badge mk-st mk-st-${s === 'active' ? 'ok' : s}`} data-testid="acc-state" data-state={s}>{t(`acc.state.${s}`)}</span>
      {s === 'locked' && a.locked_until ? <span class="muted small"> {t('acc.lockedUntil', { t: a.locked_until.replace('T', ' ').replace('Z', ' UTC') })}</span> : null}
      {a.must_change_password ? <> <span class="badge mk-st-warn small">{t('acc.mustChange')}</span></> : null}
    </span>
  );
}

export default function Accounts({ me }: SectionProps) {
  const list = useAsync((s) => accounts(s), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const items = (list.data?.items ?? []).filter((a) => {
    if (role && a.role !== role) return false;
    const s = q.trim().toLowerCase();
    return !s || a.username.includes(s) || a.display_name.toLowerCase().includes(s);
  });
  const multiTenant = new Set((list.data?.items ?? []).map((a) => a.tenant)).size > 1;
  const cols = multiTenant ? 7 : 6;

  return (
    <div class="page" data-testid="page-accounts">
      <div class="page-head">
        <h1>{t('acc.title')}</h1>
        {list.data ? <span class="muted" data-testid="acc-total">{t('acc.total', { n: fmtNumber(list.data.total) })}</span> : null}
        <span class="spacer" />
        {!creating ? (
          <button type="button" class="btn btn-primary mk-nomargin" data-testid="acc-new" onClick={() => { setCreating(true); setCreated(null); }}>
            {t('acc.new')}
          </button>
        ) : null}
      </div>
      {creating ? (
        <CreateForm
          actor={me.role}
          onClose={() => setCreating(false)}
          onCreated={(u) => {
            setCreated(u);
            setCreating(false);
            setOpen(u);
            list.reload();
          }}
        />
      ) : null}
      {created ? <Ok testid="acc-created">{t('acc.created', { u: created })}</Ok> : null}
      <div class="filters filters-wrap" role="search">
        <div class="f">
          <label for="acc-q">{t('acc.search')}</label>
          <input id="acc-q" type="search" data-testid="acc-q" value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="f">
          <label for="acc-role-filter">{t('acc.role')}</label>
          <select id="acc-role-filter" data-testid="acc-role-filter" value={role} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('acc.allRoles')}</option>
            {creatableRoles('super_admin').map((r) => <option value={r} key={r}>{t(`role.${r}`)}</option>)}
          </select>
        </div>
      </div>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table" data-testid="acc-table">
          <thead>
            <tr>
              <th scope="col">{t('acc.col.user')}</th>
              <th scope="col">{t('acc.col.name')}</th>
              <th scope="col">{t('acc.role')}</th>
              {multiTenant ? <th scope="col">{t('acc.col.tenant')}</th> : null}
              <th scope="col">{t('acc.col.link')}</th>
              <th scope="col">{t('acc.col.state')}</th>
              <th scope="col">{t('acc.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => {
              const link = accountLink(a);
              const mine = a.tenant === me.tenant;
              const isOpen = open === a.username && mine;
              return (
                <Fragment key={`${a.tenant}/${a.username}`}>
                  <tr data-testid="acc-row" data-username={a.username} class={a.disabled ? 'mk-row-off' : undefined}>
                    <td class="mono">{a.username}</td>
                    <td>{a.display_name}<div class="muted small">{t('acc.col.created')}: {fmtDate(a.created_at)}</div></td>
                    <td>{t(`role.${a.role}`)}</td>
                    {multiTenant ? <td class="mono">{a.tenant}</td> : null}
                    <td>
                      {link ? (
                        link.kind === 'nip' ? (
                          <span>{t('acc.linkNip')} <Link href={`/pegawai/${link.value}`} class="mono">{formatNip(link.value)}</Link></span>
                        ) : (
                          <span>{t('acc.linkAssessor')} <span class="mono">{link.value}</span></span>
                        )
                      ) : (
                        <span class="muted">{t('app.none')}</span>
                      )}
                    </td>
                    <td><StateBadge a={a} /></td>
                    <td>
                      {mine ? (
                        <button type="button" class="btn mk-btn-sm" aria-expanded={isOpen} aria-controls={`acc-x-${a.username}`} data-testid="acc-manage" onClick={() => setOpen(isOpen ? null : a.username)}>
                          {isOpen ? t('acc.close') : t('acc.manage')}
                        </button>
                      ) : (
                        <span class="muted small">{t('acc.otherTenant')}</span>
                      )}
                    </td>
                  </tr>
                  {isOpen ? (
                    <tr id={`acc-x-${a.username}`}>
                      <td colSpan={cols} class="acc-x">
                        <AccountActions a={a} self={a.username === me.username} onChanged={list.reload} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !items.length ? <p class="muted pad">{t('acc.empty')}</p> : null}
      </div>
    </div>
  );
}
