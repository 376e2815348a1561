import { describe, expect, it } from 'vitest';
import { CMT_MESSAGES } from './messages';

describe('committee messages', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(CMT_MESSAGES.en).sort()).toEqual(Object.keys(CMT_MESSAGES.id).sort());
  });
  it('keeps the same placeholders', () => {
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of Object.keys(CMT_MESSAGES.id)) expect(vars(CMT_MESSAGES.en[k]), k).toEqual(vars(CMT_MESSAGES.id[k]));
  });
});
