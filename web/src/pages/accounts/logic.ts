// Account form checks (the server checks the same; these only spare a round trip) and the
// state an account is in.
import type { Role } from '../../api';
import { decodeNip } from '../../nip';
import type { Account } from './api';

export const PASSWORD_MIN = 10;
export const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{2,62}$/;

/** The roles an actor may give: only a super admin creates super admins. */
export function creatableRoles(actor: Role): Role[] {
  const all: Role[] = ['admin', 'operator', 'head', 'assessor', 'committee', 'employee'];
  return actor === 'super_admin' ? ['super_admin', ...all] : all;
}

export interface AccountDraft {
  username: string;
  display_name: string;
  role: Role | '';
  password: string;
  password2: string;
  employee_nip: string;
  assessor_code: string;
}

export const EMPTY_DRAFT: AccountDraft = {
  username: '',
  display_name: '',
  role: '',
  password: '',
  password2: '',
  employee_nip: '',
  assessor_code: '',
};

/** Field → i18n key of the problem (empty when the draft can be sent). */
export function checkDraft(d: AccountDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!USERNAME_RE.test(d.username)) e.username = 'acc.err.username';
  if (!d.display_name.trim()) e.display_name = 'acc.err.required';
  if (!d.role) e.role = 'acc.err.required';
  const pw = checkPassword(d.username, d.password, d.password2);
  if (pw) e[pw.field] = pw.key;
  if (d.role === 'employee' && !decodeNip(d.employee_nip).ok) e.employee_nip = 'acc.err.nip';
  if (d.role === 'assessor' && !d.assessor_code.trim()) e.assessor_code = 'acc.err.required';
  return e;
}

export function checkPassword(username: string, pw: string, pw2: string): { field: string; key: string } | null {
  if (pw.length < PASSWORD_MIN) return { field: 'password', key: 'acc.err.short' };
  if (pw.length > 256) return { field: 'password', key: 'acc.err.long' };
  if (username && pw.toLowerCase() === username.toLowerCase()) return { field: 'password', key: 'acc.err.sameAsUser' };
  if (pw !== pw2) return { field: 'password2', key: 'acc.err.mismatch' };
  return null;
}

export type AccountState = 'active' | 'disabled' | 'locked';

export function accountState(a: Account, now = Date.now()): AccountState {
  if (a.disabled) return 'disabled';
  if (a.locked_until && Date.parse(a.locked_until) > now) return 'locked';
  return 'active';
}

/** The link an account carries: an employee's NIP or an assessor's code. */
export function accountLink(a: Account): { kind: 'nip' | 'assessor'; value: string } | null {
  if (a.employee_nip) return { kind: 'nip', value: a.employee_nip };
  if (a.assessor_code) return { kind: 'assessor', value: a.assessor_code };
  return null;
}
