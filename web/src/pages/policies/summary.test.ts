import { describe, expect, it } from 'vitest';
import { cutLine, parseBody, scoringSummary } from './summary';

const body = {
  scales: [{ code: 'pemetaan', purpose: 'pemetaan', categories: [
    { code: 'kurang_optimal', label_id: 'Kurang Optimal', label_en: 'Below', min: 0 },
    { code: 'optimal', label_id: 'Optimal', label_en: 'Optimal', min: 90 },
    { code: 'cukup_optimal', label_id: 'Cukup Optimal', label_en: 'Fair', min: 78 },
  ] }],
  cap: 'total', integration: 'median', half_levels: false, min_methods: 2, min_assessors: 2, validity_months: 36,
  potential: { standard: 3, scale: { code: 'potensi', categories: [{ code: 'tinggi', label_id: 'Tinggi', label_en: 'High', min: 90 }, { code: 'rendah', label_id: 'Rendah', label_en: 'Low', min: 0 }] } },
  weights: [{ jenjang: 'ahli_madya', teknis_pct: 40 }, { jenjang: 1 }],
};

describe('scoring summary', () => {
  it('reads the main numbers', () => {
    const s = scoringSummary(body)!;
    expect(s.cap).toBe('total');
    expect(s.integration).toBe('median');
    expect(s.half_levels).toBe(false);
    expect(s.validity_months).toBe(36);
    expect(s.scales[0].cuts.map((c) => c.min)).toEqual([90, 78, 0]);
    expect(cutLine(s.scales[0], 'id')).toBe('Optimal ≥ 90 · Cukup Optimal ≥ 78 · Kurang Optimal < 78');
    expect(cutLine(s.potential!, 'en')).toBe('High ≥ 90 · Low < 90');
    expect(s.weights).toEqual([{ jenjang: 'ahli_madya', teknis_pct: 40 }]);
  });
  it('tolerates odd bodies', () => {
    expect(scoringSummary(null)).toBeNull();
    expect(scoringSummary({ scales: 'x' })!.scales).toEqual([]);
  });
  it('parses bodies', () => {
    expect(parseBody('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseBody('[1]').ok).toBe(false);
    expect(parseBody('').ok).toBe(false);
    expect(parseBody('{').ok).toBe(false);
  });
});
