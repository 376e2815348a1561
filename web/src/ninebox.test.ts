import { describe, expect, it } from 'vitest';
import { boxFor, boxPosition, inPool, NINE_BOX_GRID, nineBoxCells } from './ninebox';

describe('the 9-box layout', () => {
  it('is the official grid 4 7 9 / 2 5 8 / 1 3 6', () => {
    expect(NINE_BOX_GRID).toEqual([
      [4, 7, 9],
      [2, 5, 8],
      [1, 3, 6],
    ]);
  });

  it('puts box 9 top right (performance above, potential high) and box 1 bottom left', () => {
    expect(boxPosition(9)).toEqual({ row: 0, col: 2 });
    expect(boxPosition(1)).toEqual({ row: 2, col: 0 });
    expect(boxPosition(6)).toEqual({ row: 2, col: 2 });
    expect(boxPosition(4)).toEqual({ row: 0, col: 0 });
    expect(boxPosition(10)).toBeNull();
  });

  it('maps levels to boxes as REGULATIONS.md 3.4 labels them', () => {
    expect(boxFor('high', 'high')).toBe(9);
    expect(boxFor('mid', 'high')).toBe(8);
    expect(boxFor('high', 'mid')).toBe(7);
    expect(boxFor('low', 'high')).toBe(6);
    expect(boxFor('mid', 'mid')).toBe(5);
    expect(boxFor('high', 'low')).toBe(4);
    expect(boxFor('low', 'mid')).toBe(3);
    expect(boxFor('mid', 'low')).toBe(2);
    expect(boxFor('low', 'low')).toBe(1);
  });

  it('lays counts out by box, zero where missing', () => {
    const cells = nineBoxCells([
      { box: 9, count: 12 },
      { box: 1, count: 3 },
      { box: 5, count: 100 },
    ]);
    expect(cells.map((r) => r.map((c) => c.box))).toEqual(NINE_BOX_GRID);
    expect(cells[0][2]).toMatchObject({ box: 9, count: 12, perf: 'high', pot: 'high' });
    expect(cells[2][0]).toMatchObject({ box: 1, count: 3, perf: 'low', pot: 'low' });
    expect(cells[1][1].count).toBe(100);
    expect(cells[0][0].count).toBe(0);
  });

  it('has the pool at boxes 7-9 by default', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].filter((b) => inPool(b))).toEqual([7, 8, 9]);
    expect(inPool(6, 6)).toBe(true);
  });
});
