// Typed calls for the policies section (routes in src/api/routes_assessment.inc).
import { get, post, type List } from '../../api';

export type PolicyKind = 'scoring' | 'talent' | 'rules' | 'committee';
export const KINDS: PolicyKind[] = ['scoring', 'talent', 'rules', 'committee'];

export interface PolicyRow {
  kind: PolicyKind;
  version: number;
  status: 'draft' | 'adopted' | string;
  effective_from: string;
  adopted_at?: string | null;
  name: string;
}
export interface Policy extends PolicyRow {
  body: unknown;
}
export interface Diff {
  version: number;
  results: number;
  changed: number;
  changes: Array<{ nip: string; name: string; wave: string; old_score: number; new_score: number; old_category: string; new_category: string }>;
}

const p = (kind: string, v: number | string) => `/policies/${encodeURIComponent(kind)}/${encodeURIComponent(String(v))}`;
export const policies = (kind: string, signal?: AbortSignal) => get<List<PolicyRow>>('/policies', { kind: kind || undefined, limit: 500 }, signal);
export const policy = (kind: string, v: number | string, signal?: AbortSignal) => get<Policy>(p(kind, v), undefined, signal);
export const createPolicy = (b: { kind: string; name: string; effective_from: string; body: unknown }) =>
  post<{ kind: string; version: number; status: string }>('/policies', b);
export const adoptPolicy = (kind: string, v: number) => post<{ status: string; adopted_at: string }>(`${p(kind, v)}/adopt`, {});
export const policyDiff = (kind: string, v: number, signal?: AbortSignal) => get<Diff>(`${p(kind, v)}/diff`, undefined, signal);
