// Pure helpers of the waves and assessor sections (tested in logic.test.ts).

/** Sum of a wave's participant counts by status. */
export function totalCount(by: Record<string, number> | null | undefined): number {
  if (!by) return 0;
  return Object.values(by).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
}

/** The levels an assessor may choose: 1..5, with halves when allowed. */
export function levelSteps(halves: boolean): number[] {
  const out: number[] = [];
  for (let x = 10; x <= 50; x += halves ? 5 : 10) out.push(x / 10);
  return out;
}

/** Codes from free text: separated by commas, semicolons, spaces or new lines; unique, in order. */
export function parseCodes(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const c = raw.trim();
    if (c && !seen.has(c)) {
      seen.add(c);
      out.push(c);
    }
  }
  return out;
}

export interface WaveForm {
  code: string;
  name: string;
  purpose: string;
  provider: string;
  provider_name: string;
  start_date: string;
  end_date: string;
  venue: string;
}

/** Client-side checks before the server's (the server stays the judge): field → i18n key. */
export function checkWaveForm(f: WaveForm): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.code.trim()) e.code = 'waves.err.required';
  else if (!/^[A-Za-z0-9._-]{1,40}$/.test(f.code.trim())) e.code = 'waves.err.code';
  if (!f.name.trim()) e.name = 'waves.err.required';
  if (!f.purpose) e.purpose = 'waves.err.required';
  if (!f.provider) e.provider = 'waves.err.required';
  if (f.provider === 'lembaga' && !f.provider_name.trim()) e.provider_name = 'waves.err.providerName';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.start_date)) e.start_date = 'waves.err.date';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.end_date)) e.end_date = 'waves.err.date';
  else if (!e.start_date && f.end_date < f.start_date) e.end_date = 'waves.err.endBeforeStart';
  return e;
}

/** A participant status change: absent and withdrawn need a reason. */
export function needsReason(status: string): boolean {
  return status === 'absent' || status === 'withdrawn';
}

/** Does this API error message/field speak of a conflict of interest? */
export function isConflict(code: string, message: string, field: string | null): boolean {
  return code === 'conflict' || field === 'justification' || /konflik|conflict/i.test(message);
}

// ---- the assessor's drafts (kept in localStorage per wave + participant + method) ----

export interface Draft {
  /** target code → level (null: not chosen yet) */
  levels: Record<string, number | null>;
  /** target code → note */
  notes: Record<string, string>;
  /** extra targets typed in by the assessor */
  extra: string[];
  saved_at: string;
  /** when it was last sent successfully */
  sent_at?: string | null;
}

export function draftKey(user: string, wave: string, nip: string, method: string): string {
  return `merit.evidence.${user}.${wave}.${nip}.${method}`;
}

export function emptyDraft(): Draft {
  return { levels: {}, notes: {}, extra: [], saved_at: '' };
}

export function parseDraft(s: string | null): Draft {
  if (!s) return emptyDraft();
  try {
    const v = JSON.parse(s) as Partial<Draft>;
    const d = emptyDraft();
    if (v && typeof v === 'object') {
      if (v.levels && typeof v.levels === 'object') {
        for (const [k, x] of Object.entries(v.levels)) d.levels[k] = typeof x === 'number' && x >= 1 && x <= 5 ? x : null;
      }
      if (v.notes && typeof v.notes === 'object') {
        for (const [k, x] of Object.entries(v.notes)) if (typeof x === 'string') d.notes[k] = x;
      }
      if (Array.isArray(v.extra)) d.extra = v.extra.filter((x): x is string => typeof x === 'string');
      if (typeof v.saved_at === 'string') d.saved_at = v.saved_at;
      if (typeof v.sent_at === 'string') d.sent_at = v.sent_at;
    }
    return d;
  } catch {
    return emptyDraft();
  }
}

export interface OutRow {
  nip: string;
  method: string;
  target: string;
  level: number;
  note?: string;
}

/** The rows to send: one per target with a level, in the order given. */
export function draftRows(nip: string, method: string, targets: string[], d: Draft): OutRow[] {
  const rows: OutRow[] = [];
  for (const target of targets) {
    const level = d.levels[target];
    if (level == null) continue;
    const note = (d.notes[target] ?? '').trim();
    rows.push(note ? { nip, method, target, level, note } : { nip, method, target, level });
  }
  return rows;
}

/** "rows[3].level" → 3 (the index of the row an API error names), or null. */
export function rowIndexOf(field: string | null, row: number | null): number | null {
  const m = field ? /^rows\[(\d+)\]/.exec(field) : null;
  if (m) return parseInt(m[1], 10);
  return row != null && row >= 1 ? row - 1 : null;
}

/** Ranks 1..n to a page range label's numbers. */
export function pageRange(total: number, page: number, size: number): { from: number; to: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  return { from: total ? (page - 1) * size + 1 : 0, to: Math.min(total, page * size), pages };
}
