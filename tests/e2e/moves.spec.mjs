// Mutasi: the what-if check of one move (verdicts with their articles, as the API gives them),
// then a package of its own through the whole chain — the operator creates it, adds a move and
// submits, the admin (kepala BKPSDM) reviews, the kepala (PPK) approves, the operator executes
// with the SK — each step's button shown only to the role holding it; and a rejection.

const CHECK = { nip: '196706082001021001', to: 'OPD05.K', kind: 'rotasi' }; // a JPT rotation: needs BKN
const TARGET = 'OPD01.B2.PL.PDI'; // a pelaksana post (II/a-III/d)
const stamp = () => Date.now().toString(36).toUpperCase();

/** a pelaksana whose mutasi into TARGET no rule blocks (found through the API) */
async function movableNip(api, page, avoid) {
  const emps = (await api(page, 'GET', '/employees?jenjang=pelaksana&limit=40')).json.items;
  for (const e of emps) {
    if (avoid.includes(e.nip)) continue;
    const c = (await api(page, 'GET', `/moves/check?nip=${e.nip}&to=${TARGET}&kind=mutasi`)).json;
    if (c && c.verdict && c.verdict !== 'blocked') return e.nip;
  }
  throw new Error('no movable pelaksana among the first 40');
}

async function createPackage(page, { tid, expect }, code, title) {
  await page.goto('/mutasi');
  await page.click(tid('pkg-new'));
  await page.fill(tid('pkg-code'), code);
  await page.fill(tid('pkg-title'), title);
  await page.click(tid('pkg-create-submit'));
  await expect.path(page, `/mutasi/${code}`);
  await expect.visible(page, tid('pkg-add'));
}

async function takeStep(page, { tid, expect }, id, reason, extra = {}) {
  await page.click(tid(id));
  for (const [k, v] of Object.entries(extra)) await page.fill(tid(`${id}-${k}`), v);
  await page.fill(tid(`${id}-reason`), reason);
  await page.click(tid(`${id}-confirm`));
  await expect.hidden(page, tid(`${id}-panel`));
}

export async function checkOneMove({ login, expect, tid, screenshot, api }) {
  const page = await login('operator');
  await page.click(tid('nav-moves'));
  await expect.path(page, '/mutasi');
  await page.fill(tid('chk-nip'), CHECK.nip);
  await page.fill(tid('chk-to'), CHECK.to);
  await page.selectOption(tid('chk-kind'), CHECK.kind);
  await page.click(tid('chk-submit'));
  await expect.visible(page, tid('check-result'));
  const c = (await api(page, 'GET', `/moves/check?nip=${CHECK.nip}&to=${CHECK.to}&kind=${CHECK.kind}`)).json;
  expect.equal(await expect.count(page, `${tid('check-result')} ${tid('verdict')}`), c.verdicts.length, 'one line per rule');
  expect.equal(await page.getAttribute(`${tid('check-result')} [data-rule="supervisor_bkn"]`, 'data-verdict'), 'needs_approval', 'BKN for a JPT move');
  expect.includes(await expect.text(page, tid('check-result')), 'UU 5/2014 Ps 116', 'the citation of the JPT lock');
  await screenshot(page, 'moves-check', { fullPage: true });
  // an unknown NIP: the API's message near the form
  await page.fill(tid('chk-nip'), '199901012020011999');
  await page.click(tid('chk-submit'));
  await expect.visible(page, `${tid('move-check')} ${tid('action-error')}`);
}

export async function packageThroughTheChain({ login, expect, tid, screenshot, api, PEGAWAI_NIP , pdfAt}) {
  const code = `E2E-MV-${stamp()}`;
  const op = await login('operator');
  const nip = await movableNip(api, op, [PEGAWAI_NIP, '196701021997082001']);
  await createPackage(op, { tid, expect }, code, 'Mutasi uji e2e');
  await op.fill(tid('add-nip'), nip);
  await op.fill(tid('add-to'), TARGET);
  await op.selectOption(tid('add-kind'), 'mutasi');
  await op.click(tid('add-submit'));
  await expect.visible(op, tid('add-result'));
  await expect.visible(op, tid('move-row'));
  expect.equal(await expect.count(op, tid('move-row')), 1, 'one move');
  // the operator holds the draft: submit (and withdraw) only
  expect.equal(await expect.count(op, tid('pkg-review')), 0, 'no review for the operator');
  expect.equal(await expect.count(op, tid('pkg-approve')), 0, 'no approve for the operator');
  await screenshot(op, 'moves-package-draft', { fullPage: true });
  await takeStep(op, { tid, expect }, 'pkg-submit', 'Usulan mutasi pelaksana');
  await expect.eventually(async () => (await expect.text(op, tid('pkg-status-badge'))) === 'Diajukan', { message: 'submitted' });
  expect.equal(await expect.count(op, tid('pkg-add')), 0, 'no adding once submitted');
  expect.equal(await expect.count(op, tid('pkg-actions')), 0, 'the operator has no step on a submitted package');

  const admin = await login('admin');
  await admin.goto(`/mutasi/${code}`);
  await expect.visible(admin, tid('pkg-review'));
  expect.equal(await expect.count(admin, tid('pkg-approve')), 0, 'the admin does not approve');
  await takeStep(admin, { tid, expect }, 'pkg-review', 'Sesuai kebutuhan organisasi');
  await expect.eventually(async () => (await expect.text(admin, tid('pkg-status-badge'))) === 'Ditinjau', { message: 'reviewed' });
  expect.equal(await expect.count(admin, tid('pkg-actions')), 0, 'the admin has no step on a reviewed package');

  const head = await login('kepala');
  await head.goto(`/mutasi/${code}`);
  await expect.visible(head, tid('pkg-approve'));
  await expect.visible(head, tid('pkg-reject'));
  expect.equal(await expect.count(head, tid('pkg-execute')), 0, 'the head does not execute');
  await takeStep(head, { tid, expect }, 'pkg-approve', 'Disetujui Bupati');
  await expect.eventually(async () => (await expect.text(head, tid('pkg-status-badge'))) === 'Disetujui', { message: 'approved' });

  await op.reload();
  await expect.visible(op, tid('pkg-execute'));
  await op.click(tid('pkg-execute'));
  await op.fill(tid('pkg-execute-reason'), 'Pelaksanaan SK mutasi');
  expect.ok(await op.locator(tid('pkg-execute-confirm')).isDisabled(), 'the SK is required');
  await op.fill(tid('pkg-execute-sk_number'), '800/E2E/2026');
  await op.fill(tid('pkg-execute-sk_date'), '2026-11-30');
  await screenshot(op, 'moves-execute-confirm');
  await op.click(tid('pkg-execute-confirm'));
  await expect.eventually(async () => (await expect.text(op, tid('pkg-status-badge'))) === 'Dilaksanakan', { message: 'executed' });
  expect.includes(await expect.text(op, tid('pkg-sk')), '800/E2E/2026', 'the SK number');
  expect.equal(await expect.count(op, tid('trail-row')), 4, 'the trail: submitted, reviewed, approved, executed');
  const p = (await api(op, 'GET', `/moves/packages/${code}`)).json;
  expect.deepEqual(p.trail.map((s) => s.step), ['submitted', 'reviewed', 'approved', 'executed'], 'the API trail');
  const emp = (await api(op, 'GET', `/employees/${nip}`)).json;
  expect.equal(emp.position_code, TARGET, 'the employee moved');
  await pdfAt(op, tid('package-pdf'), 'the package report');
  await screenshot(op, 'moves-package-executed', { fullPage: true });

  // the list shows it executed
  await op.goto('/mutasi');
  await expect.visible(op, tid(`pkg-${code}`));
  await screenshot(op, 'moves-list', { fullPage: true });
}

export async function adminRejectsASubmittedPackage({ login, expect, tid, api, PEGAWAI_NIP }) {
  const code = `E2E-RJ-${stamp()}`;
  const op = await login('operator');
  const nip = await movableNip(api, op, [PEGAWAI_NIP, '196701021997082001']);
  await createPackage(op, { tid, expect }, code, 'Paket untuk ditolak');
  await op.fill(tid('add-nip'), nip);
  await op.fill(tid('add-to'), TARGET);
  await op.selectOption(tid('add-kind'), 'mutasi');
  await op.click(tid('add-submit'));
  await expect.visible(op, tid('move-row'));
  await takeStep(op, { tid, expect }, 'pkg-submit', 'Usulan untuk ditinjau');
  const admin = await login('admin');
  await admin.goto(`/mutasi/${code}`);
  await takeStep(admin, { tid, expect }, 'pkg-reject', 'Formasi belum tersedia');
  await expect.eventually(async () => (await expect.text(admin, tid('pkg-status-badge'))) === 'Ditolak', { message: 'rejected' });
  expect.equal(await expect.count(admin, tid('pkg-actions')), 0, 'no step on a rejected package');
}
