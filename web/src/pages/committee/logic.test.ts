import { describe, expect, it } from 'vitest';
import type { Committee, Official } from './api';
import { declarationCounts, filterOfficials, loadConflicts, memberComponents, parseNips, parseScore, resultColumns, saveConflicts } from './logic';

const comps = [
  { code: 'kinerja', source: 'records' },
  { code: 'wawancara', source: 'members' },
  { code: 'presentasi', source: 'members' },
];

describe('committee logic', () => {
  it('finds the member-scored components', () => {
    expect(memberComponents({ components: comps }, null)).toEqual({ codes: ['wawancara', 'presentasi'], source: 'committee' });
    expect(memberComponents({ policy: { components: comps } }, null).source).toBe('committee');
    expect(memberComponents({}, comps)).toEqual({ codes: ['wawancara', 'presentasi'], source: 'policy' });
    expect(memberComponents(null, undefined)).toEqual({ codes: ['rekam_jejak', 'tes_tertulis', 'wawancara'], source: 'default' });
    expect(memberComponents({ components: [{ code: 'x', source: 'records' }] }, null).source).toBe('default');
  });
  it('parses scores', () => {
    expect(parseScore('85')).toEqual({ ok: true, value: 85 });
    expect(parseScore(' 72,5 ')).toEqual({ ok: true, value: 72.5 });
    expect(parseScore('100')).toEqual({ ok: true, value: 100 });
    expect(parseScore('0')).toEqual({ ok: true, value: 0 });
    expect(parseScore('101')).toEqual({ ok: false, key: 'cmt.err.range' });
    expect(parseScore('-1')).toEqual({ ok: false, key: 'cmt.err.number' });
    expect(parseScore('8a')).toEqual({ ok: false, key: 'cmt.err.number' });
    expect(parseScore('70.123')).toEqual({ ok: false, key: 'cmt.err.number' });
    expect(parseScore('')).toEqual({ ok: false, key: 'cmt.err.empty' });
  });
  it('keeps declared conflicts', () => {
    const m = new Map<string, string>();
    const store = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    expect(loadConflicts('UK', 'pansel', store)).toEqual([]);
    saveConflicts('UK', 'pansel', ['196701262001102001'], store);
    expect(loadConflicts('UK', 'pansel', store)).toEqual(['196701262001102001']);
    m.set('merit.pansel.conflicts.UK.x', '{bad');
    expect(loadConflicts('UK', 'x', store)).toEqual([]);
  });
  const off = (nip: string, name: string, components?: Record<string, number>): Official => ({ nip, name, position: 'P', result: components ? { status: 'ok', components } : null });
  it('filters officials and orders result columns', () => {
    const l = [off('196701262001102001', 'Siti Jannah', { wawancara: 80, kinerja: 90, jpm: 70 }), off('196701282001041001', 'Robert')];
    expect(filterOfficials(l, 'siti').length).toBe(1);
    expect(filterOfficials(l, '1967012820').map((o) => o.name)).toEqual(['Robert']);
    expect(filterOfficials(l, '').length).toBe(2);
    expect(resultColumns(l, ['kinerja', 'wawancara'])).toEqual(['kinerja', 'wawancara', 'jpm']);
  });
  it('counts declarations and parses pasted NIPs', () => {
    const c = { members: [{ declared_at: '2026-01-01' }, { declared_at: '' }] } as unknown as Committee;
    expect(declarationCounts(c)).toEqual({ signed: 1, total: 2 });
    expect(parseNips('196701262001102001, 196701262001102001\n12345 196701282001041001')).toEqual({
      nips: ['196701262001102001', '196701282001041001'],
      bad: ['12345'],
    });
  });
});
