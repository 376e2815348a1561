// The audit log's calls (GET /api/v1/audit, GET /api/v1/audit/verify).
import { get, type List } from '../../api';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  object: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  hash: string;
}

export interface AuditQuery {
  action?: string;
  object?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface AuditVerify {
  intact: boolean;
  entries: number;
  broken_seq: number | null;
  why: string | null;
}

export const auditList = (q: AuditQuery, signal?: AbortSignal) =>
  get<List<AuditEntry>>('/audit', q as unknown as Record<string, string | number>, signal);
export const auditVerify = () => get<AuditVerify>('/audit/verify');
