// Talenta: the 9-box of a period (counts against the API, a box's people), calibration by
// drag and drop and by the keyboard alternative (the "Pindahkan" button), the trail, the
// review (admin) and the set (kepala = PPK) with their confirmation panels; succession,
// the vacancy forecast and the placement optimiser with a forbid and a re-run.
// The demo's period 2026 is left alone: the flow maps its own period E2E-TAL (year 2026).

const PERIOD = 'E2E-TAL';
const digits = (s) => Number(String(s).replace(/\D/g, ''));

async function gridCount(page, tid, box) {
  return digits(await page.locator(`${tid(`tbox-${box}`)} .nb-count`).innerText());
}

export async function operatorCalibratesByDragAndKeyboard({ login, expect, tid, screenshot, api , pdfAt}) {
  const page = await login('operator');
  const mapped = await api(page, 'POST', `/talent/periods/${PERIOD}/map`, { year: 2026 });
  expect.equal(mapped.status, 200, `mapping ${PERIOD}: ${mapped.text}`);
  await page.click(tid('nav-talent'));
  await expect.path(page, '/talenta');
  await expect.visible(page, tid(`period-${PERIOD}`));
  await screenshot(page, 'talent-periods');
  await page.click(tid(`period-${PERIOD}`));
  await expect.path(page, `/talenta/${PERIOD}`);
  await expect.visible(page, tid('talent-grid'));
  // the nine counts are the API's; the layout is the official 4 7 9 / 2 5 8 / 1 3 6
  const d = (await api(page, 'GET', `/talent/periods/${PERIOD}`)).json;
  for (let b = 1; b <= 9; b++) expect.equal(await gridCount(page, tid, b), d.boxes[String(b)] ?? 0, `box ${b}`);
  const order = await page.locator(`${tid('talent-grid')} td[data-box]`).evaluateAll((tds) => tds.map((td) => Number(td.dataset.box)));
  expect.deepEqual(order, [4, 7, 9, 2, 5, 8, 1, 3, 6], 'the grid layout');
  expect.equal(await expect.text(page, tid('period-status')), 'usulan', 'the status');
  // operators calibrate but neither review nor set
  expect.equal(await expect.count(page, tid('period-review')), 0, 'no review button for the operator');
  expect.equal(await expect.count(page, tid('period-set')), 0, 'no set button for the operator');

  // a box's people: the paged list of GET placements?box=8
  await page.click(`${tid('tbox-8')} button`);
  await expect.path(page, /box=8/);
  await expect.visible(page, tid('box-row'));
  const list = (await api(page, 'GET', `/talent/periods/${PERIOD}/placements?box=8&limit=20`)).json;
  expect.equal(await expect.count(page, tid('box-row')), list.items.length, 'rows of box 8');
  const n8 = await gridCount(page, tid, 8);
  const n9 = await gridCount(page, tid, 9);

  // drag and drop the first person of box 8 onto box 9: the form opens with box 9 chosen
  const first = page.locator(tid('box-row')).first();
  const nip = await first.getAttribute('data-nip');
  await first.dragTo(page.locator(tid('tbox-9')));
  await expect.visible(page, tid('cal-form'));
  expect.equal(await page.inputValue(tid('cal-box')), '9', 'the dropped-on box');
  // the reason is required (10 characters)
  await page.fill(tid('cal-reason'), 'pendek');
  expect.ok(await page.locator(tid('cal-submit')).isDisabled(), 'a short reason cannot be sent');
  await page.fill(tid('cal-reason'), 'Rapat kalibrasi: kinerja 2025 di atas target');
  await screenshot(page, 'talent-calibrate-drop');
  await page.click(tid('cal-submit'));
  await expect.visible(page, tid('cal-done'));
  await expect.eventually(async () => (await gridCount(page, tid, 9)) === n9 + 1 && (await gridCount(page, tid, 8)) === n8 - 1, {
    message: 'box 9 up by one and box 8 down by one',
  });
  const shown = (await api(page, 'GET', `/talent/periods/${PERIOD}/placements/${nip}`)).json;
  expect.equal(shown.box.box, 9, 'the API has the person in box 9');

  // the keyboard alternative: "Pindahkan" and a box select, once box 8's list no longer
  // holds the person just moved (its refresh would reset an open form)
  await expect.eventually(async () => (await page.locator(tid('box-row')).first().getAttribute('data-nip')) !== nip, {
    message: "box 8's list refreshed",
  });
  const second = page.locator(tid('box-row')).first();
  const nip2 = await second.getAttribute('data-nip');
  await second.locator(tid('move-btn')).focus();
  await page.keyboard.press('Enter');
  await expect.visible(page, tid('cal-form'));
  await page.selectOption(tid('cal-box'), '5');
  await page.fill(tid('cal-reason'), 'Potensial perlu divalidasi ulang oleh tim');
  await page.click(tid('cal-submit'));
  await expect.visible(page, tid('cal-done'));
  expect.equal((await api(page, 'GET', `/talent/periods/${PERIOD}/placements/${nip2}`)).json.box.box, 5, 'moved to box 5');
  await pdfAt(page, tid('ninebox-pdf'), 'the 9-box poster');
  await screenshot(page, 'talent-period');

  // the trail lists both calibrations
  await page.click(tid('tab-trail'));
  await expect.visible(page, tid('trail-table'));
  expect.equal(await expect.count(page, tid('trail-row')), 2, 'trail rows');
  // the pool and who is not placed, with reasons
  await page.click(tid('tab-unplaced'));
  await expect.visible(page, tid('unplaced-row'));
  await page.click(tid('count-reasons'));
  await expect.visible(page, tid('reason-counts'));
  await screenshot(page, 'talent-unplaced', { fullPage: true });
  await page.click(tid('tab-pool'));
  await expect.visible(page, tid('pool-row'));
}

export async function adminReviewsAndKepalaSets({ login, expect, tid, screenshot, api }) {
  const admin = await login('admin');
  await admin.goto(`/talenta/${PERIOD}`);
  await expect.visible(admin, tid('period-review'));
  expect.equal(await expect.count(admin, tid('period-set')), 0, 'no set before the review');
  await admin.click(tid('period-review'));
  await expect.visible(admin, tid('period-review-panel'));
  await admin.fill(tid('period-review-reason'), 'Ditinjau kepala BKPSDM bersama tim penilai');
  await screenshot(admin, 'talent-review-confirm');
  await admin.click(tid('period-review-confirm'));
  await expect.eventually(async () => (await expect.text(admin, tid('period-status'))) === 'ditinjau', { message: 'status ditinjau' });

  const head = await login('kepala');
  await head.goto(`/talenta/${PERIOD}`);
  await expect.visible(head, tid('period-set'));
  expect.equal(await expect.count(head, tid('period-review')), 0, 'the head does not review');
  await head.click(`${tid('tbox-9')} button`);
  await expect.visible(head, tid('box-row'));
  expect.equal(await expect.count(head, tid('move-btn')), 0, 'the head does not calibrate');
  await head.click(tid('period-set'));
  await head.fill(tid('period-set-reason'), 'Ditetapkan oleh Bupati selaku PPK');
  await screenshot(head, 'talent-set-confirm');
  await head.click(tid('period-set-confirm'));
  await expect.eventually(async () => (await expect.text(head, tid('period-status'))) === 'ditetapkan', { message: 'status ditetapkan' });
  const d = (await api(head, 'GET', `/talent/periods/${PERIOD}`)).json;
  expect.equal(d.status, 'set', 'the API says set');
  expect.deepEqual(d.trail.map((r) => r.kind === 'calibration' ? 'cal' : r.stage), ['cal', 'cal', 'reviewed', 'set'], 'the trail');

  // once set, the operator can no longer calibrate
  const op = await login('operator');
  await op.goto(`/talenta/${PERIOD}?box=9`);
  await expect.visible(op, tid('box-row'));
  expect.equal(await expect.count(op, tid('move-btn')), 0, 'no calibration on a set period');
}

export async function successionForecastAndPlacement({ login, expect, tid, screenshot, api }) {
  const page = await login('operator');
  // succession slates of period 2026
  await page.goto('/talenta/2026/suksesi');
  await expect.visible(page, tid('slate'));
  const s = (await api(page, 'GET', '/talent/periods/2026/succession')).json;
  expect.equal(digits(await expect.text(page, tid('succ-count'))), s.slates.length, 'key positions');
  expect.equal(await expect.count(page, tid('slate')), s.slates.length, 'slate cards');
  await screenshot(page, 'talent-succession');

  // the forecast: bucket tiles are the API's, for 24 then 12 months
  await page.click(tid('tal-nav-forecast'));
  await expect.path(page, '/talenta/proyeksi');
  await expect.visible(page, tid('fc-row'));
  for (const months of [24, 12]) {
    if (months !== 24) await page.selectOption(tid('fc-months'), String(months));
    const f = (await api(page, 'GET', `/talent/forecast?months=${months}`)).json;
    await expect.eventually(async () => {
      for (const [b, n] of Object.entries(f.counts)) if (digits(await page.locator(`${tid(`fc-tile-${b}`)} .tile-value`).innerText()) !== n) return false;
      return true;
    }, { message: `forecast tiles for ${months} months` });
  }
  await expect.visible(page, `${tid('fc-chart')} canvas`);
  await screenshot(page, 'talent-forecast');

  // the optimiser: two positions, period 2026; forbid the first assignment and run again
  await page.click(tid('tal-nav-placement'));
  await expect.path(page, '/talenta/penempatan');
  await page.check(tid('pl-mode-positions'));
  await page.fill(tid('pl-codes'), 'OPD01.AS1, OPD05.K');
  await page.selectOption(tid('pl-period'), '2026');
  await page.click(tid('pl-run'));
  await expect.visible(page, tid('pl-row'));
  expect.equal(await expect.count(page, tid('pl-row')), 2, 'two positions');
  const r1 = (await api(page, 'GET', '/talent/place?positions=OPD01.AS1,OPD05.K&period=2026')).json;
  expect.equal(await expect.text(page, tid('pl-total')), r1.total_jpm.toFixed(2).replace('.', ','), 'optimum total');
  const firstNip = r1.positions[0].assigned.nip;
  await page.locator(tid('pl-forbid')).first().click();
  await expect.visible(page, tid('pl-stale'));
  await page.click(tid('pl-run'));
  await expect.visible(page, tid('pl-change'));
  const r2 = (await api(page, 'GET', `/talent/place?positions=OPD01.AS1,OPD05.K&period=2026&forbid=${firstNip}=${r1.positions[0].code}`)).json;
  expect.equal(await expect.text(page, tid('pl-total')), r2.total_jpm.toFixed(2).replace('.', ','), 'total after the forbid');
  expect.ok(r2.positions[0].assigned?.nip !== firstNip, 'the forbidden pair is gone');
  await screenshot(page, 'talent-placement', { fullPage: true });
}
