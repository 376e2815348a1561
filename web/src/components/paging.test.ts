import { describe, expect, it } from 'vitest';
import { pageRange, readPage, readSize } from './paging';

describe('paging', () => {
  it('ranges', () => {
    expect(pageRange(0, 1, 50)).toEqual({ from: 0, to: 0, pages: 1 });
    expect(pageRange(120, 3, 50)).toEqual({ from: 101, to: 120, pages: 3 });
  });
  it('reads the address', () => {
    expect(readPage(null)).toBe(1);
    expect(readPage('0')).toBe(1);
    expect(readPage('x')).toBe(1);
    expect(readPage('4')).toBe(4);
    expect(readSize('100', [25, 50, 100], 50)).toBe(100);
    expect(readSize('7', [25, 50, 100], 50)).toBe(50);
  });
});
