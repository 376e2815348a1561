import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, buildQuery, getTenant, login, onUnauthorized, parseError, parseProblems, request, setCsrf, setFetch, setTenant } from './api';
import { setLang } from './i18n';

function answer(status: number, body: unknown) {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

afterEach(() => {
  setCsrf(null);
  onUnauthorized(null);
  setLang('id');
});

describe('parseError', () => {
  it('reads merit\'s error shape', () => {
    const e = parseError(400, { code: 'usage', message: "parameter 'sort' harus …", field: 'sort', row: null });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 400, code: 'usage', field: 'sort', row: null });
    expect(e.message).toBe("parameter 'sort' harus …");
  });

  it('keeps the row of an import problem', () => {
    expect(parseError(422, { code: 'invalid', message: 'wajib diisi', field: 'nama', row: 3 })).toMatchObject({ field: 'nama', row: 3 });
  });

  it('falls back to the status when the body is not the shape', () => {
    expect(parseError(404, null)).toMatchObject({ code: 'not_found', field: null, row: null });
    expect(parseError(503, 'oops')).toMatchObject({ code: 'busy' });
    expect(parseError(500, [1])).toMatchObject({ code: 'internal' });
    expect(parseError(413, { message: 7, field: 3, row: 'x' })).toMatchObject({ code: 'too_large', field: null, row: null });
    expect(parseError(418, {}).message).toContain('418');
  });

  it('parses problem lists, skipping junk', () => {
    expect(parseProblems([{ code: 'invalid', message: 'm', field: 'f', row: 2 }, 3, null])).toEqual([
      { code: 'invalid', message: 'm', field: 'f', row: 2 },
    ]);
    expect(parseProblems(undefined)).toEqual([]);
  });
});

describe('request', () => {
  it('builds queries without empty values', () => {
    expect(buildQuery({ q: 'ani', unit: '', limit: 50, x: undefined, dry: true })).toBe('?q=ani&limit=50&dry=true');
    expect(buildQuery({})).toBe('');
  });

  it('sends the CSRF token from the login answer on POST only', async () => {
    const calls: Array<{ url: string; init?: RequestInit }> = [];
    setFetch(async (url, init) => {
      calls.push({ url, init });
      if (url.endsWith('/auth/login')) return answer(200, { username: 'a', role: 'admin', csrf_token: 'tok123' });
      return answer(200, { ok: true });
    });
    await login('a', 'b');
    await request('GET', '/units');
    await request('POST', '/waves', { body: { code: 'X' } });
    const h = (i: number) => calls[i].init?.headers as Record<string, string>;
    expect(h(0)['X-CSRF-Token']).toBeUndefined();
    expect(h(1)['X-CSRF-Token']).toBeUndefined();
    expect(h(2)['X-CSRF-Token']).toBe('tok123');
    expect(h(2)['Content-Type']).toBe('application/json');
    expect(calls[2].init?.credentials).toBe('same-origin');
    expect(calls[2].url).toBe('/api/v1/waves');
  });

  it('throws ApiError and calls the 401 handler (but not for the sign-in)', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    setFetch(async () => answer(401, { code: 'unauthenticated', message: 'silakan masuk', field: null, row: null }));
    await expect(request('GET', '/employees')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(login('a', 'wrong')).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure into an ApiError in the current language', async () => {
    setLang('en');
    setFetch(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(request('GET', '/units')).rejects.toMatchObject({ code: 'network', message: 'The server cannot be reached.' });
  });
});

describe('the agency a super admin works in', () => {
  it('travels as X-Merit-Tenant once chosen, and a new sign-in forgets it', async () => {
    const seen: Array<string | null> = [];
    setFetch(async (_url, init) => {
      seen.push(new Headers(init?.headers).get('X-Merit-Tenant'));
      return answer(200, { username: 'root', role: 'super_admin', tenant: 'demo', csrf_token: 'x' });
    });
    await request('GET', '/employees');
    setTenant('lain');
    expect(getTenant()).toBe('lain');
    await request('GET', '/employees');
    await login('root', 'root-password');
    await request('GET', '/employees');
    expect(seen).toEqual([null, 'lain', null, null]);
  });
});
