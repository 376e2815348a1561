// Jabatan & SKJ: the list filtered (address state) against the API; a position's SKJ; the
// editor: a level changed, a competency removed, an unknown code refused by the server on its
// row, save, the API and the audit agree; the SKJ is put back afterwards. The head sees no editor.

export async function operatorEditsAnSkj({ login, expect, tid, screenshot, api }) {
  const page = await login('operator');
  await page.click(tid('nav-positions'));
  await expect.path(page, '/jabatan');
  await expect.visible(page, tid('pos-row'));
  await page.selectOption(tid('pos-jenjang'), 'pengawas');
  await expect.path(page, /jenjang=pengawas/);
  const list = (await api(page, 'GET', '/positions?jenjang=pengawas&limit=50')).json;
  await expect.eventually(async () => (await expect.count(page, tid('pos-row'))) === list.items.length, { message: 'rows of pengawas' });
  expect.includes(await expect.text(page, tid('pos-total')), list.total.toLocaleString('id-ID'), 'the total');
  await screenshot(page, 'positions-list');
  const p = list.items.find((x) => x.skj.length >= 3);
  const code = p.code;
  await page.goto(`/jabatan/${encodeURIComponent(code)}`);
  await expect.visible(page, tid('skj-table'));
  expect.equal(await expect.count(page, tid('skj-row')), p.skj.length, 'one row per SKJ item');
  await page.click(tid('skj-edit'));
  await expect.visible(page, tid('skj-editor'));
  const [a, b] = p.skj;
  const newLevel = a.level === 5 ? 4 : a.level + 1;
  await page.selectOption(`${tid('skj-edit-row')}[data-code="${a.competency_code}"] ${tid('skj-level')}`, String(newLevel));
  await page.click(`${tid('skj-edit-row')}[data-code="${b.competency_code}"] ${tid('skj-remove')}`);
  await page.fill(tid('skj-add-code'), 'T.E2E.TIDAK.ADA');
  await page.click(tid('skj-add'));
  await page.click(tid('skj-save'));
  await expect.visible(page, tid('skj-row-error'));
  await expect.visible(page, tid('skj-save-error'));
  await screenshot(page, 'positions-skj-error', { fullPage: true });
  await page.click(`${tid('skj-edit-row')}[data-code="T.E2E.TIDAK.ADA"] ${tid('skj-remove')}`);
  await page.click(tid('skj-save'));
  await expect.visible(page, tid('skj-saved'));
  const now = (await api(page, 'GET', `/positions/${encodeURIComponent(code)}`)).json;
  expect.equal(now.skj.length, p.skj.length - 1, 'one competency removed');
  expect.equal(now.skj.find((s) => s.competency_code === a.competency_code).level, newLevel, 'the level changed');
  const audit = (await api(page, 'GET', `/audit?action=position.skj&object=position:${code}`)).json;
  expect.ok(audit.total >= 1, 'audited');
  await screenshot(page, 'positions-skj-saved', { fullPage: true });
  // put the SKJ back for the flows that follow
  const back = await api(page, 'POST', `/positions/${encodeURIComponent(code)}/skj`, {
    items: p.skj.map((s) => ({ competency_code: s.competency_code, level: s.level })),
  });
  expect.equal(back.status, 200, `restore: ${back.text}`);
}

export async function headReadsWithoutEditing({ login, expect, tid }) {
  const page = await login('kepala');
  await page.goto('/jabatan');
  await page.click(`${tid('pos-row')} a >> nth=0`);
  await expect.visible(page, tid('skj-table'));
  expect.equal(await expect.count(page, tid('skj-edit')), 0, 'no SKJ editor for the head');
}
