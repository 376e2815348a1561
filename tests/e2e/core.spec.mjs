// The foundation's flows: sign-in and the menu of each role, the dashboard, the employee
// list and a profile, an import with errors then without, the employee's own results,
// the language switch. Runs first (see README.md); the demo is fresh.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// web/src/menu.ts, written out: which menu items (data-testid nav-ID) each demo user has,
// where they land after signing in, and one page their role may not open.
const ALL_OFFICE = ['dashboard', 'employees', 'positions', 'imports', 'waves', 'talent', 'moves', 'committee', 'policies', 'audit'];
const ROLES = {
  superadmin: { menu: [...ALL_OFFICE, 'accounts'], home: '/', forbidden: '/asesmen' },
  admin: { menu: [...ALL_OFFICE, 'accounts'], home: '/', forbidden: '/saya' },
  operator: { menu: ALL_OFFICE, home: '/', forbidden: '/pengguna' },
  kepala: { menu: ALL_OFFICE.filter((m) => m !== 'imports'), home: '/', forbidden: '/impor' },
  asesor: { menu: ['myAssessments'], home: '/asesmen', forbidden: '/pegawai' },
  pegawai: { menu: ['myProfile', 'myResults'], home: '/saya', forbidden: '/' },
  pansel: { menu: ['committee'], home: '/pansel', forbidden: '/jabatan' },
};
const OTHER_NIP = '196701031993102001'; // another demo employee (not the pegawai login's)
const digits = (s) => Number(String(s).replace(/\D/g, ''));

/** the nav-* ids of the side menu, in order */
async function menuIds(page) {
  return page.locator('[data-testid="sidenav"] a[data-testid^="nav-"]').evaluateAll((as) =>
    as.map((a) => a.getAttribute('data-testid').slice(4)),
  );
}

export async function menusAndForbiddenPages({ login, expect, tid, screenshot }) {
  for (const [user, want] of Object.entries(ROLES)) {
    const page = await login(user);
    await expect.path(page, want.home);
    await expect.visible(page, tid('sidenav'));
    expect.deepEqual(await menuIds(page), want.menu, `${user}'s menu`);
    // the landing page is the first item's page, and it is marked as the current one
    await expect.visible(page, `${tid('sidenav')} [aria-current="page"]`);
    await screenshot(page, `home-${user}`);
    // a section of another role: the app says so instead of showing it
    await page.goto(want.forbidden);
    await expect.visible(page, tid('page-forbidden'), { why: `${user} opening ${want.forbidden}` });
    expect.deepEqual(await menuIds(page), want.menu, `${user}'s menu on the forbidden page`);
    await page.context().close();
  }
}

export async function dashboardHeadcountAndNineBox({ login, expect, tid, screenshot, api }) {
  const page = await login('admin');
  await expect.visible(page, tid('page-dashboard'));
  const headcount = await expect.text(page, tid('tile-headcount'));
  expect.equal(digits(headcount), 6500, 'the headcount tile');
  // the 9-box: nine cells whose counts are the API's
  const box = `${tid('dash-ninebox')} ${tid('ninebox')}`;
  await expect.visible(page, box);
  expect.equal(await page.locator(`${box} td[data-box]`).count(), 9, 'cells in the 9-box');
  const d = (await api(page, 'GET', '/dashboard')).json;
  expect.ok(d && d.talent && d.talent.boxes, 'the dashboard API answers the 9-box');
  for (let b = 1; b <= 9; b++) {
    const want = d.talent.boxes.find((x) => x.box === b)?.count ?? 0;
    const got = digits(await page.locator(`${box} ${tid(`box-${b}`)} .nb-count`).innerText());
    expect.equal(got, want, `box ${b}`);
  }
  await expect.visible(page, `${tid('chart-jenjang')} canvas`);
  await screenshot(page, 'dashboard');
  await screenshot(page, 'dashboard-full', { fullPage: true });
}

export async function employeeListSearchAndProfile({ login, expect, tid, screenshot, api, log, PEGAWAI_NIP }) {
  const page = await login('admin');
  // the first screen of the list: from navigation until the first row shows
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await page.goto(i === 0 ? '/pegawai' : `/pegawai?page=${i + 1}`);
    await page.waitForSelector(tid('emp-row'), { state: 'visible' });
    times.push(Math.round(performance.now() - t0));
  }
  console.log(`e2e: employee list first screen ${times[0]} ms (then ${times.slice(1).join(', ')} ms on reloads)`);
  await page.goto('/pegawai?status=PPPK');
  // the whole filtered list as Excel, from the link beside it
  await expect.visible(page, tid('export-xlsx'));
  const xlsx = await page.request.get(new URL(await page.getAttribute(tid('export-xlsx'), 'href'), page.url()).href);
  expect.equal(xlsx.status(), 200, 'the list downloads as Excel');
  expect.includes(xlsx.headers()['content-type'] ?? '', 'spreadsheetml', 'an XLSX');
  expect.includes(xlsx.headers()['content-disposition'] ?? '', 'employees-', 'named after the list');
  await page.goto('/pegawai');
  await expect.visible(page, tid('emp-row'));
  expect.equal(await page.locator(tid('emp-row')).count(), 50, 'rows on the first page');
  expect.includes(await expect.text(page, tid('page-range')), '6.500', 'the range line');
  await screenshot(page, 'employees');

  // search by name: the list narrows to the one employee, whose row opens the profile
  const emp = (await api(page, 'GET', `/employees/${PEGAWAI_NIP}`)).json;
  expect.ok(emp && emp.name, 'GET /employees/:nip names the employee');
  await page.fill(tid('emp-q'), emp.name);
  await expect.path(page, /[?&]q=/);
  await expect.eventually(async () => (await page.locator(tid('emp-row')).count()) >= 1 && (await expect.texts(page, tid('emp-row'))).every((r) => r.includes(emp.name)), {
    message: `the list never narrowed to ${emp.name}`,
  });
  const row = page.locator(tid('emp-row')).filter({ hasText: emp.name }).first();
  expect.includes((await row.innerText()).replace(/\s/g, ''), PEGAWAI_NIP, 'the row shows the NIP');
  log(`search "${emp.name}": ${await page.locator(tid('emp-row')).count()} row(s)`);
  await row.locator('a').first().click();
  await expect.path(page, `/pegawai/${PEGAWAI_NIP}`);
  expect.includes(await expect.text(page, tid('profile-name')), emp.name, 'the profile heading');
  // 196701021997082001: born 2 January 1967, CPNS from August 1997, female (2), sequence 001
  const nip = await expect.text(page, tid('nip-decoded'));
  for (const part of ['1967', 'Januari', 'Agustus 1997', 'Perempuan', '001']) expect.includes(nip, part, 'the decoded NIP');
  // the individual report downloads from the profile (a PDF), the list as Excel
  const pdf = await page.request.get(new URL(await page.locator(tid('report-pdf')).first().getAttribute('href'), page.url()).href);
  expect.equal(pdf.status(), 200, 'the individual report downloads');
  expect.includes(pdf.headers()['content-type'] ?? '', 'application/pdf', 'a PDF');
  expect.ok((await pdf.body()).subarray(0, 5).toString() === '%PDF-', 'PDF bytes');
  // the career on record: positions held, rank steps (the demo gives everyone both)
  expect.ok((await page.locator(`${tid('profile-career')} tbody tr`).count()) >= 1, 'position history rows');
  expect.ok((await page.locator(`${tid('profile-rank')} li`).count()) >= 1, 'rank history rows');
  // the radar of LKI against LKJ is drawn
  await expect.visible(page, `${tid('radar')} canvas`);
  const inked = await page.locator(`${tid('radar')} canvas`).first().evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
    return n;
  });
  expect.ok(inked > 1000, `the radar canvas is blank (${inked} pixels drawn)`);
  await expect.visible(page, tid('result-items'));
  await screenshot(page, 'profile');
  await page.locator(tid('profile-results')).scrollIntoViewIfNeeded();
  await screenshot(page, 'profile-results');
}

/** one CSV line as cells (RFC 4180 quotes; the export has no line breaks inside cells) */
function csvCells(line) {
  const cells = [];
  let cur = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.push(cur), (cur = '');
    else cur += c;
  }
  cells.push(cur);
  return cells;
}
const csvLine = (cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

/** the CSV export's first ROWS employees, with cells changed by EDIT {line: {column: value}} */
function csvSubset(text, rows, edit = {}) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean).slice(0, rows + 1);
  const head = csvCells(lines[0]);
  for (const [line, cells] of Object.entries(edit)) {
    const cols = csvCells(lines[line - 1]);
    for (const [col, v] of Object.entries(cells)) cols[head.indexOf(col)] = v;
    lines[line - 1] = csvLine(cols);
  }
  return lines.join('\n') + '\n';
}

export async function importWithErrorsThenFixed({ login, expect, tid, screenshot, api, tmp }) {
  const page = await login('operator');
  const exp = await api(page, 'GET', '/exports/employees?format=csv');
  expect.equal(exp.status, 200, 'GET /exports/employees');
  // 200 employees; lines 6 and 18 (rows 5 and 17) get dates that do not exist
  const bad = csvSubset(exp.text, 200, { 6: { tmt_jabatan: '2023-02-30' }, 18: { tmt_golongan: '2020-13-01' } });
  const good = csvSubset(exp.text, 200);
  const badFile = join(tmp, 'pegawai-salah.csv');
  const goodFile = join(tmp, 'pegawai.csv');
  writeFileSync(badFile, bad);
  writeFileSync(goodFile, good);

  await page.goto('/impor');
  await expect.visible(page, tid('import-form'));
  await page.selectOption(tid('import-kind'), 'employees');
  await page.setInputFiles(tid('import-file'), badFile);
  await expect.visible(page, tid('import-chosen'));
  await page.click(tid('import-submit'));
  await expect.path(page, /^\/impor\?id=\d+$/);
  const failed = await expect.text(page, tid('import-failed'), { timeout: 30_000 });
  expect.includes(failed, 'Tidak ada yang ditulis', 'the failed import says nothing was written');
  const problems = page.locator(`${tid('import-errors')} tbody tr`);
  expect.equal(await problems.count(), 2, 'problems listed');
  const rows = (await problems.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
  expect.match(rows[0], /^6 tmt_jabatan .*2023-02-30/, 'the first problem');
  expect.match(rows[1], /^18 tmt_golongan .*2020-13-01/, 'the second problem');
  await screenshot(page, 'import-errors');

  // the same file fixed: all 200 rows go through, and nothing changes (they came from the export)
  await page.setInputFiles(tid('import-file'), goodFile);
  await page.click(tid('import-submit'));
  await expect.eventually(async () => (await page.locator(tid('import-run')).getAttribute('data-state')) === 'done', {
    timeout: 30_000,
    message: 'the fixed import never finished',
  });
  const done = await expect.text(page, tid('import-done'));
  expect.match(done, /^200 baris: 0 baru, 0 diubah, 200 tidak berubah\.$/, 'the summary');
  await screenshot(page, 'import-done');
}

export async function employeeSeesOwnResultsOnly({ login, expect, tid, screenshot, api, PEGAWAI_NIP }) {
  const page = await login('pegawai');
  await expect.path(page, '/saya');
  expect.includes((await expect.text(page, tid('profile-nip'))).replace(/\s/g, ''), PEGAWAI_NIP, 'own NIP');
  // the published result of ASM-2026-01, with its radar
  const mine = (await api(page, 'GET', `/employees/${PEGAWAI_NIP}/results`)).json;
  const r = mine?.items?.find((x) => x.wave === 'ASM-2026-01');
  expect.ok(r && r.published, `GET /employees/${PEGAWAI_NIP}/results has the published ASM-2026-01 result`);
  const result = await expect.text(page, `${tid('profile-results')} ${tid('result')}`);
  expect.includes(result, r.wave_name || r.wave, 'the result names its wave');
  expect.match(result, /JPM \d+,\d\d/, 'the result shows its JPM');
  expect.ok(!/belum diumumkan|not published/i.test(result), 'the result is not marked unpublished');
  await expect.visible(page, `${tid('profile-results')} ${tid('radar')} canvas`);
  expect.equal(await page.locator(tid('profile-fit')).count(), 0, 'no best-fit positions for the employee');
  await screenshot(page, 'my-profile');
  await page.click(tid('nav-myResults'));
  await expect.path(page, '/saya/hasil');
  await expect.visible(page, tid('result'));
  await screenshot(page, 'my-results');

  // someone else's profile: refused by the app and by the API
  await page.goto(`/pegawai/${OTHER_NIP}`);
  await expect.visible(page, tid('page-forbidden'));
  await screenshot(page, 'employee-forbidden');
  const other = await api(page, 'GET', `/employees/${OTHER_NIP}`);
  expect.equal(other.status, 403, `GET /employees/${OTHER_NIP} as the employee`);
  const own = await api(page, 'GET', `/employees/${PEGAWAI_NIP}`);
  expect.equal(own.status, 200, 'GET of the own record');
}

export async function languageSwitchToEnglish({ login, expect, tid, screenshot }) {
  const page = await login('admin');
  await expect.visible(page, tid('page-dashboard'));
  expect.equal(await expect.text(page, tid('nav-employees')), 'Pegawai');
  expect.equal(await expect.text(page, tid('nav-imports')), 'Impor data');
  await page.selectOption(tid('lang'), 'en');
  await expect.eventually(async () => (await expect.text(page, tid('nav-employees'))) === 'Employees', {
    message: 'the menu stayed in Bahasa Indonesia',
  });
  expect.equal(await expect.text(page, tid('nav-dashboard')), 'Dashboard');
  expect.equal(await expect.text(page, tid('nav-imports')), 'Data import');
  expect.equal(await expect.text(page, tid('nav-waves')), 'Assessment waves');
  expect.equal(await page.evaluate(() => document.documentElement.lang), 'en', '<html lang>');
  await screenshot(page, 'dashboard-en');
  // the choice is kept across a reload
  await page.reload();
  await expect.visible(page, tid('page-dashboard'));
  expect.equal(await expect.text(page, tid('nav-employees')), 'Employees', 'after a reload');
  await page.selectOption(tid('lang'), 'id');
  await expect.eventually(async () => (await expect.text(page, tid('nav-employees'))) === 'Pegawai');
}
