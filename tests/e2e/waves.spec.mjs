// Waves (/gelombang), the assessor's work (/asesmen) and policies (/kebijakan): a new wave
// planned through the UI (form, method matrix, enrolment by filter, groups, automatic and
// manual assignment with a conflict of interest, attendance), the finalise refusal, the
// assessor's evidence form on a tablet (drafts kept across a reload, the server's per-row
// error), the published demo wave's results and integration, and a scoring policy draft
// (summary, comparison, adoption). Creates wave E2E-W1, assessor E2E-IN and a scoring draft
// effective 2099-01-01; the demo wave ASM-2026-01 is only read.

const WAVE = 'E2E-W1';
const TARGETS = 'M.01 M.02 M.03 M.04 M.05 M.06 M.07 M.08 SK.01';

async function confirm(page, tid, id) {
  await page.click(tid(id));
  await page.click(tid(`${id}-yes`));
}

export async function operatorPlansAWave({ login, expect, tid, screenshot, api, cli }) {
  const page = await login('operator');
  await page.click(tid('nav-waves'));
  await expect.path(page, '/gelombang');
  await expect.visible(page, `${tid('wave-row')} >> text=ASM-2026-01`);
  await screenshot(page, 'waves-list');

  // the form checks before the server does
  await page.click(tid('wave-new'));
  await expect.path(page, '/gelombang/baru');
  await page.fill(tid('wf-code'), WAVE);
  await page.fill(tid('wf-name'), 'Gelombang uji e2e');
  await page.selectOption(tid('wf-provider'), 'lembaga');
  await page.fill(tid('wf-start'), '2027-03-01');
  await page.fill(tid('wf-end'), '2027-02-01');
  await page.click(tid('wf-submit'));
  await expect.visible(page, '#wf-end-err');
  await expect.visible(page, '#wf-pname-err');
  await screenshot(page, 'waves-new');
  await page.fill(tid('wf-pname'), 'Lembaga Uji');
  await page.fill(tid('wf-end'), '2027-03-12');
  await page.click(tid('wf-submit'));
  await expect.path(page, `/gelombang/${WAVE}`);
  await expect.visible(page, tid('wave-unpublished'));

  // the matrix: two methods over the same competencies
  for (const [code, kind] of [['WWC', 'wawancara'], ['LGD', 'simulasi']]) {
    if (!(await page.locator(`${tid('method-form')}`).isVisible())) await page.click('details.wv-sub > summary');
    await page.fill(tid('mf-code'), code);
    await page.selectOption('#mf-kind', kind);
    await page.fill(tid('mf-targets'), TARGETS);
    await page.click(`${tid('method-form')} button[type=submit]`);
    await expect.visible(page, `${tid('sum-methods')} td >> text=${code}`);
  }
  const w = (await api(page, 'GET', `/waves/${WAVE}`)).json;
  expect.equal(w.methods.length, 2, 'methods of the new wave');

  // enrolment by filter
  await page.click(tid('tab-enrol'));
  await page.selectOption(tid('en-jenjang'), 'jpt_pratama');
  await page.fill(tid('en-limit'), '8');
  await page.click(tid('enrol-submit'));
  await expect.visible(page, tid('enrol-ok'));
  await screenshot(page, 'waves-enrol');

  // groups of four, two a day
  await page.click(tid('tab-jadwal'));
  await page.fill(tid('gr-size'), '4');
  await page.fill(tid('gr-day'), '2');
  await confirm(page, tid, 'groups-run');
  await expect.visible(page, tid('groups-ok'));
  await expect.visible(page, tid('groups-table'));
  await screenshot(page, 'waves-groups');

  // automatic assignment, then one by hand against a declared relation
  await page.click(tid('tab-penugasan'));
  await confirm(page, tid, 'assign-auto');
  await expect.visible(page, tid('assign-auto-ok'));
  const parts = (await api(page, 'GET', `/waves/${WAVE}/participants?limit=50`)).json.items;
  expect.equal(parts.length, 8, 'participants enrolled');
  const other = (await api(page, 'GET', '/employees?jenjang=pelaksana&limit=1')).json.items[0].nip;
  cli('assessor', 'add', 'E2E-IN', '--name', 'Asesor internal e2e', '--kind', 'internal', '--nip', other, '--accredited-until', '2030-12-31');
  cli('assessor', 'relation', 'E2E-IN', parts[0].nip, 'keluarga');
  await page.reload();
  await page.fill(tid('assign-nip'), parts[0].nip);
  await page.selectOption(tid('assign-assessor'), 'E2E-IN');
  await page.click(tid('assign-submit'));
  await expect.visible(page, tid('assign-conflict'));
  await screenshot(page, 'waves-assign-conflict');
  await page.click(tid('assign-submit')); // no justification: refused by the page
  await expect.visible(page, tid('assign-error'));
  await page.fill(tid('assign-justification'), 'Tidak ada asesor lain dengan kompetensi teknis ini');
  await page.click(tid('assign-submit'));
  await expect.visible(page, tid('assign-ok'));
  await expect.visible(page, tid('assign-load'));
  // the assessor login (LAPN-01) gets the first participant for the next test
  const mine = (await api(page, 'GET', `/waves/${WAVE}/participants/${parts[0].nip}`)).json;
  if (!mine.assessors.some((a) => a.code === 'LAPN-01')) {
    const r = await api(page, 'POST', `/waves/${WAVE}/participants/${parts[0].nip}/assessors`, { assessor: 'LAPN-01' });
    expect.equal(r.status, 200, 'assigning LAPN-01');
  }

  // attendance: absent needs a reason
  await page.click(tid('tab-peserta'));
  await expect.visible(page, tid('pp-row'));
  await page.locator(tid('pp-edit')).last().click();
  await page.click(tid('status-absent'));
  await page.click(tid('status-submit'));
  await expect.visible(page, tid('status-error'));
  await page.fill(tid('status-reason'), 'Sakit (surat dokter)');
  await page.click(tid('status-submit'));
  await page.selectOption(tid('pp-status'), 'absent');
  await expect.eventually(async () => (await page.locator(tid('pp-row')).count()) === 1, { message: 'one absent participant listed' });
  await screenshot(page, 'waves-participants');

  // finalise is refused while participants are not integrated: the server's reason is shown
  await confirm(page, tid, 'wave-finalise');
  const why = await expect.text(page, tid('wave-finalise-error'));
  expect.match(why, /integrasi|integrat/i, 'the refusal names the unfinished integration');
  await page.click(tid('tab-summary'));
  await expect.visible(page, tid('sum-assessors'));
  await screenshot(page, 'waves-summary', { fullPage: true });
}

export async function assessorRecordsEvidenceOnATablet({ login, expect, tid, screenshot, api }) {
  const page = await login('asesor');
  await page.setViewportSize({ width: 820, height: 1180 });
  await expect.path(page, '/asesmen');
  await page.click(`${tid('my-wave')} >> text=${WAVE}`);
  await expect.visible(page, tid('my-participant'));
  const mine = (await api(page, 'GET', `/waves/${WAVE}/participants`)).json;
  expect.equal(await page.locator(tid('my-participant')).count(), mine.items.length, 'only the assessor\'s participants');
  await screenshot(page, 'assessor-participants');
  await page.locator(tid('my-method')).first().click();
  await expect.visible(page, tid('page-evidence'));
  await page.fill(tid('ev-extra'), 'M.01 M.02 X.99');
  await page.click(tid('ev-extra-add'));
  await page.click(tid('ev-level-M.01-3'));
  await page.click(tid('ev-level-M.02-4'));
  await page.click(tid('ev-level-X.99-2'));
  // the draft survives a reload (a tablet losing the page)
  await page.reload();
  await expect.visible(page, `${tid('ev-level-M.02-4')}[aria-checked="true"]`);
  await page.click(tid('ev-send'));
  const err = await expect.text(page, tid('ev-error'));
  expect.includes(err, 'X.99', 'the server names the bad row');
  await expect.visible(page, `${tid('ev-target')}.bad[data-target="X.99"]`);
  await screenshot(page, 'assessor-evidence-error');
  await page.click(tid('ev-level-X.99-2')); // unchoose it
  await page.click(tid('ev-send'));
  await expect.visible(page, tid('ev-ok'));
  await screenshot(page, 'assessor-evidence');
}

export async function resultsAndIntegrationOfTheDemoWave({ login, expect, tid, screenshot, api }) {
  const page = await login('operator');
  await page.goto('/gelombang/ASM-2026-01/hasil');
  await expect.visible(page, tid('res-row'));
  const top = (await api(page, 'GET', '/waves/ASM-2026-01/results?limit=1')).json.items[0];
  expect.includes(await page.locator(tid('res-row')).first().innerText(), top.name, 'rank 1 first');
  await screenshot(page, 'waves-results');
  await page.locator(tid('res-open')).first().click();
  await expect.visible(page, tid('res-items'));
  await page.selectOption(tid('cr-target'), { index: 1 });
  await page.click(tid('cr-submit')); // no reason
  await expect.visible(page, tid('cr-error'));
  await screenshot(page, 'waves-result', { fullPage: true });
  await page.goto('/gelombang/ASM-2026-01/integrasi');
  await page.selectOption(tid('ig-status'), 'final');
  await expect.eventually(async () => (await page.locator(tid('ig-pick')).first().innerText()).match(/Final/i), { message: 'final participants listed' });
  await page.locator(tid('ig-pick')).first().click();
  await expect.visible(page, tid('ig-rows'));
  await screenshot(page, 'waves-integration');

  // the head sees no operator tabs and no publish button on a published wave
  const head = await login('kepala');
  await head.goto('/gelombang/ASM-2026-01');
  await expect.visible(head, tid('wave-published'));
  expect.equal(await head.locator(tid('tab-enrol')).count(), 0, 'enrolment tab for the head');
  expect.equal(await head.locator(tid('wave-publish')).count(), 0, 'publish on a published wave');
}

export async function scoringPolicyDraftCompareAdopt({ login, expect, tid, screenshot, api }) {
  const page = await login('admin');
  await page.click(tid('nav-policies'));
  await expect.path(page, '/kebijakan');
  await expect.visible(page, tid('pol-row'));
  await screenshot(page, 'policies-list');
  await page.goto('/kebijakan/scoring/2');
  await expect.visible(page, tid('pol-summary'));
  expect.includes(await expect.text(page, tid('pol-summary')), '≥ 90', 'the cut-off of optimal');
  await screenshot(page, 'policies-view');

  await page.goto('/kebijakan/baru');
  await page.click(tid('pf-start'));
  await expect.eventually(async () => (await page.inputValue(tid('pf-body'))).includes('"scales"'));
  await page.fill(tid('pf-name'), 'Uji e2e: batas optimal 95');
  await page.fill(tid('pf-date'), '2099-01-01');
  const body = JSON.parse(await page.inputValue(tid('pf-body')));
  body.cap = 'bogus';
  await page.fill(tid('pf-body'), JSON.stringify(body, null, 2));
  await page.click(tid('pf-submit'));
  expect.includes(await expect.text(page, tid('pf-error')), 'cap', 'the server names the field');
  body.cap = 'total';
  body.scales[0].categories[0].min = 95;
  await page.fill(tid('pf-body'), JSON.stringify(body, null, 2));
  await page.click(tid('pf-submit'));
  await expect.path(page, /^\/kebijakan\/scoring\/\d+$/);
  const v = Number(page.url().split('/').pop());
  await page.click(tid('pol-diff'));
  await expect.visible(page, tid('pol-diff-result'));
  const diff = (await api(page, 'GET', `/policies/scoring/${v}/diff`)).json;
  expect.equal(await page.locator(tid('pol-diff-row')).count(), diff.changes.length, 'rows of the comparison');
  await screenshot(page, 'policies-diff');
  await confirm(page, tid, 'pol-adopt');
  await expect.eventually(async () => (await api(page, 'GET', `/policies/scoring/${v}`)).json.status === 'adopted', { message: 'adopted' });
  await expect.hidden(page, tid('pol-adopt'));
}
