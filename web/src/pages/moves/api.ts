// Typed calls of the move endpoints (routes_talent.inc; answers as api_moves.c gives them).
import { get, post, type List } from '../../api';

export type Kind = 'mutasi' | 'rotasi' | 'promosi' | 'demosi' | 'uji';
export type Verdict = 'allowed' | 'warning' | 'needs_approval' | 'blocked';
export type PackageStatus = 'draft' | 'submitted' | 'reviewed' | 'approved' | 'executed' | 'rejected';

export interface RuleVerdict {
  rule: string;
  verdict: Verdict;
  citation: string;
  approver: string | null;
  facts: string;
}

export interface MoveCheck {
  nip: string;
  name: string;
  from: string | null;
  to: string;
  to_name: string | null;
  kind: Kind;
  date: string;
  rules_policy_version?: number;
  verdict: Verdict;
  verdicts: RuleVerdict[];
}

export interface PackageRow {
  code: string;
  title: string;
  status: PackageStatus;
  created_by: string;
  created_at: string;
  sk_number: string;
  moves: number;
  blocked: number;
}

export interface TrailStep {
  step: string;
  actor: string;
  reason: string;
  at: string;
}

export interface Package {
  code: string;
  title: string;
  status: PackageStatus;
  created_by: string;
  sk_number: string;
  sk_date: string;
  executed_at: string;
  moves: MoveCheck[];
  needs_supervisor_recommendation: boolean;
  trail: TrailStep[];
}

export interface CheckQuery {
  nip: string;
  to: string;
  kind: Kind;
  date?: string;
  exception_116?: boolean;
}

const enc = encodeURIComponent;

export const check = (q: CheckQuery, signal?: AbortSignal) =>
  get<MoveCheck>('/moves/check', { ...q, exception_116: q.exception_116 ? 'true' : undefined }, signal);
export const packages = (q: { status?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
  get<List<PackageRow>>('/moves/packages', q, signal);
export const createPackage = (code: string, title: string) => post<Package>('/moves/packages', { code, title });
export const pkg = (code: string, signal?: AbortSignal) => get<Package>(`/moves/packages/${enc(code)}`, undefined, signal);
export const addMove = (code: string, m: { nip: string; to: string; kind: Kind; date?: string }) =>
  post<MoveCheck>(`/moves/packages/${enc(code)}/moves`, m);
export type Step = 'submit' | 'review' | 'approve' | 'reject' | 'execute';
export const step = (code: string, s: Step, body: { reason: string; sk_number?: string; sk_date?: string }) =>
  post<Package>(`/moves/packages/${enc(code)}/${s}`, body);
