import { readFileSync } from 'node:fs';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { adminToken, signInAsAdmin } from './adminSession';
import { setUpChatWorld, startCustomerChat, type ChatWorld } from './chats';
import { switchNpsOn } from './npsSwitch';
import { ensureAdmin } from './team';
import { readServerState } from './server-state';

/**
 * The dashboard beyond the figures (issue 6): the drill-down shows the customer's answer
 * to a follow-up question, the CSV export is UTF-8 with a BOM and keeps Russian names,
 * and widgets renamed and re-ordered stay so after a reload — for that user only.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });
test.describe.configure({ mode: 'serial' });

let api: APIRequestContext;
let headers: Record<string, string>;
let world: ChatWorld;
let managerId: number;
let restoreNps: () => Promise<void>;

test.beforeAll(async () => {
  await ensureAdmin(server);
  world = await setUpChatWorld(server, 'layout');
  headers = { Authorization: `Bearer ${await adminToken(server)}` };
  api = await request.newContext({ baseURL: server.baseURL });
  const me = await (await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${world.manager.token}` } })).json();
  managerId = Number(me.id ?? me.user?.id);
  // The default bot with a follow-up question right after the score.
  ({ restore: restoreNps } = await switchNpsOn(api, headers, (graph) => {
    const question = graph.nodes.find((n) => n.type === 'nps_question')!;
    const out = graph.edges.find((e) => e.source === question.id)!;
    graph.nodes.push({ id: 'why', type: 'question', position: { x: question.position.x + 300, y: question.position.y + 200 }, data: { text: 'What could we do better?', variable: 'comment' } });
    graph.edges.push({ id: 'e-why', source: 'why', target: out.target });
    out.target = 'why';
  }));
});

test.afterAll(async () => {
  await restoreNps();
  await api.dispose();
});

/** rate: a customer starts a chat, the manager sends NPS, the customer scores and (maybe) comments. */
async function rate(name: string, score: number, comment?: string): Promise<number> {
  const { conversation_id: id, visitor_token: visitor } = await startCustomerChat(api, world.channelKey, name);
  const sent = await api.post(`/api/v1/conversations/${id}/nps`, { headers: { Authorization: `Bearer ${world.manager.token}` } });
  expect(sent.status(), await sent.text()).toBe(201);
  for (const text of comment ? [String(score), comment] : [String(score)]) {
    const res = await api.post(`/api/v1/public/conversations/${id}/messages`, {
      headers: { Authorization: `Bearer ${visitor}` },
      data: { text },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  return id;
}

test('the drill-down shows the follow-up answer and the CSV export has a BOM', async ({ page }) => {
  const run = Date.now().toString(36);
  const unhappy = `Пётр Иванов ${run}`;
  const id = await rate(unhappy, 4, 'Отвечайте быстрее, please');
  await rate(`Happy ${run}`, 9);
  await expect
    .poll(async () => (await (await api.get(`/api/v1/nps/ratings?user_id=${managerId}`, { headers })).json()).items.find((r: { score: number }) => r.score === 4)?.comment)
    .toBe('Отвечайте быстрее, please');

  await signInAsAdmin(page.context(), server);
  await page.goto(`/dashboard?period=today&user=${managerId}`);
  const nps = page.locator('[data-widget=nps]');
  await expect(nps.getByTestId('nps-total')).toHaveText('2');
  await nps.locator('[data-legend=detractors]').click();
  const drawer = page.locator('dialog.drawer');
  const item = drawer.locator('.rating-item');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.score-badge')).toHaveText('4');
  await expect(item).toContainText(unhappy);
  await expect(item).toContainText(world.manager.name);
  await expect(item.locator('.rating-comment')).toHaveText('“Отвечайте быстрее, please”');
  await expect(item.getByRole('link', { name: 'Open conversation' })).toHaveAttribute('href', `/inbox/${id}`);
  await page.keyboard.press('Escape');

  const [download] = await Promise.all([page.waitForEvent('download'), nps.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^nps-ratings-.*\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]).toBe('date,score,contact,manager,comment,conversation');
  expect(text).toContain(`,4,${unhappy},${world.manager.name},"Отвечайте быстрее, please",`);
  expect(text).toContain(`/inbox/${id}`);
});

test('renamed and re-ordered widgets stay so after a reload, for that user only', async ({ page }) => {
  const run = Date.now().toString(36);
  const title = `Sent ${run}`;
  const created = await api.post('/api/v1/dashboard/widgets', {
    headers,
    data: { type: 'events', title, filter: { type: 'nps_sent' } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const widgetId = (await created.json()).id;

  await signInAsAdmin(page.context(), server);
  await page.goto('/dashboard?period=today');
  const slots = page.locator('ol.widgets > li');
  const mine = page.locator(`li[data-widget-id="${widgetId}"]`);
  await expect(mine).toBeVisible();

  // Rename.
  const renamed = `Surveys sent ${run}`;
  await page.getByRole('button', { name: `Rename: ${title}` }).click();
  const input = page.getByLabel('Widget title');
  await input.fill(renamed);
  await input.press('Enter');
  await expect(mine.getByRole('heading', { name: renamed })).toBeVisible();

  // Move it to the top.
  const count = await slots.count();
  for (let i = 0; i < count; i++) {
    const up = page.getByRole('button', { name: `Move up: ${renamed}` });
    if (await up.isDisabled()) break;
    await up.click();
  }
  await expect(slots.first()).toHaveAttribute('data-widget-id', String(widgetId));

  // Kept after a reload, as the server has it.
  await expect
    .poll(async () => (await (await api.get('/api/v1/dashboard', { headers })).json()).widgets[0]?.id)
    .toBe(widgetId);
  await page.reload();
  await expect(slots.first()).toHaveAttribute('data-widget-id', String(widgetId));
  await expect(slots.first().getByRole('heading', { name: renamed })).toBeVisible();

  // Another user's dashboard does not have it.
  const theirs = await (await api.get('/api/v1/dashboard', { headers: { Authorization: `Bearer ${world.manager.token}` } })).json();
  expect(theirs.widgets.map((w: { id: number }) => w.id)).not.toContain(widgetId);

  // Remove it again: gone after a reload too.
  await page.getByRole('button', { name: `Remove: ${renamed}` }).click();
  await expect(mine).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-widget=nps]')).toBeVisible();
  await expect(mine).toHaveCount(0);
});

test('a new event appears live at the top of the events list', async ({ page }) => {
  await signInAsAdmin(page.context(), server);
  await page.goto(`/events?type=nps_rating_added&user_id=${managerId}`);
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toContainText('New NPS rating');
  const before = await rows.count();
  await expect(page.locator('[data-connection=online]')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));

  await rate(`Live ${Date.now().toString(36)}`, 7);
  await expect(rows).toHaveCount(before + 1, { timeout: 15_000 });
  await expect(rows.first()).toContainText('New NPS rating');
  await expect(rows.first().locator('.event-value')).toHaveText('7');
  await expect(page.getByRole('button', { name: /New events/ })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
});
