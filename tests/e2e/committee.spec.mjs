// Pansel: the flow runs on its own committee E2E-PANSEL (UK-2026 is left alone): the operator
// creates it (API), adds members and enrols the eligible officials in the room; the admin gives
// the demo "pansel" login the seat A1 (Pengguna page); pansel sees it, signs the declaration
// with one conflict, scores an official (the conflicted one is disabled with the reason) and may
// not run "Hitung"; the operator records the other members' scores (API, one through the sheet
// naming a member), computes, and finalises after confirming; the room is then read-only.

const CODE = 'E2E-PANSEL';
const COMPS = ['rekam_jejak', 'tes_tertulis', 'wawancara'];

export async function operatorSetsUpTheRoom({ login, expect, tid, screenshot, api }) {
  const page = await login('operator');
  const made = await api(page, 'POST', '/committees', { code: CODE, name: 'Pansel uji E2E', as_of: '2026-06-30' });
  expect.equal(made.status, 201, `create ${CODE}: ${made.text}`);
  await page.click(tid('nav-committee'));
  await expect.path(page, '/pansel');
  await page.click(`${tid('cmt-row')}[data-code="${CODE}"] a >> nth=0`);
  await expect.path(page, `/pansel/${CODE}`);
  await expect.visible(page, tid('cmt-members'));
  for (const [code, name, role] of [['K1', 'Ketua E2E', 'chair'], ['A1', 'Anggota Satu', 'member'], ['A2', 'Anggota Dua', 'member']]) {
    if (!(await page.locator(tid('cmt-m-code')).isVisible())) await page.click(`${tid('cmt-add-member')} summary`);
    await page.fill(tid('cmt-m-code'), code);
    await page.fill(tid('cmt-m-name'), name);
    await page.selectOption(tid('cmt-m-role'), role);
    await page.click(tid('cmt-m-submit'));
    await expect.visible(page, `${tid('cmt-member-row')}[data-code="${code}"]`);
  }
  await page.click(tid('cmt-enrol-eligible'));
  await expect.visible(page, tid('cmt-enrol-ok'));
  const c = (await api(page, 'GET', `/committees/${CODE}`)).json;
  expect.ok(c.officials.length > 0, 'eligible officials enrolled');
  await expect.eventually(async () => (await expect.count(page, tid('cmt-official-row'))) === c.officials.length, { message: 'one row per official' });
  expect.equal(await expect.text(page, tid('cmt-sheet-source')) !== '', true, 'the components are named');
  await screenshot(page, 'committee-room-staff', { fullPage: true });
}

export async function adminSeatsPansel({ login, expect, tid, screenshot }) {
  const page = await login('admin');
  await page.click(tid('nav-accounts'));
  await expect.path(page, '/pengguna');
  await page.click(`${tid('acc-row')}[data-username="pansel"] ${tid('acc-manage')}`);
  await page.selectOption(tid('acc-seat-committee'), CODE);
  await expect.eventually(async () => (await page.locator(`${tid('acc-seat-member')} option[value="A1"]`).count()) === 1, { message: 'member A1 offered' });
  await page.selectOption(tid('acc-seat-member'), 'A1');
  await page.click(tid('acc-seat-submit'));
  await expect.visible(page, tid('acc-seat-ok'));
  await screenshot(page, 'committee-seat');
}

export async function panselDeclaresAndScores({ login, expect, tid, screenshot, api }) {
  const page = await login('pansel');
  await expect.visible(page, `${tid('cmt-row')}[data-code="${CODE}"]`);
  const mine = (await api(page, 'GET', '/committees')).json.items.map((x) => x.code);
  expect.equal(await expect.count(page, tid('cmt-row')), mine.length, 'only the committees pansel sits on');
  await page.click(`${tid('cmt-row')}[data-code="${CODE}"] a >> nth=0`);
  await expect.visible(page, tid('cmt-declaration'));
  const c = (await api(page, 'GET', `/committees/${CODE}`)).json;
  const conflicted = c.officials[1].nip;
  await page.check(`${tid('cmt-decl-conflict')}[value="${conflicted}"]`);
  await page.click(tid('cmt-decl-submit'));
  await expect.visible(page, tid('cmt-decl-ok'));
  await expect.visible(page, `${tid('cmt-member-row')}[data-code="A1"][data-declared="true"]`);
  // the conflicted official is disabled, with the reason
  const off = `${tid('cmt-sheet-row')}[data-nip="${conflicted}"]`;
  await expect.visible(page, `${off} ${tid('cmt-sheet-conflict')}`);
  expect.ok(await page.locator(`${off} ${tid('cmt-sheet-save')}`).isDisabled(), 'no saving for a conflicted official');
  // score the first official: one bad value first, then all three
  const row = `${tid('cmt-sheet-row')}[data-nip="${c.officials[0].nip}"]`;
  const cells = page.locator(`${row} ${tid('cmt-score')}`);
  expect.equal(await cells.count(), COMPS.length, 'one column per member-scored component');
  await cells.nth(0).fill('101');
  await page.click(`${row} ${tid('cmt-sheet-save')}`);
  await expect.visible(page, `${row} .mk-field-err`);
  for (let i = 0; i < COMPS.length; i++) await cells.nth(i).fill(String(80 + i));
  await page.click(`${row} ${tid('cmt-sheet-save')}`);
  await expect.eventually(async () => (await page.locator(`${row} .cmt-saved`).count()) === COMPS.length, { message: 'three cells saved' });
  // a plain member may not compute: no button, and the API refuses it anyway
  expect.equal(await page.locator(tid('cmt-decide')).count(), 0, 'a plain member sees no compute button');
  const refused = await api(page, 'POST', `/committees/${CODE}/decide`, {});
  expect.equal(refused.status, 403, `decide as a plain member: ${refused.text}`);
  // the recorded scores come back with the committee and fill the sheet on a reload
  await page.reload();
  await expect.eventually(async () => (await page.locator(`${row} ${tid('cmt-score')}`).nth(0).inputValue()) === '80', {
    message: 'the recorded score is shown after a reload',
  });
  await screenshot(page, 'committee-member-sheet', { fullPage: true });
}

export async function operatorComputesAndFinalises({ login, expect, tid, screenshot, api , pdfAt}) {
  const page = await login('operator');
  const c = (await api(page, 'GET', `/committees/${CODE}`)).json;
  for (const m of ['K1', 'A2']) {
    const d = await api(page, 'POST', `/committees/${CODE}/declarations`, { statement: 'Tidak ada benturan kepentingan', member: m });
    expect.equal(d.status, 200, `declaration ${m}: ${d.text}`);
  }
  for (const o of c.officials)
    for (const m of ['K1', 'A2'])
      for (const [i, comp] of COMPS.entries()) {
        if (m === 'A2' && i === 0 && o === c.officials[0]) continue; // entered through the sheet below
        const r = await api(page, 'POST', `/committees/${CODE}/scores`, { nip: o.nip, member: m, component: comp, score: 70 + ((o.nip.charCodeAt(17) + i) % 25) });
        expect.equal(r.status, 200, `score ${m} ${o.nip} ${comp}: ${r.text}`);
      }
  await page.goto(`/pansel/${CODE}`);
  await expect.visible(page, tid('cmt-sheet-member'));
  await page.selectOption(tid('cmt-sheet-member'), 'A2');
  const row = `${tid('cmt-sheet-row')}[data-nip="${c.officials[0].nip}"]`;
  await page.locator(`${row} ${tid('cmt-score')}`).nth(0).fill('77,5');
  await page.click(`${row} ${tid('cmt-sheet-save')}`);
  await expect.visible(page, `${row} .cmt-saved`);
  await page.click(tid('cmt-decide'));
  await expect.visible(page, tid('cmt-decide-ok'));
  await expect.visible(page, tid('cmt-results'));
  const after = (await api(page, 'GET', `/committees/${CODE}`)).json;
  const ok = after.officials.filter((o) => o.result?.status === 'ok');
  expect.equal(await expect.count(page, tid('cmt-result-row')), after.officials.length, 'one result row per official');
  for (const o of ok.slice(0, 3)) {
    const shown = await page.locator(`${tid('cmt-result-row')}[data-nip="${o.nip}"]`).getAttribute('data-recommendation');
    expect.equal(shown, o.result.recommendation, `recommendation of ${o.nip}`);
  }
  await screenshot(page, 'committee-results', { fullPage: true });
  if (ok.length !== after.officials.length) return; // an official without records: finalisation is refused (API-tested)
  await page.click(tid('cmt-finalise'));
  await expect.visible(page, tid('cmt-finalise-confirm'));
  await page.click(tid('cmt-finalise-yes'));
  await expect.visible(page, tid('cmt-final-banner'));
  await expect.visible(page, tid('cmt-minutes'));
  expect.equal(await expect.count(page, tid('cmt-sheet')), 0, 'no score sheet once final');
  expect.equal(await expect.count(page, tid('cmt-decide')), 0, 'no compute once final');
  expect.equal((await api(page, 'GET', `/committees/${CODE}`)).json.status, 'final', 'the API agrees');
  await pdfAt(page, tid('minutes-pdf'), 'the minutes');
  await pdfAt(page, tid('letter-pdf'), 'the recommendation letter');
  await screenshot(page, 'committee-final', { fullPage: true });
}
