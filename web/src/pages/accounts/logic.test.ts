import { describe, expect, it } from 'vitest';
import type { Account } from './api';
import { accountLink, accountState, checkDraft, checkPassword, creatableRoles, EMPTY_DRAFT } from './logic';

const acc = (p: Partial<Account>): Account => ({
  username: 'x', display_name: 'x', role: 'operator', tenant: 'demo', must_change_password: false, nip: null,
  disabled: false, locked_until: null, employee_nip: null, assessor_code: null, created_at: '2026-01-01T00:00:00Z', ...p,
});

describe('accounts logic', () => {
  it('only a super admin may create a super admin', () => {
    expect(creatableRoles('admin')).not.toContain('super_admin');
    expect(creatableRoles('super_admin')[0]).toBe('super_admin');
  });
  it('checks a draft', () => {
    expect(checkDraft(EMPTY_DRAFT)).toMatchObject({ username: 'acc.err.username', display_name: 'acc.err.required', role: 'acc.err.required', password: 'acc.err.short' });
    const ok = { ...EMPTY_DRAFT, username: 'budi.s', display_name: 'Budi', role: 'operator' as const, password: 'rahasia-panjang', password2: 'rahasia-panjang' };
    expect(checkDraft(ok)).toEqual({});
    expect(checkDraft({ ...ok, role: 'employee' })).toEqual({ employee_nip: 'acc.err.nip' });
    expect(checkDraft({ ...ok, role: 'employee', employee_nip: '199001012015031001' })).toEqual({});
    expect(checkDraft({ ...ok, role: 'assessor' })).toEqual({ assessor_code: 'acc.err.required' });
    expect(checkDraft({ ...ok, username: 'Budi' })).toEqual({ username: 'acc.err.username' });
  });
  it('checks passwords', () => {
    expect(checkPassword('operator1', 'operator1', 'operator1')).toEqual({ field: 'password', key: 'acc.err.short' });
    expect(checkPassword('operator12', 'OPERATOR12', 'OPERATOR12')).toEqual({ field: 'password', key: 'acc.err.sameAsUser' });
    expect(checkPassword('u', 'long-enough-1', 'long-enough-2')).toEqual({ field: 'password2', key: 'acc.err.mismatch' });
    expect(checkPassword('u', 'long-enough-1', 'long-enough-1')).toBeNull();
  });
  it('names the state and the link', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(accountState(acc({}), now)).toBe('active');
    expect(accountState(acc({ disabled: true, locked_until: '2027-01-01T00:00:00Z' }), now)).toBe('disabled');
    expect(accountState(acc({ locked_until: '2026-06-01T00:10:00Z' }), now)).toBe('locked');
    expect(accountState(acc({ locked_until: '2026-05-01T00:10:00Z' }), now)).toBe('active');
    expect(accountLink(acc({ employee_nip: '1990' }))).toEqual({ kind: 'nip', value: '1990' });
    expect(accountLink(acc({ assessor_code: 'LAPN-01' }))).toEqual({ kind: 'assessor', value: 'LAPN-01' });
    expect(accountLink(acc({}))).toBeNull();
  });
});
