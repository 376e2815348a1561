import { describe, expect, it } from 'vitest';
import { MOVES_MESSAGES } from './messages';

describe('moves messages', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(MOVES_MESSAGES.en).sort()).toEqual(Object.keys(MOVES_MESSAGES.id).sort());
  });
  it('keeps the same placeholders', () => {
    for (const k of Object.keys(MOVES_MESSAGES.id)) {
      const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(vars(MOVES_MESSAGES.en[k]), k).toEqual(vars(MOVES_MESSAGES.id[k]));
    }
  });
});
