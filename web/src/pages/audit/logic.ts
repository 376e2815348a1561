// The audit page's pure logic: its state in the address, and the dates sent to the API.
import { readPage, readSize } from '../../components/paging';
import type { AuditQuery } from './api';

export const AUDIT_SIZES = [25, 50, 100];

export interface AuditState {
  action: string;
  object: string;
  actor: string;
  from: string; // YYYY-MM-DD, inclusive
  to: string; // YYYY-MM-DD, inclusive (the API's "to" is exclusive: the next day is sent)
  page: number;
  size: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readAudit(s: URLSearchParams): AuditState {
  const d = (k: string) => {
    const v = s.get(k) ?? '';
    return DATE.test(v) ? v : '';
  };
  return {
    action: s.get('action') ?? '',
    object: s.get('object') ?? '',
    actor: s.get('actor') ?? '',
    from: d('from'),
    to: d('to'),
    page: readPage(s.get('page')),
    size: readSize(s.get('size'), AUDIT_SIZES, 50),
  };
}

export function writeAudit(st: AuditState): string {
  const p = new URLSearchParams();
  for (const k of ['action', 'object', 'actor', 'from', 'to'] as const) if (st[k]) p.set(k, st[k]);
  if (st.page > 1) p.set('page', String(st.page));
  if (st.size !== 50) p.set('size', String(st.size));
  const qs = p.toString();
  return `/audit${qs ? `?${qs}` : ''}`;
}

/** The day after an ISO date (the API's "to" is exclusive; the page's is the last day shown). */
export function nextDay(iso: string): string {
  const m = DATE.exec(iso) ? iso.split('-').map(Number) : null;
  if (!m) return iso;
  const d = new Date(Date.UTC(m[0], m[1] - 1, m[2] + 1));
  return d.toISOString().slice(0, 10);
}

export function auditQuery(st: AuditState): AuditQuery {
  return {
    action: st.action.trim() || undefined,
    object: st.object.trim() || undefined,
    actor: st.actor.trim() || undefined,
    from: st.from || undefined,
    to: st.to ? nextDay(st.to) : undefined,
    limit: st.size,
    offset: (st.page - 1) * st.size,
  };
}

/** An ISO timestamp as "YYYY-MM-DD HH:MM:SS UTC" (the log's own clock, unambiguous). */
export function fmtAt(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]} UTC` : at;
}
