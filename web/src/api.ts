// The JSON API client: same-origin fetch with the HttpOnly session cookie, the CSRF
// token (from the login or GET /auth/me answer, kept in memory only) on every POST,
// and errors parsed from merit's one shape {code, message, field, row} into ApiError.
// A 401 anywhere but the sign-in calls sends the user back to the login page.

import { t } from './i18n';

export const API = '/api/v1';

export type Role = 'super_admin' | 'admin' | 'operator' | 'assessor' | 'committee' | 'head' | 'employee';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | null;
  readonly row: number | null;
  constructor(status: number, code: string, message: string, field: string | null = null, row: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.row = row;
  }
}

/** One problem as the API lists it (errors of an import, or the error answer itself). */
export interface Problem {
  code: string;
  message: string;
  field: string | null;
  row: number | null;
}

const STATUS_CODES: Record<number, string> = {
  400: 'usage',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'too_large',
  415: 'bad_format',
  422: 'invalid',
  429: 'too_many_requests',
  503: 'busy',
};

/** An error answer (parsed JSON, or null when it was not JSON) as an ApiError. */
export function parseError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    const code = typeof b.code === 'string' && b.code ? b.code : STATUS_CODES[status] ?? 'internal';
    const message = typeof b.message === 'string' && b.message ? b.message : t('err.badAnswer', { status });
    const field = typeof b.field === 'string' ? b.field : null;
    const row = typeof b.row === 'number' && Number.isFinite(b.row) ? b.row : null;
    return new ApiError(status, code, message, field, row);
  }
  return new ApiError(status, STATUS_CODES[status] ?? 'internal', t('err.badAnswer', { status }));
}

/** A list of problems from an answer (an import's errors): anything malformed is skipped. */
export function parseProblems(v: unknown): Problem[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((x) => x && typeof x === 'object')
    .map((x) => {
      const e = parseError(0, x);
      return { code: e.code, message: e.message, field: e.field, row: e.row };
    });
}

// ---- the session (in memory) ----------------------------------------------------

export interface Me {
  username: string;
  display_name: string;
  role: Role;
  role_label?: string;
  tenant: string;
  must_change_password: boolean;
  csrf_token: string;
  expires_at?: string;
  /** the employee's own NIP, when the server names it (role employee) */
  nip?: string | null;
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrf(token: string | null): void {
  csrfToken = token;
}
export function getCsrf(): string | null {
  return csrfToken;
}
/** Called on a 401 from any call but the sign-in ones (the app goes to /masuk). */
export function onUnauthorized(f: (() => void) | null): void {
  unauthorizedHandler = f;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function buildQuery(q?: Query): string {
  if (!q) return '';
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
  /** do not redirect to the login page on 401 (sign-in and session probe) */
  quiet401?: boolean;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;
let fetchImpl: FetchLike = (i, init) => fetch(i, init);
/** For tests. */
export function setFetch(f: FetchLike): void {
  fetchImpl = f;
}

/*
 * A super admin works in one agency at a time: the choice travels as X-Merit-Tenant on every
 * request and lasts for the browser tab (sessionStorage). Other roles never send it.
 */
const TENANT_KEY = 'merit.tenant';
let tenantChoice: string | null = (() => {
  try {
    return typeof sessionStorage !== 'undefined' ? sessionStorage.getItem(TENANT_KEY) : null;
  } catch {
    return null;
  }
})();

export function getTenant(): string | null {
  return tenantChoice;
}

export function setTenant(code: string | null): void {
  tenantChoice = code;
  try {
    if (code) sessionStorage.setItem(TENANT_KEY, code);
    else sessionStorage.removeItem(TENANT_KEY);
  } catch {
    /* storage disabled: the choice holds until the page reloads */
  }
}

export async function request<T>(method: 'GET' | 'POST', path: string, opt: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (tenantChoice) headers['X-Merit-Tenant'] = tenantChoice;
  let body: BodyInit | undefined;
  if (opt.form) {
    body = opt.form; // the browser sets the multipart boundary
  } else if (opt.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opt.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetchImpl(API + path + buildQuery(opt.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opt.signal,
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', t('err.network'));
  }
  const text = await res.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!res.ok) {
    const err = parseError(res.status, json);
    if (res.status === 401 && !opt.quiet401 && unauthorizedHandler) unauthorizedHandler();
    throw err;
  }
  if (json === null && text) throw new ApiError(res.status, 'bad_answer', t('err.badAnswer', { status: res.status }));
  return json as T;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal });
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} });

// ---- typed helpers for the endpoints the app uses ----------------------------------

export interface List<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export async function login(username: string, password: string): Promise<Me> {
  setTenant(null); // a new sign-in starts in the account's own agency
  const me = await request<Me>('POST', '/auth/login', { body: { username, password }, quiet401: true });
  setCsrf(me.csrf_token);
  return me;
}

/** The current session, or null when there is none (401). */
export async function me(): Promise<Me | null> {
  try {
    const m = await request<Me>('GET', '/auth/me', { quiet401: true });
    setCsrf(m.csrf_token);
    return m;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    // an agency chosen earlier that this account may not (or no longer) use: back to its own
    if (e instanceof ApiError && tenantChoice && (e.status === 403 || e.status === 404)) {
      setTenant(null);
      return me();
    }
    throw e;
  }
}

/** Every agency on the server (super admin). */
export function tenants(signal?: AbortSignal) {
  return request<List<{ code: string; name: string }>>('GET', '/tenants', { signal });
}

export async function logout(): Promise<void> {
  try {
    await request('POST', '/auth/logout', { body: {}, quiet401: true });
  } finally {
    setCsrf(null);
    setTenant(null);
  }
}

export function changePassword(current_password: string, new_password: string) {
  return request<{ status: string }>('POST', '/auth/password', { body: { current_password, new_password } });
}

export interface Unit {
  code: string;
  name: string;
  kind: string;
  parent_code: string | null;
  depth: number;
}
export const units = (signal?: AbortSignal) => get<List<Unit>>('/units', { limit: 500 }, signal);

export interface EmployeeRow {
  nip: string;
  name: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  sex: 'L' | 'P' | null;
  status: string;
  birth_date: string | null;
  tmt_cpns: string | null;
  golongan: string | null;
  tmt_golongan: string | null;
  position_code: string | null;
  position_name: string | null;
  jenjang: string | null;
  eselon: string | null;
  tmt_jabatan: string | null;
  unit_code: string | null;
  unit_name: string | null;
}

export interface EmployeeQuery {
  q?: string;
  unit?: string;
  jenjang?: string;
  golongan?: string;
  status?: string;
  sort?: string;
  limit?: number;
  offset?: number;
}
export const employees = (q: EmployeeQuery, signal?: AbortSignal) =>
  get<List<EmployeeRow>>('/employees', q as Query, signal);

export interface Skp {
  year: number;
  rating_hasil: string | null;
  rating_perilaku: string | null;
  predikat: string | null;
}
export interface LatestAssessment {
  wave: string;
  revision: number;
  jpm_bp: number;
  score_bp: number;
  category: string;
  potential_bp: number | null;
  potential_category: string | null;
  finalised_at: string;
  valid_until: string;
  published: boolean;
}
export interface EmployeeTalent {
  period: string;
  status: string;
  box: number | null;
  perf_bp: number | null;
  pot_bp: number | null;
}
export interface Employee extends EmployeeRow {
  tmt_pelantikan: string | null;
  education: string | null;
  education_field: string | null;
  skp: Skp[];
  sanctions: Array<Record<string, unknown>>;
  latest_assessment: LatestAssessment | null;
  talent: EmployeeTalent | null;
  /** the career on record, oldest first */
  position_history?: Array<{
    position_code: string | null;
    position_name: string;
    jenjang: string | null;
    eselon: string | null;
    unit_name: string | null;
    tmt_start: string;
    tmt_end: string | null;
    sk_number: string | null;
  }>;
  golongan_history?: Array<{ golongan: string; tmt: string; sk_number: string | null }>;
  training?: Array<{ kind: string; name: string; start_date: string; end_date: string | null; hours: string | null; organizer: string | null }>;
}
export const employee = (nip: string, signal?: AbortSignal) =>
  get<Employee>(`/employees/${encodeURIComponent(nip)}`, undefined, signal);

export interface ResultItem {
  code: string;
  kind: string;
  name: string;
  lkj: number;
  lki: number;
  gap: number;
}
export interface PlanNote {
  code: string;
  gap: number;
  plan?: { kind: string; label_id: string; label_en: string };
}
export interface Result {
  nip: string;
  wave: string;
  wave_name: string;
  purpose: string;
  position: string;
  position_name: string;
  jenjang: string;
  revision: number;
  jpm: number;
  score: number;
  category: string;
  potential: number | null;
  potential_category: string | null;
  detail?: {
    category_label_id?: string;
    category_label_en?: string;
    potential_label_id?: string;
    potential_label_en?: string;
    strengths?: PlanNote[];
    development?: PlanNote[];
  };
  finalised_at: string;
  valid_until: string;
  expired: boolean;
  current: boolean;
  published: boolean;
  items: ResultItem[];
}
export const results = (nip: string, signal?: AbortSignal) =>
  get<List<Result>>(`/employees/${encodeURIComponent(nip)}/results`, undefined, signal);

export interface FitRow {
  rank: number;
  position: string;
  position_name: string;
  position_unit: string;
  jpm: number;
  category: string;
  category_label: string;
  covered: number;
  items: number;
  below: number;
  meets_requirements: boolean;
  unmet: string[];
}
export interface Fit {
  nip: string;
  wave: string;
  positions_total: number;
  current: FitRow | null;
  positions: FitRow[];
}
export const fit = (nip: string, top = 10, signal?: AbortSignal) =>
  get<Fit>(`/employees/${encodeURIComponent(nip)}/fit`, { top }, signal);

export interface Dashboard {
  as_of: string;
  unit: null | { code: string; name: string };
  headcount: {
    total: number;
    by_jenjang: Array<{ jenjang: string; count: number }>;
    by_golongan: Array<{ golongan: string; count: number }>;
    by_status: Array<{ status: string; count: number }>;
  };
  assessment: {
    assessed: number;
    share: number;
    jpm_histogram: Array<{ from: number; to: number; count: number }>;
    by_category: Array<{ category: string; count: number }>;
    expiring: {
      within_days: number;
      count: number;
      items: Array<{ nip: string; name: string; wave: string; valid_until: string }>;
    };
  };
  talent: null | {
    period: string | null;
    status: string | null;
    boxes: Array<{ box: number; count: number }>;
    pool: number;
    not_placed: number;
  };
  positions: { total: number; vacant: number; key_vacant: number };
  forecast: { retiring_12m: number; retiring_24m: number };
}
export const dashboard = (unit: string, signal?: AbortSignal) => get<Dashboard>('/dashboard', { unit }, signal);

export type ImportKind =
  | 'units'
  | 'positions'
  | 'employees'
  | 'position-history'
  | 'golongan-history'
  | 'skp'
  | 'sanctions'
  | 'training';
export const IMPORT_KINDS: ImportKind[] = [
  'units',
  'positions',
  'employees',
  'position-history',
  'golongan-history',
  'skp',
  'sanctions',
  'training',
];

export interface ImportRun {
  id: number;
  kind: string;
  filename: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  rows_total: number;
  rows_done: number;
  summary: null | {
    rows?: number;
    inserted?: number;
    updated?: number;
    unchanged?: number;
    errors?: number;
    message?: string;
    dry_run?: boolean;
  };
  created_by: string;
  created_at: string;
  finished_at: string | null;
  errors?: unknown;
}

export function uploadImport(kind: ImportKind, file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<{ id: number; state: string; progress_url: string }>('POST', '/imports', {
    query: { kind, dry_run: dryRun ? 'true' : undefined },
    form,
  });
}
export const importRun = (id: number, signal?: AbortSignal) => get<ImportRun>(`/imports/${id}`, undefined, signal);
export const importRuns = (signal?: AbortSignal) => get<List<ImportRun>>('/imports', { limit: 10 }, signal);
