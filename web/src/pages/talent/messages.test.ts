import { describe, expect, it } from 'vitest';
import { TALENT_MESSAGES } from './messages';

describe('talent messages', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(TALENT_MESSAGES.en).sort()).toEqual(Object.keys(TALENT_MESSAGES.id).sort());
  });
  it('keeps the same placeholders', () => {
    for (const k of Object.keys(TALENT_MESSAGES.id)) {
      const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(vars(TALENT_MESSAGES.en[k]), k).toEqual(vars(TALENT_MESSAGES.id[k]));
    }
  });
});
