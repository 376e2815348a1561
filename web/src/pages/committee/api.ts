// The JPT competency test committee (pansel) calls: /api/v1/committees...
import { get, post, type List } from '../../api';

export interface CommitteeRow {
  code: string;
  name: string;
  as_of: string;
  status: 'open' | 'final' | string;
  policy_version: number;
  members: number;
  officials: number;
  finalised_at: string | null;
  finalised_by: string | null;
}

export interface Member {
  code: string;
  name: string;
  role: 'chair' | 'secretary' | 'member' | string;
  organisation: string;
  declaration: string; // "" until signed
  declared_at: string; // "" until signed
  conflicts: number;
}

export interface OfficialResult {
  nip?: string;
  status?: 'ok' | 'no_quorum' | 'missing_record' | string;
  component?: string; // the component lacking a quorum or a record
  aggregate?: number;
  recommendation?: string;
  recommendation_id?: string;
  recommendation_en?: string;
  components?: Record<string, number>;
}

export interface Official {
  nip: string;
  name: string;
  position: string;
  result: OfficialResult | null;
}

export interface PolicyComponent {
  code: string;
  source: 'members' | 'records' | string;
  weight_pct?: number;
}

export interface Committee {
  code: string;
  status: string;
  as_of: string;
  members: Member[];
  officials: Official[];
  /** the committee policy's components (the server's answer names them) */
  components?: PolicyComponent[];
  policy?: { components?: PolicyComponent[] };
  /** declared conflicts of interest */
  conflicts?: Array<{ member: string; nip: string }>;
  /** recorded scores (a committee account gets only its own seat's) */
  scores?: Array<{ member: string; nip: string; component: string; score_bp: number }>;
  /** the signed-in committee account's seat, when it holds one */
  my_seat?: { member: string; role: string } | null;
}

export interface DecideRow extends OfficialResult {
  nip: string;
}

const c = (code: string) => `/committees/${encodeURIComponent(code)}`;

export const committees = (signal?: AbortSignal) => get<List<CommitteeRow>>('/committees', { limit: 500 }, signal);
export const committee = (code: string, signal?: AbortSignal) => get<Committee>(c(code), undefined, signal);
export const committeePolicy = (version: number, signal?: AbortSignal) =>
  get<{ body: { components?: PolicyComponent[]; quorum_pct?: number } }>(`/policies/committee/${version}`, undefined, signal);

export const addMember = (code: string, m: { member: string; name: string; role: string; organisation?: string }) =>
  post<Committee>(`${c(code)}/members`, m);
export const declare = (code: string, d: { statement: string; conflicts: string[]; member?: string }) =>
  post<Committee>(`${c(code)}/declarations`, d);
export const enrol = (code: string, b: { nips?: string[]; eligible?: boolean }) =>
  post<{ committee: string; added: number }>(`${c(code)}/officials`, b);
export const score = (code: string, s: { nip: string; component: string; score: number; member?: string }) =>
  post<{ committee: string; member: string; nip: string; component: string; score: number }>(`${c(code)}/scores`, s);
export const decide = (code: string) => post<{ committee: string; final: boolean; officials: DecideRow[] }>(`${c(code)}/decide`);
export const finalise = (code: string) => post<{ committee: string; final: boolean; officials: DecideRow[] }>(`${c(code)}/finalise`);
