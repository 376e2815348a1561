// The SKJ editor's pure logic: rows, client-side checks with the server's field names
// (items[i].competency_code, items[i].level), the competency reference derived from positions,
// and what changed.
import type { Position, SkjItem, SkjKind } from './api';

export interface SkjRow {
  code: string;
  name: string | null;
  kind: SkjKind | null; // null: a code typed by hand, the server decides
  level: number;
}

export interface CompetencyRef {
  code: string;
  name: string | null;
  kind: SkjKind;
}

const KIND_ORDER: Record<string, number> = { manajerial: 0, sosial_kultural: 1, teknis: 2 };

export function rowsOf(skj: SkjItem[]): SkjRow[] {
  return sortRows(skj.map((s) => ({ code: s.competency_code, name: s.competency_name, kind: s.kind, level: s.level })));
}

/** Managerial, then socio-cultural, then technical (unknown kinds last), each by code. */
export function sortRows<T extends { code: string; kind: string | null }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (KIND_ORDER[a.kind ?? ''] ?? 3) - (KIND_ORDER[b.kind ?? ''] ?? 3) || a.code.localeCompare(b.code));
}

/** The body the API takes. */
export function itemsOf(rows: SkjRow[]): Array<{ competency_code: string; level: number }> {
  return rows.map((r) => ({ competency_code: r.code.trim(), level: r.level }));
}

/**
 * Problems the server would report, keyed by its field names (index = row index, as sent).
 * Values are i18n keys.
 */
export function checkRows(rows: SkjRow[]): Record<string, string> {
  const e: Record<string, string> = {};
  if (!rows.length) e.items = 'pos.err.empty';
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const code = r.code.trim();
    if (!code) e[`items[${i}].competency_code`] = 'pos.err.code';
    else if (seen.has(code)) e[`items[${i}].competency_code`] = 'pos.err.dup';
    else seen.set(code, i);
    if (!Number.isInteger(r.level) || r.level < 1 || r.level > 5) e[`items[${i}].level`] = 'pos.err.level';
  });
  return e;
}

/** The row index an API field names ("items[2].level" → 2), or null. */
export function rowOfField(field: string | null | undefined): { row: number; part: string } | null {
  const m = /^items\[(\d+)\](?:\.(\w+))?$/.exec(field ?? '');
  return m ? { row: parseInt(m[1], 10), part: m[2] ?? '' } : null;
}

/** Same competencies at the same levels (order aside)? */
export function sameSkj(a: SkjRow[], b: SkjRow[]): boolean {
  const key = (rows: SkjRow[]) => rows.map((r) => `${r.code.trim()}:${r.level}`).sort().join(';');
  return key(a) === key(b);
}

/**
 * The competencies named in positions' SKJ items: the only reference the API offers (there is
 * no endpoint for the competency dictionary), so a technical competency no position uses yet
 * is missing from it (it can still be typed by code).
 */
export function competencyRef(list: Position[]): CompetencyRef[] {
  const by = new Map<string, CompetencyRef>();
  for (const p of list) for (const s of p.skj) if (!by.has(s.competency_code)) by.set(s.competency_code, { code: s.competency_code, name: s.competency_name, kind: s.kind });
  return sortRows([...by.values()]);
}
