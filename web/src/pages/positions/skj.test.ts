import { describe, expect, it } from 'vitest';
import type { Position } from './api';
import { checkRows, competencyRef, itemsOf, rowOfField, rowsOf, sameSkj, type SkjRow } from './skj';

const r = (code: string, level: number, kind: SkjRow['kind'] = 'manajerial'): SkjRow => ({ code, name: null, kind, level });

describe('skj logic', () => {
  it('orders rows by kind then code', () => {
    const rows = rowsOf([
      { competency_code: 'T.A', competency_name: 'A', kind: 'teknis', level: 2 },
      { competency_code: 'SK.01', competency_name: 'P', kind: 'sosial_kultural', level: 3 },
      { competency_code: 'M.02', competency_name: 'K', kind: 'manajerial', level: 4 },
      { competency_code: 'M.01', competency_name: 'I', kind: 'manajerial', level: 4 },
    ]);
    expect(rows.map((x) => x.code)).toEqual(['M.01', 'M.02', 'SK.01', 'T.A']);
    expect(itemsOf(rows)[0]).toEqual({ competency_code: 'M.01', level: 4 });
  });
  it('checks rows with the server field names', () => {
    expect(checkRows([])).toEqual({ items: 'pos.err.empty' });
    expect(checkRows([r('M.01', 4), r('M.02', 6), r('M.01', 3), r(' ', 2)])).toEqual({
      'items[1].level': 'pos.err.level',
      'items[2].competency_code': 'pos.err.dup',
      'items[3].competency_code': 'pos.err.code',
    });
    expect(checkRows([r('M.01', 1), r('T.X', 5, null)])).toEqual({});
  });
  it('maps API fields to rows', () => {
    expect(rowOfField('items[2].level')).toEqual({ row: 2, part: 'level' });
    expect(rowOfField('items[0]')).toEqual({ row: 0, part: '' });
    expect(rowOfField('items')).toBeNull();
    expect(rowOfField(null)).toBeNull();
  });
  it('compares SKJs regardless of order', () => {
    expect(sameSkj([r('M.01', 4), r('M.02', 3)], [r('M.02', 3), r('M.01', 4)])).toBe(true);
    expect(sameSkj([r('M.01', 4)], [r('M.01', 3)])).toBe(false);
  });
  it('derives the competency reference from positions', () => {
    const p = (skj: Position['skj']) => ({ skj }) as Position;
    const ref = competencyRef([
      p([{ competency_code: 'T.B', competency_name: 'B', kind: 'teknis', level: 1 }]),
      p([{ competency_code: 'M.01', competency_name: 'Integritas', kind: 'manajerial', level: 4 }, { competency_code: 'T.B', competency_name: 'B', kind: 'teknis', level: 2 }]),
    ]);
    expect(ref.map((x) => x.code)).toEqual(['M.01', 'T.B']);
  });
});
