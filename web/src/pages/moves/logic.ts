// Pure helpers of the moves section: who holds which step, verdict tones, the facts string.
import type { Role } from '../../api';
import type { PackageStatus, Step, Verdict } from './api';

export const KINDS = ['mutasi', 'rotasi', 'promosi', 'demosi', 'uji'] as const;
export const STATUSES: PackageStatus[] = ['draft', 'submitted', 'reviewed', 'approved', 'executed', 'rejected'];
export const MOVE_REASON_MIN = 5;

const STAFF_WRITE: Role[] = ['super_admin', 'admin', 'operator'];
const ADMIN: Role[] = ['super_admin', 'admin'];

/**
 * The steps this role may take on a package in this status (the route roles of
 * routes_talent.inc and moves_reject_role in api_moves.c): submit and execute are the
 * operator's (and the admin's), the review the head of BKPSDM's (admin), the approval the
 * PPK's (head) only; rejection belongs to whoever holds the current step.
 */
export function moveActions(status: PackageStatus, role: Role): Step[] {
  const out: Step[] = [];
  switch (status) {
    case 'draft':
      if (STAFF_WRITE.includes(role)) out.push('submit', 'reject');
      break;
    case 'submitted':
      if (ADMIN.includes(role)) out.push('review', 'reject');
      break;
    case 'reviewed':
      if (role === 'head') out.push('approve', 'reject');
      break;
    case 'approved':
      if (STAFF_WRITE.includes(role)) out.push('execute');
      if (role === 'head') out.push('reject');
      break;
    default:
      break;
  }
  return out;
}

/** Moves can be added to a draft by BKPSDM staff. */
export function canEdit(status: PackageStatus, role: Role): boolean {
  return status === 'draft' && STAFF_WRITE.includes(role);
}
export function canCreate(role: Role): boolean {
  return STAFF_WRITE.includes(role);
}

/** Who the package is waiting for (an i18n role key), or null when closed. */
export function waitingFor(status: PackageStatus): Role | null {
  switch (status) {
    case 'draft':
      return 'operator';
    case 'submitted':
      return 'admin';
    case 'reviewed':
      return 'head';
    case 'approved':
      return 'operator';
    default:
      return null;
  }
}

const SEVERITY: Record<string, number> = { allowed: 0, warning: 1, needs_approval: 2, blocked: 3 };

export function severity(v: string): number {
  return SEVERITY[v] ?? 1;
}

/** The most severe verdict of a list (allowed when empty). */
export function worst(vs: Array<{ verdict: string }>): Verdict {
  let w = 'allowed';
  for (const v of vs) if (severity(v.verdict) > severity(w)) w = v.verdict;
  return w as Verdict;
}

export function verdictTone(v: string): 'ok' | 'warn' | 'err' | 'info' {
  switch (v) {
    case 'allowed':
      return 'ok';
    case 'blocked':
      return 'err';
    case 'needs_approval':
      return 'info';
    default:
      return 'warn';
  }
}

/** Verdicts most severe first (stable within a level). */
export function bySeverity<T extends { verdict: string }>(vs: T[]): T[] {
  return vs.map((v, i) => ({ v, i })).sort((a, b) => severity(b.v.verdict) - severity(a.v.verdict) || a.i - b.i).map((x) => x.v);
}

/** "age=59 bup=60 reaches_bup_on=2027-06-08" -> [["age","59"], ...]; other words kept as [word, ""]. */
export function parseFacts(s: string | null | undefined): Array<[string, string]> {
  if (!s) return [];
  return s
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const i = w.indexOf('=');
      return i > 0 ? [w.slice(0, i), w.slice(i + 1)] : [w, ''];
    });
}

/** A NIP is 18 digits (spaces allowed while typing). */
export function cleanNip(s: string): string {
  return s.replace(/\s+/g, '');
}
export function nipOk(s: string): boolean {
  return /^\d{18}$/.test(cleanNip(s));
}

/** Package codes: letters, digits, dot, dash, slash, underscore; 1-40 characters. */
export function codeOk(s: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/.test(s.trim());
}

export function statusTone(s: string): 'ok' | 'warn' | 'err' | 'info' | 'plain' {
  switch (s) {
    case 'executed':
      return 'ok';
    case 'approved':
      return 'ok';
    case 'rejected':
      return 'err';
    case 'draft':
      return 'plain';
    default:
      return 'info';
  }
}
