import { describe, expect, it } from 'vitest';
import { daysInMonth, decodeNip, formatNip } from './nip';

describe('decodeNip', () => {
  it('decodes the documented example', () => {
    const r = decodeNip('196608011988031001');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parts.birth).toEqual({ year: 1966, month: 8, day: 1, iso: '1966-08-01' });
    expect(r.parts.tmtCpns).toEqual({ year: 1988, month: 3, iso: '1988-03' });
    expect(r.parts.sex).toBe('L');
    expect(r.parts.sequence).toBe(1);
  });

  it('reads a woman and a high sequence, ignoring spaces', () => {
    const r = decodeNip('19670102 199708 2 123');
    expect(r.ok && r.parts.sex).toBe('P');
    expect(r.ok && r.parts.sequence).toBe(123);
    expect(r.ok && r.nip).toBe('196701021997082123');
  });

  it('accepts 29 February only in leap years', () => {
    expect(decodeNip('200002292023101001').ok).toBe(true);
    expect(decodeNip('190002292023101001')).toEqual({ ok: false, reason: 'birth_date' });
    expect(decodeNip('200102292023101001')).toEqual({ ok: false, reason: 'birth_date' });
  });

  it('refuses what is not an 18-digit NIP', () => {
    expect(decodeNip('')).toEqual({ ok: false, reason: 'length' });
    expect(decodeNip('19660801198803100')).toEqual({ ok: false, reason: 'length' });
    expect(decodeNip('1.97E+17')).toEqual({ ok: false, reason: 'digits' });
    expect(decodeNip('19660801198803100a')).toEqual({ ok: false, reason: 'digits' });
  });

  it('refuses impossible dates, months and sexes', () => {
    expect(decodeNip('196613011988031001')).toEqual({ ok: false, reason: 'birth_date' });
    expect(decodeNip('196604311988031001')).toEqual({ ok: false, reason: 'birth_date' });
    expect(decodeNip('196608001988031001')).toEqual({ ok: false, reason: 'birth_date' });
    expect(decodeNip('196608011988131001')).toEqual({ ok: false, reason: 'tmt_month' });
    expect(decodeNip('196608011988001001')).toEqual({ ok: false, reason: 'tmt_month' });
    expect(decodeNip('196608011988033001')).toEqual({ ok: false, reason: 'sex' });
    expect(decodeNip('196608011960031001')).toEqual({ ok: false, reason: 'tmt_before_birth' });
  });

  it('knows month lengths', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 13)).toBe(0);
  });
});

describe('formatNip', () => {
  it('groups the digits as printed on an SK', () => {
    expect(formatNip('196608011988031001')).toBe('19660801 198803 1 001');
    expect(formatNip('abc')).toBe('abc');
  });
});
