import { describe, expect, it } from 'vitest';
import { checkWaveForm, draftRows, levelSteps, pageRange, parseCodes, parseDraft, rowIndexOf, totalCount, needsReason, isConflict } from './logic';

describe('waves logic', () => {
  it('sums counts', () => {
    expect(totalCount({ final: 600, absent: 1, withdrawn: 1 })).toBe(602);
    expect(totalCount(null)).toBe(0);
  });
  it('level steps', () => {
    expect(levelSteps(false)).toEqual([1, 2, 3, 4, 5]);
    expect(levelSteps(true)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
  });
  it('parses codes', () => {
    expect(parseCodes('M.01, M.02;M.01\nSK.01  ')).toEqual(['M.01', 'M.02', 'SK.01']);
    expect(parseCodes('  ')).toEqual([]);
  });
  it('checks the wave form', () => {
    const ok = { code: 'ASM-2027-01', name: 'x', purpose: 'pemetaan', provider: 'internal', provider_name: '', start_date: '2027-01-01', end_date: '2027-01-10', venue: '' };
    expect(checkWaveForm(ok)).toEqual({});
    expect(checkWaveForm({ ...ok, end_date: '2026-12-31' }).end_date).toBe('waves.err.endBeforeStart');
    expect(checkWaveForm({ ...ok, code: 'a b' }).code).toBe('waves.err.code');
    expect(checkWaveForm({ ...ok, provider: 'lembaga' }).provider_name).toBe('waves.err.providerName');
    expect(checkWaveForm({ ...ok, start_date: '' }).start_date).toBe('waves.err.date');
  });
  it('reasons and conflicts', () => {
    expect(needsReason('absent')).toBe(true);
    expect(needsReason('present')).toBe(false);
    expect(isConflict('invalid', 'konflik kepentingan: atasan langsung', null)).toBe(true);
    expect(isConflict('invalid', 'level 1-5', 'level')).toBe(false);
  });
  it('drafts survive bad storage and become rows', () => {
    expect(parseDraft('{oops')).toEqual({ levels: {}, notes: {}, extra: [], saved_at: '' });
    const d = parseDraft(JSON.stringify({ levels: { A: 3, B: null, C: 9 }, notes: { A: ' good ' }, extra: ['C', 4], saved_at: 'x' }));
    expect(d.levels).toEqual({ A: 3, B: null, C: null });
    expect(d.extra).toEqual(['C']);
    expect(draftRows('1', 'WWC', ['A', 'B', 'C'], d)).toEqual([{ nip: '1', method: 'WWC', target: 'A', level: 3, note: 'good' }]);
  });
  it('finds the row of an error', () => {
    expect(rowIndexOf('rows[2].level', 3)).toBe(2);
    expect(rowIndexOf(null, 1)).toBe(0);
    expect(rowIndexOf('name', null)).toBe(null);
  });
  it('page range', () => {
    expect(pageRange(0, 1, 50)).toEqual({ from: 0, to: 0, pages: 1 });
    expect(pageRange(120, 3, 50)).toEqual({ from: 101, to: 120, pages: 3 });
  });
});
