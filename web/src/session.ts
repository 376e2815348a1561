// The signed-in account, in memory (the session cookie itself is HttpOnly). Restored on
// reload from GET /api/v1/auth/me, which also hands back the CSRF token.

import { useEffect, useState } from 'preact/hooks';
import type { Me } from './api';

let me: Me | null = null;
const listeners = new Set<() => void>();

export function getSession(): Me | null {
  return me;
}

export function setSession(m: Me | null): void {
  me = m;
  listeners.forEach((f) => f());
}

/** The employee's own NIP: from the server when it names it, else as the user typed it. */
export function ownNip(): string | null {
  if (!me) return null;
  if (me.nip) return me.nip;
  try {
    return sessionStorage.getItem(`merit.nip.${me.username}`);
  } catch {
    return null;
  }
}

export function setOwnNip(nip: string): void {
  if (!me) return;
  try {
    sessionStorage.setItem(`merit.nip.${me.username}`, nip);
  } catch {
    /* ignore */
  }
  setSession({ ...me });
}

export function useSession(): Me | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const f = () => setTick((n) => n + 1);
    listeners.add(f);
    return () => {
      listeners.delete(f);
    };
  }, []);
  return me;
}
