// Log audit: newest first, filters in the address (object prefix, action), paging, the chain check.

export async function operatorReadsAndVerifiesTheLog({ login, expect, tid, screenshot, api }) {
  const page = await login('operator');
  await page.click(tid('nav-audit'));
  await expect.path(page, '/audit');
  await expect.visible(page, tid('audit-row'));
  const all = (await api(page, 'GET', '/audit?limit=50')).json;
  const seqs = await page.locator(tid('audit-row')).evaluateAll((rs) => rs.map((r) => Number(r.dataset.seq)));
  expect.deepEqual(seqs, all.items.map((e) => e.seq), 'the first page, newest first');
  await page.fill(tid('audit-object'), 'account:');
  await page.click(tid('audit-apply'));
  await expect.path(page, /object=account%3A/);
  const acc = (await api(page, 'GET', '/audit?object=account:&limit=50')).json;
  await expect.eventually(async () => (await expect.count(page, tid('audit-row'))) === acc.items.length, { message: 'rows of account:' });
  expect.includes(await expect.text(page, tid('audit-total')), String(acc.total), 'the total');
  await page.click(tid('audit-verify'));
  const res = page.locator(tid('audit-verify-result'));
  await expect.visible(page, tid('audit-verify-result'));
  const v = (await api(page, 'GET', '/audit/verify')).json;
  expect.equal(await res.getAttribute('data-intact'), String(v.intact), 'the chain state');
  await screenshot(page, 'audit-verified');
  await page.click(tid('audit-reset'));
  await expect.path(page, '/audit');
}
