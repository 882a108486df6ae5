import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { adminToken, signInAsAdmin } from './adminSession';
import { setUpChatWorld, startCustomerChat } from './chats';
import { switchNpsOn } from './npsSwitch';
import { ensureAdmin } from './team';
import { readServerState } from './server-state';

const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => ensureAdmin(server));

interface Manager {
  id: number;
  name: string;
  token: string;
}

let api: APIRequestContext;
let channelKey: string;
let restoreNps: (() => Promise<void>) | undefined;
let mia: Manager;
let oleg: Manager;
const run = Date.now().toString(36);

/** survey starts a customer chat, has `m` send NPS, and answers `score` (or nothing). */
async function survey(m: Manager, score?: number): Promise<void> {
  const v = await startCustomerChat(api, channelKey, `By-manager customer ${run} ${Math.random().toString(36).slice(2, 7)}`);
  const sent = await api.post(`/api/v1/conversations/${v.conversation_id}/nps`, { headers: { Authorization: `Bearer ${m.token}` } });
  expect(sent.status(), await sent.text()).toBe(201);
  if (score === undefined) return;
  const answer = await api.post(`/api/v1/public/conversations/${v.conversation_id}/messages`, {
    headers: { Authorization: `Bearer ${v.visitor_token}` },
    data: { text: String(score) },
  });
  expect(answer.status(), await answer.text()).toBe(201);
}

async function rowsByUser(token: string): Promise<Record<string, { total: number; nps: number }>> {
  const res = await api.get('/api/v1/nps/stats/by-user?from=' + today() + '&to=' + today(), { headers: { Authorization: `Bearer ${token}` } });
  expect(res.ok()).toBe(true);
  const out: Record<string, { total: number; nps: number }> = {};
  for (const it of (await res.json()).items) out[String(it.user_id)] = it;
  return out;
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

test.beforeAll(async () => {
  const world = await setUpChatWorld(server, 'bymgr');
  channelKey = world.channelKey;
  api = await request.newContext({ baseURL: server.baseURL });
  const admin = { Authorization: `Bearer ${await adminToken(server)}` };
  restoreNps = (await switchNpsOn(api, admin)).restore;

  const miaMe = await (await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${world.manager.token}` } })).json();
  mia = { id: Number(miaMe.id ?? miaMe.user?.id), name: world.manager.name, token: world.manager.token };
  // A second manager of this run, with a name of their own.
  const second = { name: `Oleg ${run}`, email: `oleg-${run}@example.com`, password: 'oleg-secret-123' };
  const created = await api.post('/api/v1/users', { headers: admin, data: { ...second, role: 'manager' } });
  expect(created.status(), await created.text()).toBe(201);
  const login = await api.post('/api/v1/auth/login', { data: { email: second.email, password: second.password } });
  expect(login.ok()).toBe(true);
  oleg = { id: Number((await created.json()).id), name: second.name, token: (await login.json()).access_token };

  // Mia: 10, 9, 3 → 2 promoters, 1 detractor of 3: 66.7 − 33.3 = +33.4.
  for (const score of [10, 9, 3]) await survey(mia, score);
  // Oleg: 8, 2 and one survey unanswered → 0 − 50 = −50; 2 of 3 answered.
  for (const score of [8, 2, undefined]) await survey(oleg, score);
  await expect
    .poll(async () => {
      const rows = await rowsByUser(mia.token);
      return [rows[String(mia.id)]?.total, rows[String(oleg.id)]?.total];
    })
    .toEqual([3, 2]);
});

test.afterAll(async () => {
  await restoreNps?.();
  await api?.dispose();
});

test('NPS by manager: counts and NPS per manager, a row sets the filter, live', async ({ page }) => {
  await signInAsAdmin(page.context(), server);
  await page.goto('/dashboard?period=today');

  const table = page.locator('[data-widget=nps]').getByTestId('nps-by-manager');
  await expect(table.getByRole('heading', { name: 'NPS by manager' })).toBeVisible();
  const miaRow = table.locator(`tr[data-user-id="${mia.id}"]`);
  const olegRow = table.locator(`tr[data-user-id="${oleg.id}"]`);
  await expect(miaRow.getByRole('button', { name: mia.name })).toBeVisible();
  await expect(miaRow.getByTestId('mgr-total')).toHaveText('3');
  await expect(miaRow.getByTestId('mgr-nps')).toHaveText('+33.4');
  await expect(miaRow.getByTestId('mgr-rate')).toHaveText('100%');
  await expect(olegRow.getByRole('button', { name: oleg.name })).toBeVisible();
  await expect(olegRow.getByTestId('mgr-total')).toHaveText('2');
  await expect(olegRow.getByTestId('mgr-nps')).toHaveText('-50');
  await expect(olegRow.getByTestId('mgr-rate')).toHaveText('66.7%');
  await expect(olegRow.getByRole('img', { name: 'Promoters: 0, passives: 1, detractors: 1' })).toBeVisible();
  // Most ratings first.
  const order = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-user-id')));
  expect(order.indexOf(String(mia.id))).toBeLessThan(order.indexOf(String(oleg.id)));

  // Clicking Oleg's row filters the dashboard to him: the widget shows his figures and
  // his row is highlighted.
  await olegRow.getByRole('button', { name: oleg.name }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]user=${oleg.id}(&|$)`));
  await expect(olegRow).toHaveClass(/mgr-picked/);
  await expect(olegRow.getByRole('button', { name: oleg.name })).toHaveAttribute('aria-pressed', 'true');
  await expect(miaRow).not.toHaveClass(/mgr-picked/);
  const nps = page.locator('[data-widget=nps]');
  await expect(nps.getByTestId('nps-total')).toHaveText('2');
  await expect(nps.getByTestId('nps-value')).toHaveText('-50');
  await expect(page.getByLabel('Manager', { exact: true })).toHaveValue(String(oleg.id));

  // Clicking a row (not only the name) switches to that manager.
  await miaRow.getByTestId('mgr-total').click();
  await expect(page).toHaveURL(new RegExp(`[?&]user=${mia.id}(&|$)`));
  await expect(nps.getByTestId('nps-total')).toHaveText('3');

  // A new rating arrives: the table follows on the live tick, without a reload.
  await survey(oleg, 10);
  await expect(olegRow.getByTestId('mgr-total')).toHaveText('3', { timeout: 15_000 });
  // 1 promoter, 1 passive, 1 detractor: 33.3 − 33.3 = 0.
  await expect(olegRow.getByTestId('mgr-nps')).toHaveText('0');

  // Clicking the picked manager again shows everyone.
  await miaRow.getByRole('button', { name: mia.name }).click();
  await expect(page).not.toHaveURL(/[?&]user=/);
  await expect(page.getByLabel('Manager', { exact: true })).toHaveValue('');
  await expect(miaRow).not.toHaveClass(/mgr-picked/);
});

test('NPS by manager fits a phone: the table scrolls inside its card', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAsAdmin(page.context(), server);
  await page.goto('/dashboard?period=today');
  const table = page.getByTestId('nps-by-manager');
  await expect(table.locator(`tr[data-user-id="${mia.id}"]`)).toBeVisible();
  // The card stays within the screen; the table scrolls sideways inside it.
  const box = await table.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(375);
  const scroll = table.locator('.mgr-scroll');
  expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const rate = table.locator(`tr[data-user-id="${mia.id}"]`).getByTestId('mgr-rate');
  await table.scrollIntoViewIfNeeded();
  await expect(rate).not.toBeInViewport();
  await scroll.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(rate).toBeInViewport();
  await table.screenshot({ path: test.info().outputPath('nps-by-manager-phone.png') });
});
