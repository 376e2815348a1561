// A small assessment wave run to the end: planned by the operator through the wave page
// (form, methods over the target position's SKJ, target position, enrolment by NIP, groups,
// attendance, automatic assignment with the policy's minimum of assessors), evidence recorded
// by the assessor login on the tablet form where LAPN-01 is assigned and by the operator
// through the API for the rest, integration (propose, accept), finalisation, the ranked
// results against the API, and publication by the head. Creates wave E2E-FIN (2 participants);
// the demo's objects are only read.

const WAVE = 'E2E-FIN';

async function confirm(page, tid, id) {
  await page.click(tid(id));
  await page.click(tid(`${id}-yes`));
}

/** The level participant pi gets for target ti (3 or 4; the same from every assessor and
 * method, so the proposal is that level and the first participant ranks first). */
function levelOf(pi, ti) {
  return pi === 0 ? (ti % 3 === 0 ? 3 : 4) : ti % 4 === 0 ? 4 : 3;
}

/** '96,30' (id-ID, as the results table writes it) → 96.3 */
const parseId = (s) => Number(s.trim().replace(/\./g, '').replace(',', '.'));

export async function operatorRunsAWaveToPublication({ login, expect, tid, screenshot, api, log , pdfAt}) {
  const page = await login('operator');

  // what the plan must satisfy: the policy's minima and a real position's SKJ
  const policies = (await api(page, 'GET', '/policies?kind=scoring')).json.items;
  expect.ok(policies.length > 0, 'a scoring policy');
  const people = (await api(page, 'GET', '/employees?jenjang=administrator&limit=2')).json.items;
  expect.equal(people.length, 2, 'two administrators in the demo');
  const target = people[0].position_code;
  const pos = (await api(page, 'GET', `/positions/${encodeURIComponent(target)}`)).json;
  const skj = pos.skj.map((s) => s.competency_code);
  expect.ok(skj.length > 0, `SKJ of ${target}`);
  const nips = people.map((p) => p.nip);

  // 1. the wave
  await page.click(tid('nav-waves'));
  await expect.path(page, '/gelombang');
  await page.click(tid('wave-new'));
  await expect.path(page, '/gelombang/baru');
  await page.fill(tid('wf-code'), WAVE);
  await page.fill(tid('wf-name'), 'Gelombang uji e2e sampai final');
  await page.selectOption(tid('wf-purpose'), 'pemetaan');
  await page.selectOption(tid('wf-provider'), 'lembaga');
  await page.fill(tid('wf-pname'), 'Lembaga Uji Final');
  await page.fill(tid('wf-start'), '2026-05-04');
  await page.fill(tid('wf-end'), '2026-05-08');
  await page.click(tid('wf-submit'));
  await expect.path(page, `/gelombang/${WAVE}`);
  await expect.visible(page, tid('wave-unpublished'));

  const w0 = (await api(page, 'GET', `/waves/${WAVE}`)).json;
  const policy = (await api(page, 'GET', `/policies/scoring/${w0.policy_version}`)).json;
  const body = policy.body ?? policy;
  const minMethods = body.min_methods ?? 2;
  const minAssessors = body.min_assessors ?? 2;
  log(`policy v${w0.policy_version}: min_methods ${minMethods}, min_assessors ${minAssessors}; target ${target} (${skj.join(' ')})`);

  // methods: as many as the policy asks for, each over every SKJ item of the target
  const KINDS = [['WWC', 'wawancara'], ['LGD', 'simulasi'], ['PRE', 'lainnya'], ['STU', 'lainnya']];
  const methods = KINDS.slice(0, Math.max(1, minMethods)).map((m) => m[0]);
  for (const [code, kind] of KINDS.slice(0, methods.length)) {
    if (!(await page.locator(tid('method-form')).isVisible())) await page.click('details.wv-sub > summary');
    await page.fill(tid('mf-code'), code);
    await page.selectOption('#mf-kind', kind);
    await page.fill(tid('mf-targets'), skj.join(' '));
    await page.click(`${tid('method-form')} button[type=submit]`);
    await expect.visible(page, `${tid('sum-methods')} td >> text=${code}`);
  }
  await expect.hidden(page, tid('matrix-warnings'));

  // the target position
  await page.fill(tid('tp-codes'), target);
  await page.click(`${tid('targets-form')} button[type=submit]`);
  await expect.visible(page, `${tid('targets-form')} ~ .alert-ok`);
  await screenshot(page, 'wavefinal-plan', { fullPage: true });

  // 2 participants by NIP, against the target position
  await page.click(tid('tab-enrol'));
  await page.fill('#en-nips', nips.join('\n'));
  await page.fill('#en-target', target);
  await page.click(tid('enrol-submit'));
  await expect.visible(page, tid('enrol-ok'));
  const parts = (await api(page, 'GET', `/waves/${WAVE}/participants?limit=10`)).json.items;
  expect.deepEqual(parts.map((p) => p.nip).sort(), [...nips].sort(), 'participants enrolled');
  expect.ok(parts.every((p) => p.target === target), 'every participant against the target position');

  // one group
  await page.click(tid('tab-jadwal'));
  await page.fill(tid('gr-size'), '4');
  await page.fill(tid('gr-day'), '4');
  await confirm(page, tid, 'groups-run');
  await expect.visible(page, tid('groups-ok'));

  // present, all
  await page.click(tid('tab-summary'));
  await confirm(page, tid, 'attend-all');
  await expect.eventually(async () => (await api(page, 'GET', `/waves/${WAVE}`)).json.participants.present === 2, { message: 'two present' });

  // assessors: the policy's minimum per participant
  await page.click(tid('tab-penugasan'));
  await page.fill(tid('aa-per'), String(minAssessors));
  await confirm(page, tid, 'assign-auto');
  await expect.visible(page, tid('assign-auto-ok'));
  await expect.visible(page, tid('assign-load'));
  const assigned = [];
  for (const nip of nips) {
    const p = (await api(page, 'GET', `/waves/${WAVE}/participants/${nip}`)).json;
    expect.equal(p.assessors.length, minAssessors, `assessors of ${nip}`);
    assigned.push(p.assessors.map((a) => a.code));
  }
  await page.click(tid('tab-peserta'));
  await expect.eventually(async () => (await page.locator(tid('pp-row')).count()) === 2, { message: 'two participant rows' });
  await screenshot(page, 'wavefinal-participants');

  // 2. evidence: LAPN-01 on the tablet form where assigned, the operator through the API for the rest
  const tablet = []; // [participant index, method index] done by the assessor login
  const pi1 = assigned.findIndex((a) => a.includes('LAPN-01'));
  if (pi1 >= 0) {
    const as = await login('asesor');
    await as.setViewportSize({ width: 820, height: 1180 });
    await expect.path(as, '/asesmen');
    await as.click(`${tid('my-wave')} >> text=${WAVE}`);
    await expect.visible(as, tid('my-participant'));
    for (let mi = 0; mi < methods.length; mi++) {
      await as.goto(`/asesmen/${WAVE}/${nips[pi1]}/${methods[mi]}`);
      await expect.visible(as, tid('page-evidence'));
      for (let ti = 0; ti < skj.length; ti++) await as.click(tid(`ev-level-${skj[ti]}-${levelOf(pi1, ti)}`));
      await as.click(tid('ev-send'));
      await expect.visible(as, tid('ev-ok'));
      tablet.push(`${pi1}:${mi}`);
    }
    await as.locator(tid('ev-ok')).scrollIntoViewIfNeeded();
    await screenshot(as, 'wavefinal-tablet');
  } else {
    log('LAPN-01 is not assigned in this wave: all evidence through the API');
  }
  const rows = [];
  nips.forEach((nip, pi) =>
    assigned[pi].forEach((assessor) =>
      methods.forEach((method, mi) => {
        if (assessor === 'LAPN-01' && tablet.includes(`${pi}:${mi}`)) return;
        skj.forEach((t, ti) => rows.push({ nip, assessor, method, target: t, level: levelOf(pi, ti) }));
      }),
    ),
  );
  const ev = await api(page, 'POST', `/waves/${WAVE}/evidence`, { rows });
  expect.equal(ev.status, 200, `evidence (${ev.text.slice(0, 200)})`);
  await expect.eventually(async () => (await api(page, 'GET', `/waves/${WAVE}`)).json.participants.assessed === 2, { message: 'two assessed' });

  // 3. integration: propose, accept; finalise
  await page.click(tid('tab-integrasi'));
  await confirm(page, tid, 'integrate-propose');
  await expect.visible(page, tid('integrate-ok'));
  await confirm(page, tid, 'integrate-accept');
  await expect.eventually(async () => (await api(page, 'GET', `/waves/${WAVE}`)).json.participants.integrated === 2, { message: 'two integrated' });
  await page.locator(tid('ig-pick')).first().click();
  await expect.visible(page, tid('ig-rows'));
  expect.equal(await page.locator(tid('ig-row')).count(), skj.length, 'one integration row per SKJ item');
  await screenshot(page, 'wavefinal-integration');

  await confirm(page, tid, 'wave-finalise');
  await expect.visible(page, '.wv-head .wv-st-final');
  await expect.hidden(page, tid('wave-finalise'));
  const w1 = (await api(page, 'GET', `/waves/${WAVE}`)).json;
  expect.equal(w1.status, 'final', 'the wave');
  expect.equal(w1.participants.final, 2, 'final participants');

  await page.click(tid('tab-hasil'));
  await expect.eventually(async () => (await page.locator(tid('res-row')).count()) === 2, { message: 'two result rows' });
  const res = (await api(page, 'GET', `/waves/${WAVE}/results`)).json.items;
  expect.equal(res.length, 2, 'results from the API');
  const shown = page.locator(tid('res-row'));
  for (let i = 0; i < 2; i++) {
    const cells = await shown.nth(i).locator('td').allInnerTexts();
    expect.equal(Number(cells[0]), res[i].rank, `rank of row ${i + 1}`);
    expect.equal(cells[1].replace(/\D/g, ''), res[i].nip, `NIP of row ${i + 1}`);
    expect.equal(parseId(cells[4]), Number(res[i].jpm.toFixed(2)), `JPM of row ${i + 1}`);
  }
  expect.deepEqual(res.map((r) => r.rank), [1, 2], 'ranks');
  expect.equal(res[0].nip, nips[0], 'the participant with the higher levels ranks first');
  expect.ok(res[0].jpm > res[1].jpm, `JPM ${res[0].jpm} > ${res[1].jpm}`);
  await screenshot(page, 'wavefinal-results');
  // the SIASN files of the final wave download from its results (a POST, audited)
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(tid('siasn-export'))]);
  expect.equal(dl.suggestedFilename(), `siasn-${WAVE}.zip`, 'the SIASN zip');
  const audited = (await api(page, 'GET', `/audit?action=siasn.export&object=wave:${WAVE}`)).json;
  expect.equal(audited.total, 1, 'the export is in the audit log');
  await pdfAt(page, tid('recap-pdf'), 'the wave recap');

  // 4. the head publishes
  const head = await login('kepala');
  await head.goto(`/gelombang/${WAVE}`);
  await expect.visible(head, tid('wave-unpublished'));
  await confirm(head, tid, 'wave-publish');
  await expect.visible(head, tid('wave-published'));
  await expect.hidden(head, tid('wave-publish'));
  const w2 = (await api(head, 'GET', `/waves/${WAVE}`)).json;
  expect.ok(w2.published_at, 'published_at from the API');
  await screenshot(head, 'wavefinal-published');
}
