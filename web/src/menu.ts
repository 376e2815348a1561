// Which pages each role may open, and the side menu built from them. Mirrors the
// route table's x-merit-roles (docs/api.md): deny by default.

import type { Role } from './api';

export interface MenuItem {
  id: string;
  /** i18n key of the label */
  label: string;
  path: string;
}

export const ROLES: Role[] = ['super_admin', 'admin', 'operator', 'assessor', 'committee', 'head', 'employee'];

const OFFICE: Role[] = ['super_admin', 'admin', 'operator', 'head'];

/** Pages by route prefix, with the roles that may open them (in menu order). */
export const PAGES: Array<MenuItem & { roles: Role[] }> = [
  { id: 'dashboard', label: 'menu.dashboard', path: '/', roles: OFFICE },
  { id: 'employees', label: 'menu.employees', path: '/pegawai', roles: OFFICE },
  { id: 'positions', label: 'menu.positions', path: '/jabatan', roles: OFFICE },
  { id: 'imports', label: 'menu.imports', path: '/impor', roles: ['super_admin', 'admin', 'operator'] },
  { id: 'waves', label: 'menu.waves', path: '/gelombang', roles: OFFICE },
  { id: 'talent', label: 'menu.talent', path: '/talenta', roles: OFFICE },
  { id: 'moves', label: 'menu.moves', path: '/mutasi', roles: OFFICE },
  { id: 'committee', label: 'menu.committee', path: '/pansel', roles: ['super_admin', 'admin', 'operator', 'head', 'committee'] },
  { id: 'policies', label: 'menu.policies', path: '/kebijakan', roles: OFFICE },
  { id: 'audit', label: 'menu.audit', path: '/audit', roles: OFFICE },
  { id: 'accounts', label: 'menu.accounts', path: '/pengguna', roles: ['super_admin', 'admin'] },
  { id: 'myAssessments', label: 'menu.myAssessments', path: '/asesmen', roles: ['assessor'] },
  { id: 'myProfile', label: 'menu.myProfile', path: '/saya', roles: ['employee'] },
  { id: 'myResults', label: 'menu.myResults', path: '/saya/hasil', roles: ['employee'] },
];

export function menuFor(role: Role | null | undefined): MenuItem[] {
  if (!role) return [];
  return PAGES.filter((p) => p.roles.includes(role)).map(({ id, label, path }) => ({ id, label, path }));
}

/** The page a role lands on after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'assessor':
      return '/asesmen';
    case 'committee':
      return '/pansel';
    case 'employee':
      return '/saya';
    default:
      return '/';
  }
}

/** The page entry a path belongs to (longest prefix), or null. */
export function pageOf(path: string): (MenuItem & { roles: Role[] }) | null {
  let best: (MenuItem & { roles: Role[] }) | null = null;
  for (const p of PAGES) {
    const hit = p.path === '/' ? path === '/' : path === p.path || path.startsWith(p.path + '/');
    if (hit && (!best || p.path.length > best.path.length)) best = p;
  }
  return best;
}

/**
 * May this role open this path? Employees may open their own profile only
 * (/pegawai/OWN-NIP); the server enforces the same (scope self).
 */
export function mayOpen(role: Role, path: string, ownNip?: string | null): boolean {
  if (role === 'employee' && ownNip && (path === `/pegawai/${ownNip}` || path === `/pegawai/${ownNip}/hasil`)) return true;
  const page = pageOf(path);
  return page ? page.roles.includes(role) : false;
}

/** Is this menu item the current page (for aria-current)? */
export function isActive(item: MenuItem, path: string): boolean {
  return pageOf(path)?.id === item.id;
}
