import { describe, expect, it } from 'vitest';
import { homeFor, isActive, mayOpen, menuFor, pageOf, ROLES } from './menu';

const ids = (r: Parameters<typeof menuFor>[0]) => menuFor(r).map((m) => m.id);

describe('role → menu', () => {
  it('gives an assessor only their assessments', () => {
    expect(ids('assessor')).toEqual(['myAssessments']);
  });
  it('gives an employee only their profile and results', () => {
    expect(ids('employee')).toEqual(['myProfile', 'myResults']);
  });
  it('gives a committee member only the committee', () => {
    expect(ids('committee')).toEqual(['committee']);
  });
  it('gives accounts only to admins', () => {
    for (const r of ROLES) expect(ids(r).includes('accounts')).toBe(r === 'admin' || r === 'super_admin');
  });
  it('gives imports to those who may upload, not to the head', () => {
    expect(ids('operator')).toContain('imports');
    expect(ids('head')).not.toContain('imports');
    expect(ids('head')).toEqual(expect.arrayContaining(['dashboard', 'employees', 'talent', 'moves']));
  });
  it('gives nothing without a role', () => {
    expect(menuFor(null)).toEqual([]);
  });
});

describe('who may open what', () => {
  it('lands each role on a page it may open', () => {
    for (const r of ROLES) expect(mayOpen(r, homeFor(r))).toBe(true);
  });
  it('lets an employee open only their own profile', () => {
    expect(mayOpen('employee', '/pegawai/196701021997082001', '196701021997082001')).toBe(true);
    expect(mayOpen('employee', '/pegawai/199001012015011001', '196701021997082001')).toBe(false);
    expect(mayOpen('employee', '/pegawai')).toBe(false);
    expect(mayOpen('employee', '/')).toBe(false);
  });
  it('matches sub-paths to their page', () => {
    expect(pageOf('/pegawai/123')?.id).toBe('employees');
    expect(pageOf('/saya/hasil')?.id).toBe('myResults');
    expect(pageOf('/nowhere')).toBeNull();
    expect(isActive({ id: 'employees', label: '', path: '/pegawai' }, '/pegawai/1')).toBe(true);
    expect(isActive({ id: 'dashboard', label: '', path: '/' }, '/pegawai')).toBe(false);
  });
  it('keeps operators out of accounts and assessors out of the dashboard', () => {
    expect(mayOpen('operator', '/pengguna')).toBe(false);
    expect(mayOpen('assessor', '/')).toBe(false);
  });
});
