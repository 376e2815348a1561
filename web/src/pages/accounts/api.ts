// Account administration calls (admin and super admin): /api/v1/accounts...
import { get, post, type List, type Role } from '../../api';

export interface Account {
  username: string;
  display_name: string;
  role: Role;
  role_label?: string;
  tenant: string;
  must_change_password: boolean;
  nip: string | null;
  disabled: boolean;
  locked_until: string | null;
  employee_nip: string | null;
  assessor_code: string | null;
  created_at: string;
}

export interface NewAccount {
  username: string;
  display_name: string;
  role: Role;
  password: string;
  employee_nip?: string;
  assessor_code?: string;
}

const u = (name: string) => `/accounts/${encodeURIComponent(name)}`;

export const accounts = (signal?: AbortSignal) => get<List<Account>>('/accounts', undefined, signal);
export const createAccount = (a: NewAccount) => post<{ username: string; role: string; tenant: string }>('/accounts', a);
export const disableAccount = (name: string) => post<{ username: string; disabled: boolean }>(`${u(name)}/disable`);
export const enableAccount = (name: string) => post<{ username: string; disabled: boolean }>(`${u(name)}/enable`);
export const resetPassword = (name: string, password: string) =>
  post<{ username: string; must_change_password: boolean }>(`${u(name)}/password`, { password });
export const giveSeat = (name: string, committee: string, member: string) =>
  post<{ username: string; committee: string; member: string }>(`${u(name)}/seats`, { committee, member });

export interface CommitteeBrief {
  code: string;
  name: string;
  status: string;
}
export interface CommitteeMemberBrief {
  code: string;
  name: string;
  role: string;
}
export const committeesBrief = (signal?: AbortSignal) => get<List<CommitteeBrief>>('/committees', { limit: 500 }, signal);
export const committeeMembers = (code: string, signal?: AbortSignal) =>
  get<{ code: string; members: CommitteeMemberBrief[] }>(`/committees/${encodeURIComponent(code)}`, undefined, signal);
