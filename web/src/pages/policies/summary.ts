// A readable summary of a scoring policy's main numbers (cut-offs, cap, integration...).
// Pure: tested in summary.test.ts. Anything not in the expected shape is skipped.

export interface ScaleSummary {
  code: string;
  purpose: string;
  /** categories from the highest cut-off down: "Optimal ≥ 90" */
  cuts: Array<{ code: string; label_id: string; label_en: string; min: number }>;
}
export interface ScoringSummary {
  scales: ScaleSummary[];
  cap: string | null;
  integration: string | null;
  half_levels: boolean | null;
  min_methods: number | null;
  min_assessors: number | null;
  validity_months: number | null;
  potential: ScaleSummary | null;
  weights: Array<{ jenjang: string; teknis_pct: number }>;
}

const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function scale(v: unknown): ScaleSummary | null {
  const o = obj(v);
  if (!o) return null;
  const cats = Array.isArray(o.categories) ? o.categories : [];
  const cuts = cats
    .map((c) => obj(c))
    .filter((c): c is Record<string, unknown> => !!c && num(c.min) !== null)
    .map((c) => ({ code: str(c.code) ?? '', label_id: str(c.label_id) ?? str(c.code) ?? '', label_en: str(c.label_en) ?? str(c.code) ?? '', min: num(c.min)! }))
    .sort((a, b) => b.min - a.min);
  return { code: str(o.code) ?? '', purpose: str(o.purpose) ?? '', cuts };
}

export function scoringSummary(body: unknown): ScoringSummary | null {
  const b = obj(body);
  if (!b) return null;
  const scales = (Array.isArray(b.scales) ? b.scales : []).map(scale).filter((s): s is ScaleSummary => !!s);
  const pot = obj(b.potential);
  const weights = (Array.isArray(b.weights) ? b.weights : [])
    .map((w) => obj(w))
    .filter((w): w is Record<string, unknown> => !!w && typeof w.jenjang === 'string' && num(w.teknis_pct) !== null)
    .map((w) => ({ jenjang: w.jenjang as string, teknis_pct: w.teknis_pct as number }));
  return {
    scales,
    cap: str(b.cap),
    integration: str(b.integration),
    half_levels: typeof b.half_levels === 'boolean' ? b.half_levels : null,
    min_methods: num(b.min_methods),
    min_assessors: num(b.min_assessors),
    validity_months: num(b.validity_months),
    potential: pot ? scale(pot.scale) : null,
    weights,
  };
}

/** "Optimal ≥ 90 · Cukup Optimal ≥ 78 · Kurang Optimal < 78" */
export function cutLine(s: ScaleSummary, lang: 'id' | 'en'): string {
  return s.cuts
    .map((c, i) => {
      const name = lang === 'en' ? c.label_en : c.label_id;
      if (c.min <= 0 && i > 0) return `${name} < ${s.cuts[i - 1].min}`;
      return `${name} ≥ ${c.min}`;
    })
    .join(' · ');
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

/** The body as typed/pasted: must be a JSON object. */
export function parseBody(text: string): ParsedJson {
  if (!text.trim()) return { ok: false, message: 'empty' };
  try {
    const v = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, message: 'object' };
    return { ok: true, value: v };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
