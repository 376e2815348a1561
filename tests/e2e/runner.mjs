// runner.mjs BASE: runs every tests/e2e/*.spec.mjs against a merit server at BASE (see
// run.sh, which starts one on a fresh demo database, and README.md). core.spec.mjs first,
// then the others by file name; inside a file, its exported async functions in the order
// they are written. Prints "ok - spec/test (N.N s)" or "FAIL: spec/test: reason" per
// test and exits 1 when any failed. Screenshots go to $MERIT_E2E_SHOTS at 1366×768.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AssertionError, deepStrictEqual } from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const src = process.env.MERIT_SRC ?? resolve(here, '../..');
const base = (process.argv[2] ?? '').replace(/\/$/, '');
if (!base) {
  console.error('usage: node runner.mjs BASE-URL (tests/e2e/run.sh starts the server)');
  process.exit(2);
}
const shots = resolve(process.env.MERIT_E2E_SHOTS ?? join(src, 'build/e2e-shots'));
const only = process.env.MERIT_E2E_ONLY ?? '';
const tmp = process.env.MERIT_E2E_TMP ?? '/tmp';
const TEST_TIMEOUT = Number(process.env.MERIT_E2E_TEST_TIMEOUT ?? 120_000);
const STEP_TIMEOUT = Number(process.env.MERIT_E2E_STEP_TIMEOUT ?? 15_000);
const VIEWPORT = { width: 1366, height: 768 };
mkdirSync(shots, { recursive: true });

// playwright-core is a devDependency of web/ (driving an installed browser: it downloads none)
const requireWeb = createRequire(join(src, 'web/package.json'));
const pw = await import(pathToFileURL(requireWeb.resolve('playwright-core')).href);
const chromium = pw.chromium ?? pw.default.chromium;

// ---- the demo logins (scripts/demo-setup.sh) -----------------------------------------
export const USERS = {
  superadmin: 'super_admin',
  admin: 'admin',
  operator: 'operator',
  kepala: 'head',
  asesor: 'assessor',
  pegawai: 'employee',
  pansel: 'committee',
};
const BY_ROLE = Object.fromEntries(Object.entries(USERS).map(([u, r]) => [r, u]));
const PEGAWAI_NIP = '196701021997082001';

// ---- expect helpers --------------------------------------------------------------------
const tid = (id) => `[data-testid="${id}"]`;
function fail(msg) {
  throw new AssertionError({ message: msg });
}
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));
const expect = {
  tid,
  fail,
  ok(cond, msg = 'expected a true value') {
    if (!cond) fail(msg);
  },
  equal(actual, expected, msg = '') {
    if (actual !== expected) fail(`${msg ? msg + ': ' : ''}expected ${show(expected)}, got ${show(actual)}`);
  },
  deepEqual(actual, expected, msg = '') {
    try {
      deepStrictEqual(actual, expected);
    } catch {
      fail(`${msg ? msg + ': ' : ''}expected ${show(expected)}, got ${show(actual)}`);
    }
  },
  match(actual, re, msg = '') {
    if (!re.test(String(actual))) fail(`${msg ? msg + ': ' : ''}${show(actual)} does not match ${re}`);
  },
  includes(actual, part, msg = '') {
    if (!String(actual).includes(part)) fail(`${msg ? msg + ': ' : ''}${show(actual)} does not contain ${show(part)}`);
  },
  /** waits until SELECTOR is visible on PAGE; returns its locator (first match) */
  async visible(page, selector, opts = {}) {
    const loc = page.locator(selector).first();
    try {
      await loc.waitFor({ state: 'visible', timeout: opts.timeout ?? STEP_TIMEOUT });
    } catch {
      fail(`${selector} is not visible on ${new URL(page.url()).pathname}${opts.why ? ` (${opts.why})` : ''}`);
    }
    return loc;
  },
  /** waits until SELECTOR is gone or hidden */
  async hidden(page, selector, opts = {}) {
    try {
      await page.locator(selector).first().waitFor({ state: 'hidden', timeout: opts.timeout ?? STEP_TIMEOUT });
    } catch {
      fail(`${selector} is still visible on ${new URL(page.url()).pathname}`);
    }
  },
  /** the visible text of SELECTOR (waits for it), whitespace collapsed */
  async text(page, selector, opts = {}) {
    const loc = await expect.visible(page, selector, opts);
    return (await loc.innerText()).replace(/\s+/g, ' ').trim();
  },
  /** the texts of every match of SELECTOR (does not wait) */
  async texts(page, selector) {
    return (await page.locator(selector).allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  },
  async count(page, selector) {
    return page.locator(selector).count();
  },
  /** waits until the page's path (and query, if given) equals PATH or matches a RegExp */
  async path(page, want, opts = {}) {
    const ok = () => {
      const u = new URL(page.url());
      const p = want instanceof RegExp || want.includes('?') ? u.pathname + u.search : u.pathname;
      return want instanceof RegExp ? want.test(p) : p === want;
    };
    const until = Date.now() + (opts.timeout ?? STEP_TIMEOUT);
    while (!ok()) {
      if (Date.now() > until) fail(`expected the page at ${want}, it is at ${new URL(page.url()).pathname}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  },
  /** retries FN (which throws or returns falsy) until it passes or the time is up */
  async eventually(fn, opts = {}) {
    const until = Date.now() + (opts.timeout ?? STEP_TIMEOUT);
    for (;;) {
      try {
        const v = await fn();
        if (v !== false) return v;
        if (Date.now() > until) fail(opts.message ?? 'the condition never held');
      } catch (e) {
        if (Date.now() > until) throw e;
      }
      await new Promise((r) => setTimeout(r, opts.interval ?? 100));
    }
  },
};

// ---- per-test context ------------------------------------------------------------------
function makeContext(browser, state) {
  const track = async (opts = {}) => {
    const context = await browser.newContext({ viewport: VIEWPORT, baseURL: base, ...opts });
    context.setDefaultTimeout(STEP_TIMEOUT);
    context.setDefaultNavigationTimeout(STEP_TIMEOUT * 2);
    state.contexts.push(context);
    context.on('page', (p) => watch(p));
    return context;
  };
  const watch = (page) => {
    page.on('pageerror', (e) => state.pageErrors.push(`${new URL(page.url()).pathname}: ${e.message}`));
  };
  const csrf = new WeakMap();

  const ctx = {
    browser,
    base,
    expect,
    tid,
    USERS,
    PEGAWAI_NIP,
    /** a scratch directory (removed after the run) */
    tmp,
    /** the directory screenshots go to */
    shots,
    log: (msg) => console.log(`# ${msg}`),

    /** a signed-out page in a fresh browser context (own cookies and storage) */
    async newPage(opts = {}) {
      const context = await track(opts);
      return context.newPage();
    },

    /**
     * Signs in through the login form as a demo user (username: superadmin, admin, operator,
     * kepala, asesor, pegawai, pansel; or a role: super_admin, head, ...) in a fresh browser
     * context; resolves with the page on the role's landing page. opts.lang: 'en' signs in
     * with English chosen (stored like the language switch does).
     */
    async login(who, opts = {}) {
      const user = USERS[who] ? who : BY_ROLE[who];
      if (!user) fail(`login: no demo user or role ${who}`);
      const password = opts.password ?? `${user}-demo-2026`;
      const page = await ctx.newPage();
      if (opts.lang) {
        await page.addInitScript((l) => {
          if (!localStorage.getItem('merit.lang')) localStorage.setItem('merit.lang', l);
        }, opts.lang);
      }
      await page.goto(opts.next ? `/masuk?next=${encodeURIComponent(opts.next)}` : '/masuk');
      await expect.visible(page, tid('page-login'));
      await page.fill('#login-username', user);
      await page.fill('#login-password', password);
      await page.click(tid('login-submit'));
      await expect.visible(page, tid('topbar'), { why: `signing in as ${user}` });
      await expect.eventually(() => new URL(page.url()).pathname !== '/masuk');
      return page;
    },

    /** saves a full-window screenshot as SHOTS/NAME.png (1366×768 viewport) */
    async screenshot(page, name, opts = {}) {
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      // Chart.js animates for ~1 s: wait until the charts have drawn
      await page.waitForTimeout(opts.settle ?? 400);
      const file = join(shots, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
      return file;
    },

    /**
     * Calls the JSON API with PAGE's session: api(page, 'GET', '/employees?q=x') or
     * api(page, 'POST', '/waves', {...}); paths are under /api/v1. Sends the CSRF token
     * on POST. Resolves with { status, json, text, headers }; never throws on a status.
     */
    async api(page, method, path, body, opts = {}) {
      const url = path.startsWith('/api/') ? path : `/api/v1${path}`;
      const headers = { Accept: 'application/json', ...(opts.headers ?? {}) };
      const req = page.context().request;
      if (method !== 'GET') {
        let token = csrf.get(page.context());
        if (!token) {
          const me = await req.get(`${base}/api/v1/auth/me`);
          token = (await me.json()).csrf_token;
          csrf.set(page.context(), token);
        }
        headers['X-CSRF-Token'] = token;
      }
      const init = { method, headers, failOnStatusCode: false };
      if (opts.multipart) init.multipart = opts.multipart;
      else if (body !== undefined) init.data = body;
      const res = await req.fetch(`${base}${url}`, init);
      const text = await res.text();
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      return { status: res.status(), json, text, headers: res.headers() };
    },

    /**
     * Follows the download link at SEL on PAGE with its session and checks the answer is a
     * PDF (200, %PDF-); WHAT names it in failures.
     */
    async pdfAt(page, sel, what) {
      const r = await page.request.get(new URL(await page.getAttribute(sel, 'href'), page.url()).href);
      if (r.status() !== 200) throw new Error(`${what}: want 200, got ${r.status()}`);
      if ((await r.body()).subarray(0, 5).toString() !== '%PDF-') throw new Error(`${what}: not a PDF`);
    },

    /** runs the merit CLI on the test database (tenant demo); returns its stdout */
    cli(...args) {
      return execFileSync(process.env.MERIT_BIN, ['--db', process.env.MERIT_E2E_DB, '--tenant', 'demo', ...args], {
        encoding: 'utf8',
        env: { ...process.env, MERIT_LANG: 'en' },
      });
    },
  };
  return ctx;
}

// ---- discovery ---------------------------------------------------------------------------
function specFiles() {
  const all = readdirSync(here).filter((f) => f.endsWith('.spec.mjs'));
  return all.sort((a, b) => (a === 'core.spec.mjs' ? -1 : b === 'core.spec.mjs' ? 1 : a.localeCompare(b)));
}

/** the exported functions of a spec in source order (a module namespace sorts its keys) */
async function testsOf(file) {
  const path = join(here, file);
  const mod = await import(pathToFileURL(path).href);
  const text = readFileSync(path, 'utf8');
  const order = [...text.matchAll(/^export\s+(?:async\s+)?function\s+([\w$]+)/gm)].map((m) => m[1]);
  const names = Object.keys(mod).filter((k) => typeof mod[k] === 'function' && k !== 'default');
  names.sort((a, b) => {
    const ia = order.indexOf(a), ib = order.indexOf(b);
    return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib) || a.localeCompare(b);
  });
  return names.map((n) => ({ name: `${file.replace(/\.spec\.mjs$/, '')}/${n}`, fn: mod[n] }));
}

// ---- the run -----------------------------------------------------------------------------
const started = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.MERIT_CHROMIUM ?? '/usr/bin/chromium',
  // root (containers, CI) cannot use Chromium's sandbox; the pages are our own app
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--font-render-hinting=none'],
});
console.log(`# chromium ${browser.version()} against ${base}`);

const tests = [];
for (const f of specFiles()) {
  try {
    tests.push(...(await testsOf(f)));
  } catch (e) {
    tests.push({ name: f, fn: () => { throw e; } });
  }
}
const chosen = tests.filter((t) => !only || t.name.includes(only));
console.log(`1..${chosen.length}`);

let failed = 0;
for (const t of chosen) {
  const state = { contexts: [], pageErrors: [] };
  const ctx = makeContext(browser, state);
  const t0 = Date.now();
  let error = null;
  let timer;
  try {
    await Promise.race([
      t.fn(ctx),
      new Promise((_, rej) => {
        timer = setTimeout(() => rej(new Error(`timed out after ${TEST_TIMEOUT / 1000} s`)), TEST_TIMEOUT);
      }),
    ]);
    if (state.pageErrors.length) error = new Error(`uncaught error in the page: ${state.pageErrors.join('; ')}`);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (error) {
    failed++;
    const first = String(error.message ?? error).split('\n')[0];
    console.log(`FAIL: ${t.name}: ${first}`);
    const rest = String(error.stack ?? '').split('\n').slice(1).filter((l) => l.includes('/tests/e2e/') && !l.includes('runner.mjs')).slice(0, 4);
    for (const l of rest) console.log(`#   ${l.trim()}`);
    // what each open page showed when it failed
    let i = 0;
    for (const c of state.contexts) {
      for (const p of c.pages()) {
        const file = join(shots, `FAIL-${t.name.replace(/[^\w.-]+/g, '_')}-${++i}.png`);
        await p.screenshot({ path: file, timeout: 5000 }).then(
          () => console.log(`#   ${new URL(p.url()).pathname}: ${file}`),
          () => {},
        );
      }
    }
  } else {
    console.log(`ok - ${t.name} (${secs} s)`);
  }
  for (const c of state.contexts) await c.close().catch(() => {});
}

await browser.close();
const total = ((Date.now() - started) / 1000).toFixed(1);
console.log(`# ${chosen.length - failed} passed, ${failed} failed, ${total} s`);
process.exit(failed ? 1 : 0);
