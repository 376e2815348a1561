// Pure helpers of the talent section (who may do what, pins of the optimiser, reasons).
import type { Role } from '../../api';
import type { PeriodStatus, PlaceResult } from './api';

const STAFF_WRITE: Role[] = ['super_admin', 'admin', 'operator'];
const ADMIN: Role[] = ['super_admin', 'admin'];
const APPROVE: Role[] = ['super_admin', 'admin', 'head'];

/** Calibration: BKPSDM staff, until the PPK sets the period (the API refuses a set one). */
export function canCalibrate(role: Role, status: PeriodStatus): boolean {
  return STAFF_WRITE.includes(role) && status !== 'set';
}
/** The review is the head of BKPSDM's (admin), on a proposed period. */
export function canReview(role: Role, status: PeriodStatus): boolean {
  return ADMIN.includes(role) && status === 'proposed';
}
/** Setting is an approval (the PPK/head, or the admin), on a reviewed period. */
export function canSet(role: Role, status: PeriodStatus): boolean {
  return APPROVE.includes(role) && status === 'reviewed';
}

/** The API's minimum reason lengths (talent: 10, move steps: 5). */
export const TALENT_REASON_MIN = 10;

export function reasonOk(reason: string, min = TALENT_REASON_MIN): boolean {
  return reason.trim().length >= min;
}

/** "missing:jpm" -> {key: "missing", arg: "jpm"}; "no_result" -> {key: "no_result", arg: null}. */
export function splitReason(r: string): { key: string; arg: string | null } {
  const i = r.indexOf(':');
  return i < 0 ? { key: r, arg: null } : { key: r.slice(0, i), arg: r.slice(i + 1) };
}

/** How many rows carry each reason (a row with two reasons counts for both), most first. */
export function countReasons(rows: Array<{ reasons: string[] }>): Array<{ reason: string; n: number }> {
  const m = new Map<string, number>();
  for (const r of rows) for (const x of r.reasons ?? []) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m.entries()].map(([reason, n]) => ({ reason, n })).sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason));
}

// ---- the placement optimiser's lock / forbid pairs ---------------------------------

export interface Pin {
  nip: string;
  position: string;
}

/** "NIP=POSITION" (spaces trimmed) as a pin, or null. */
export function parsePin(s: string): Pin | null {
  const m = /^\s*([^=\s,]+)\s*=\s*([^=\s,]+)\s*$/.exec(s);
  return m ? { nip: m[1], position: m[2] } : null;
}

export function samePin(a: Pin, b: Pin): boolean {
  return a.nip === b.nip && a.position === b.position;
}

/** Adds a pin unless it is already there; a lock of a NIP or a position replaces an older lock of it. */
export function addPin(list: Pin[], p: Pin, exclusive = false): Pin[] {
  if (list.some((x) => samePin(x, p))) return list;
  const kept = exclusive ? list.filter((x) => x.nip !== p.nip && x.position !== p.position) : list;
  return [...kept, p];
}

export function removePin(list: Pin[], p: Pin): Pin[] {
  return list.filter((x) => !samePin(x, p));
}

/** The query value: "NIP=POS,NIP=POS", or undefined when there is none. */
export function pinsParam(list: Pin[]): string | undefined {
  return list.length ? list.map((p) => `${p.nip}=${p.position}`).join(',') : undefined;
}

/** Position codes typed with commas, spaces or new lines: trimmed, de-duplicated, in order. */
export function parseCodes(s: string): string[] {
  const out: string[] = [];
  for (const c of s.split(/[\s,;]+/)) if (c && !out.includes(c)) out.push(c);
  return out;
}

/** The optimum against the current holders (and against an earlier run, when given). */
export function compareRuns(r: PlaceResult, previous?: PlaceResult | null) {
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    optimum: r.total_jpm,
    current: r.current.total_jpm,
    gain: round(r.total_jpm - r.current.total_jpm),
    previous: previous ? previous.total_jpm : null,
    change: previous ? round(r.total_jpm - previous.total_jpm) : null,
  };
}

/** Succession readiness in the order shown (now first); unknown values last. */
export const READINESS = ['now', '1-2y', '3+y'];
export function readinessRank(r: string): number {
  const i = READINESS.indexOf(r);
  return i < 0 ? READINESS.length : i;
}

/** A count per readiness over some slates' candidates. */
export function readinessCounts(cands: Array<{ readiness: string }>): Record<string, number> {
  const o: Record<string, number> = {};
  for (const c of cands) o[c.readiness] = (o[c.readiness] ?? 0) + 1;
  return o;
}

/** Forecast buckets in order of urgency. */
export const BUCKETS = ['overdue', '6', '12', '24'];
