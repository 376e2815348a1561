// The official 9-box layout (docs/talent.md, REGULATIONS.md 3.4): rows top to bottom
// are performance above / meets / below expectation, columns left to right potential
// low / middle / high:
//   4 7 9
//   2 5 8
//   1 3 6

export type Level = 'low' | 'mid' | 'high';

export const NINE_BOX_GRID: number[][] = [
  [4, 7, 9],
  [2, 5, 8],
  [1, 3, 6],
];

/** Performance level of each row, top to bottom; potential level of each column. */
export const ROW_PERF: Level[] = ['high', 'mid', 'low'];
export const COL_POT: Level[] = ['low', 'mid', 'high'];

/** Where box 1..9 sits: row 0 = top (performance above), col 0 = left (potential low). */
export function boxPosition(box: number): { row: number; col: number } | null {
  for (let r = 0; r < 3; r++) {
    const c = NINE_BOX_GRID[r].indexOf(box);
    if (c >= 0) return { row: r, col: c };
  }
  return null;
}

/** The box for a performance and a potential level. */
export function boxFor(perf: Level, pot: Level): number {
  return NINE_BOX_GRID[ROW_PERF.indexOf(perf)][COL_POT.indexOf(pot)];
}

export interface BoxCell {
  box: number;
  count: number;
  row: number;
  col: number;
  perf: Level;
  pot: Level;
}

/** The counts [{box, count}] laid out as 3 rows of 3 cells (missing boxes count 0). */
export function nineBoxCells(boxes: Array<{ box: number; count: number }>): BoxCell[][] {
  const counts = new Map<number, number>();
  for (const b of boxes ?? []) counts.set(b.box, (counts.get(b.box) ?? 0) + (b.count ?? 0));
  return NINE_BOX_GRID.map((row, r) =>
    row.map((box, c) => ({ box, count: counts.get(box) ?? 0, row: r, col: c, perf: ROW_PERF[r], pot: COL_POT[c] })),
  );
}

/** Boxes 7-9 form the succession pool by default (talent policy pool_min_box). */
export function inPool(box: number, poolMinBox = 7): boolean {
  return box >= poolMinBox && box <= 9;
}
