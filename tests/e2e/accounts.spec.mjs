// Pengguna (admin): the list against the API; a new account (client checks first, then the
// server's answer); disable with confirmation, enable, reset the password; all audited.

export async function adminManagesAnAccount({ login, expect, tid, screenshot, api }) {
  const page = await login('admin');
  await page.click(tid('nav-accounts'));
  await expect.path(page, '/pengguna');
  await expect.visible(page, tid('acc-row'));
  const list = (await api(page, 'GET', '/accounts')).json;
  expect.equal(await expect.count(page, tid('acc-row')), list.items.length, 'one row per account');
  expect.equal(await expect.count(page, `${tid('acc-role')} option[value="super_admin"]`), 0, 'an agency admin cannot create super admins');
  await screenshot(page, 'accounts-list');
  await page.click(tid('acc-new'));
  await page.fill(tid('acc-username'), 'E2E');
  await page.fill(tid('acc-password'), 'pendek');
  await page.click(tid('acc-create-submit'));
  await expect.visible(page, '#acc-username-err');
  await page.fill(tid('acc-username'), 'e2e.operator');
  await page.fill(tid('acc-display'), 'Operator E2E');
  await page.selectOption(tid('acc-role'), 'operator');
  await page.fill(tid('acc-password'), 'operator-e2e-2026');
  await page.fill(tid('acc-password2'), 'operator-e2e-2026');
  await page.click(tid('acc-create-submit'));
  await expect.visible(page, tid('acc-created'));
  const row = `${tid('acc-row')}[data-username="e2e.operator"]`;
  await expect.visible(page, `${row} [data-state="active"]`);
  // the server's own refusal is shown: the same username again
  await page.click(tid('acc-new'));
  await page.fill(tid('acc-username'), 'e2e.operator');
  await page.fill(tid('acc-display'), 'Lagi');
  await page.selectOption(tid('acc-role'), 'operator');
  await page.fill(tid('acc-password'), 'operator-e2e-2026');
  await page.fill(tid('acc-password2'), 'operator-e2e-2026');
  await page.click(tid('acc-create-submit'));
  await expect.visible(page, tid('acc-create-error'));
  await screenshot(page, 'accounts-create-error');
  await page.click(`${tid('acc-create')} button >> text=Tutup`);
  // disable (confirmed), enable, reset
  // a new account's actions are already unfolded
  if ((await page.getAttribute(`${row} ${tid('acc-manage')}`, 'aria-expanded')) !== 'true') await page.click(`${row} ${tid('acc-manage')}`);
  await page.click(tid('acc-disable'));
  await expect.visible(page, tid('acc-disable-confirm'));
  await page.click(tid('acc-disable-yes'));
  await expect.visible(page, `${row} [data-state="disabled"]`);
  await page.click(tid('acc-enable'));
  await expect.visible(page, `${row} [data-state="active"]`);
  await page.fill(tid('acc-reset-password'), 'operator-e2e-baru');
  await page.fill(tid('acc-reset-password2'), 'operator-e2e-baru');
  await page.click(tid('acc-reset-submit'));
  await expect.visible(page, tid('acc-reset-ok'));
  await screenshot(page, 'accounts-manage', { fullPage: true });
  const audit = (await api(page, 'GET', '/audit?object=account:e2e.operator')).json.items.map((e) => e.action);
  for (const a of ['account.create', 'account.disable', 'account.enable', 'account.password_reset']) expect.includes(audit.join(' '), a, 'audited');
}
