// The committee pages' pure logic: which components members score, score input parsing, the
// conflicts a member declared (kept in the browser: the API answers only their count), and
// the results table.
import type { Committee, Official, PolicyComponent } from './api';

/** The default committee policy's member-scored components (merit's built-in policy v1). */
export const DEFAULT_MEMBER_COMPONENTS = ['rekam_jejak', 'tes_tertulis', 'wawancara'];

export type ComponentSource = 'committee' | 'policy' | 'default';

/**
 * The components members score, in policy order: from the committee's answer when it carries
 * them, else from its policy version (staff may read policies), else the default policy's.
 */
export function memberComponents(
  c: Pick<Committee, 'components' | 'policy'> | null,
  policy: PolicyComponent[] | null | undefined,
): { codes: string[]; source: ComponentSource } {
  const own = c?.components ?? c?.policy?.components;
  const pick = (l: PolicyComponent[]) => l.filter((x) => x && x.source === 'members' && typeof x.code === 'string').map((x) => x.code);
  if (Array.isArray(own) && pick(own).length) return { codes: pick(own), source: 'committee' };
  if (Array.isArray(policy) && pick(policy).length) return { codes: pick(policy), source: 'policy' };
  return { codes: DEFAULT_MEMBER_COMPONENTS, source: 'default' };
}

/** A score as typed ("85", "72,5", "72.5") → a number 0..100 with at most 2 decimals, or an error key. */
export function parseScore(s: string): { ok: true; value: number } | { ok: false; key: string } {
  const v = s.trim().replace(',', '.');
  if (!v) return { ok: false, key: 'cmt.err.empty' };
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(v)) return { ok: false, key: 'cmt.err.number' };
  const n = parseFloat(v);
  if (n < 0 || n > 100) return { ok: false, key: 'cmt.err.range' };
  return { ok: true, value: n };
}

export function cellKey(nip: string, component: string): string {
  return `${nip}/${component}`;
}

/** Declared conflicts, kept per committee and account in sessionStorage. */
export function conflictsKey(committee: string, who: string): string {
  return `merit.pansel.conflicts.${committee}.${who}`;
}
export function loadConflicts(committee: string, who: string, store: Pick<Storage, 'getItem'> | null = safeSession()): string[] {
  try {
    const v = JSON.parse(store?.getItem(conflictsKey(committee, who)) ?? '[]');
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
export function saveConflicts(committee: string, who: string, nips: string[], store: Pick<Storage, 'setItem'> | null = safeSession()): void {
  try {
    store?.setItem(conflictsKey(committee, who), JSON.stringify(nips));
  } catch {
    /* storage full or off: the server still refuses such scores */
  }
}
function safeSession(): Storage | null {
  try {
    return typeof sessionStorage !== 'undefined' ? sessionStorage : null;
  } catch {
    return null;
  }
}

/** Officials matching a filter (name or NIP digits). */
export function filterOfficials(list: Official[], q: string): Official[] {
  const s = q.trim().toLowerCase();
  if (!s) return list;
  const digits = s.replace(/\s+/g, '');
  return list.filter((o) => o.name.toLowerCase().includes(s) || (/^\d+$/.test(digits) && o.nip.includes(digits)));
}

/** The component columns of the results: those any official's result names, policy order first. */
export function resultColumns(officials: Official[], order: string[]): string[] {
  const seen = new Set<string>();
  for (const o of officials) for (const k of Object.keys(o.result?.components ?? {})) seen.add(k);
  const first = order.filter((k) => seen.has(k));
  return [...first, ...[...seen].filter((k) => !first.includes(k)).sort()];
}

export function hasResults(officials: Official[]): boolean {
  return officials.some((o) => o.result && typeof o.result.status === 'string');
}

/** Members who signed, and who did not. */
export function declarationCounts(c: Committee): { signed: number; total: number } {
  return { signed: c.members.filter((m) => !!m.declared_at).length, total: c.members.length };
}

/** NIPs pasted in a text box (spaces, commas, new lines); each 18 digits, once. */
export function parseNips(s: string): { nips: string[]; bad: string[] } {
  const nips: string[] = [];
  const bad: string[] = [];
  for (const tok of s.split(/[\s,;]+/)) {
    if (!tok) continue;
    if (/^\d{18}$/.test(tok)) {
      if (!nips.includes(tok)) nips.push(tok);
    } else bad.push(tok);
  }
  return { nips, bad };
}
