// What an 18-digit NIP encodes (Perka BKN 22/2007): YYYYMMDD birth date, YYYYMM
// TMT CPNS, 1 digit sex (1 = L, 2 = P), 3 digits sequence. Pure; no Date objects
// (time zones), calendar checks by hand.

export interface NipParts {
  birth: { year: number; month: number; day: number; iso: string };
  tmtCpns: { year: number; month: number; iso: string };
  sex: 'L' | 'P';
  sequence: number;
}

export type NipResult = { ok: true; nip: string; parts: NipParts } | { ok: false; reason: NipProblem };

export type NipProblem = 'length' | 'digits' | 'birth_date' | 'tmt_month' | 'sex' | 'tmt_before_birth';

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Decode a NIP; spaces (as in "19660801 198803 1 001") are ignored. */
export function decodeNip(input: string): NipResult {
  const nip = (input ?? '').replace(/\s+/g, '');
  if (!/^\d*$/.test(nip)) return { ok: false, reason: 'digits' };
  if (nip.length !== 18) return { ok: false, reason: 'length' };
  const n = (a: number, b: number) => parseInt(nip.slice(a, b), 10);
  const by = n(0, 4), bm = n(4, 6), bd = n(6, 8);
  const ty = n(8, 12), tm = n(12, 14);
  const sx = nip[14], seq = n(15, 18);
  if (by < 1900 || bm < 1 || bm > 12 || bd < 1 || bd > daysInMonth(by, bm)) return { ok: false, reason: 'birth_date' };
  if (tm < 1 || tm > 12 || ty < 1900) return { ok: false, reason: 'tmt_month' };
  if (sx !== '1' && sx !== '2') return { ok: false, reason: 'sex' };
  if (ty * 100 + tm <= by * 100 + bm) return { ok: false, reason: 'tmt_before_birth' };
  return {
    ok: true,
    nip,
    parts: {
      birth: { year: by, month: bm, day: bd, iso: `${by}-${pad(bm)}-${pad(bd)}` },
      tmtCpns: { year: ty, month: tm, iso: `${ty}-${pad(tm)}` },
      sex: sx === '1' ? 'L' : 'P',
      sequence: seq,
    },
  };
}

/** "196608011988031001" -> "19660801 198803 1 001" (as printed on SK). */
export function formatNip(nip: string): string {
  const s = (nip ?? '').replace(/\s+/g, '');
  if (!/^\d{18}$/.test(s)) return nip;
  return `${s.slice(0, 8)} ${s.slice(8, 14)} ${s.slice(14, 15)} ${s.slice(15)}`;
}
