// A tiny router on the history API: the current path as state, navigate(), pattern
// matching with :params, and a click handler for same-origin links.

import { useEffect, useState } from 'preact/hooks';

type Listener = () => void;
const listeners = new Set<Listener>();

export function currentPath(): string {
  return typeof location !== 'undefined' ? location.pathname : '/';
}

export function currentSearch(): URLSearchParams {
  return new URLSearchParams(typeof location !== 'undefined' ? location.search : '');
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const here = location.pathname + location.search;
  if (to === here) return;
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  listeners.forEach((f) => f());
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => listeners.forEach((f) => f()));
}

/** Re-renders the caller when the location changes; returns path and search. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const f = () => setTick((n) => n + 1);
    listeners.add(f);
    return () => {
      listeners.delete(f);
    };
  }, []);
  return { path: currentPath(), search: currentSearch() };
}

/** Match "/pegawai/:nip" against a path: the params, or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const norm = (s: string) => (s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s);
  const a = norm(pattern).split('/');
  const b = norm(path).split('/');
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i].startsWith(':')) {
      if (!b[i]) return null;
      try {
        params[a[i].slice(1)] = decodeURIComponent(b[i]);
      } catch {
        return null;
      }
    } else if (a[i] !== b[i]) return null;
  }
  return params;
}

/** onClick for <a href>: plain left clicks on same-origin links stay in the app. */
export function linkClick(e: MouseEvent): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.currentTarget as HTMLElement).closest('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  e.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}
