import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { adminToken } from './adminSession';
import { setUpChatWorld, startCustomerChat, type ChatWorld } from './chats';
import { switchNpsOn } from './npsSwitch';
import { readServerState } from './server-state';

/**
 * The dashboard of a manager of its own: widgets re-ordered with the drag handle (HTML5
 * drag and drop) stay so after a reload, and the NPS over time chart describes each
 * bucket — today's with its NPS — and re-buckets by day, week and month.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US', viewport: { width: 1366, height: 900 } });
test.describe.configure({ mode: 'serial' });

let api: APIRequestContext;
let world: ChatWorld;
let managerHeaders: Record<string, string>;
let managerId: number;
let restoreNps: () => Promise<void>;

test.beforeAll(async () => {
  world = await setUpChatWorld(server, 'trend');
  api = await request.newContext({ baseURL: server.baseURL });
  managerHeaders = { Authorization: `Bearer ${world.manager.token}` };
  managerId = Number((await (await api.get('/api/v1/me', { headers: managerHeaders })).json()).id);
  ({ restore: restoreNps } = await switchNpsOn(api, { Authorization: `Bearer ${await adminToken(server)}` }));
});

test.afterAll(async () => {
  await restoreNps();
  await api.dispose();
});

const widgetOrder = async () =>
  ((await (await api.get('/api/v1/dashboard', { headers: managerHeaders })).json()).widgets as { id: number }[]).map((w) => String(w.id));

test('widgets dragged by their handle to a new place stay there after a reload', async ({ browser }) => {
  const run = Date.now().toString(36);
  await widgetOrder(); // the first look gives the manager the default NPS widget
  const ids: string[] = [];
  for (const title of [`Sent ${run}`, `Rated ${run}`]) {
    const res = await api.post('/api/v1/dashboard/widgets', {
      headers: managerHeaders,
      data: { type: 'events', title, filter: { type: title.startsWith('Sent') ? 'nps_sent' : 'nps_rating_added' } },
    });
    expect(res.status(), await res.text()).toBe(201);
    ids.push(String((await res.json()).id));
  }
  const [sent, rated] = ids;
  const start = await widgetOrder();
  expect(start.slice(-2)).toEqual([sent, rated]);
  const nps = start[0];

  // Tall enough that every widget is on screen: no scrolling in the middle of a drag.
  const context = await browser.newContext({ storageState: world.managerState, viewport: { width: 1366, height: 1400 } });
  const page = await context.newPage();
  await page.goto('/dashboard?period=today');
  const slots = page.locator('ol.widgets > li');
  const slot = (id: string) => page.locator(`ol.widgets > li[data-widget-id="${id}"]`);
  const handle = (id: string) => slot(id).locator('.drag-handle');
  const order = () => slots.evaluateAll((els) => els.map((el) => el.getAttribute('data-widget-id')));
  /** drag holds the mouse on a widget's handle and lets go over another widget (HTML5 drag and drop). */
  const drag = async (id: string, onto: string) => {
    await handle(id).hover();
    await page.mouse.down();
    const box = (await slot(onto).boundingBox())!;
    // The move that starts a drag sends no dragover yet (microsoft/playwright#17153): move on once more.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2 + 5, { steps: 2 });
    await expect(slot(onto)).toHaveClass(/drag-over/);
    await page.mouse.up();
  };
  await expect(slots).toHaveCount(start.length);
  await expect(handle(rated)).toHaveAttribute('draggable', 'true');

  // The last widget dragged onto the first one takes its place; kept after a reload.
  await drag(rated, nps);
  await expect.poll(order).toEqual([rated, nps, sent]);
  await expect.poll(widgetOrder).toEqual([rated, nps, sent]);
  await page.reload();
  await expect(slots).toHaveCount(3);
  expect(await order()).toEqual([rated, nps, sent]);

  // Dragged down onto the last one, it goes to the end; kept after a reload too.
  await drag(rated, sent);
  await expect.poll(order).toEqual([nps, sent, rated]);
  await expect.poll(widgetOrder).toEqual([nps, sent, rated]);
  await page.reload();
  await expect(slots).toHaveCount(3);
  expect(await order()).toEqual([nps, sent, rated]);
  await expect(slots.last().getByRole('heading', { name: `Rated ${run}` })).toBeVisible();

  for (const id of ids) expect((await api.delete(`/api/v1/dashboard/widgets/${id}`, { headers: managerHeaders })).ok()).toBe(true);
  await context.close();
});

/** ymd is a local calendar date as YYYY-MM-DD, as the dashboard writes it. */
const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test('the NPS over time chart shows today’s NPS and re-buckets by day, week and month', async ({ browser }) => {
  const run = Date.now().toString(36);
  // Four ratings today: two promoters, one passive, one detractor → NPS +25.
  for (const [i, score] of [10, 9, 8, 3].entries()) {
    const chat = await startCustomerChat(api, world.channelKey, `Trend ${i} ${run}`);
    const sent = await api.post(`/api/v1/conversations/${chat.conversation_id}/nps`, { headers: managerHeaders });
    expect(sent.status(), await sent.text()).toBe(201);
    const answer = await api.post(`/api/v1/public/conversations/${chat.conversation_id}/messages`, {
      headers: { Authorization: `Bearer ${chat.visitor_token}` },
      data: { text: String(score) },
    });
    expect(answer.status(), await answer.text()).toBe(201);
  }
  await expect
    .poll(async () => (await (await api.get(`/api/v1/nps/stats?user_id=${managerId}`, { headers: managerHeaders })).json()).total)
    .toBe(4);

  // A 31-day period ending today: 31 days, 5 or 6 weeks, 1 or 2 months.
  const now = new Date();
  const today = ymd(now);
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 30);
  const from = ymd(first);
  const mondays = new Set<string>();
  const months = new Set<string>();
  for (let d = new Date(first); ymd(d) <= today; d.setDate(d.getDate() + 1)) {
    mondays.add(ymd(new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7))));
    months.add(ymd(d).slice(0, 7));
  }

  const context = await browser.newContext({ storageState: world.managerState });
  const page = await context.newPage();
  await page.goto(`/dashboard?period=custom&from=${from}&to=${today}&user=${managerId}`);
  const trend = page.locator('[data-widget=nps] .trend');
  const chart = trend.getByRole('img', { name: 'NPS over time' });
  const buckets = trend.getByRole('list').getByRole('listitem');
  const interval = trend.getByRole('radiogroup', { name: 'Interval' });
  const todays = new RegExp(`${today}: NPS \\+25, ratings: 4$`);

  // Up to 31 days: a bucket a day, today's described with its date, NPS and count.
  await expect(interval.getByRole('radio', { name: 'Day' })).toHaveAttribute('aria-checked', 'true');
  await expect(buckets).toHaveCount(31);
  await expect(buckets.last()).toHaveText(`${today}: NPS +25, ratings: 4`);
  await expect(buckets.nth(29)).toHaveText(`${ymd(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1))}: no ratings`);
  await expect(buckets.first()).toHaveText(`${from}: no ratings`);
  await expect(chart).toHaveAccessibleDescription(todays);
  await expect(chart.locator('.point-text')).toHaveText(['+25']);
  await expect(chart.locator('circle title')).toHaveText([`${today}: NPS +25, ratings: 4`]);
  await expect(chart.getByText(today.slice(5), { exact: true })).toBeVisible();

  // By week: Monday-based weeks, clipped to the period; today's week ends today.
  await interval.getByRole('radio', { name: 'Week' }).click();
  await expect(interval.getByRole('radio', { name: 'Week' })).toHaveAttribute('aria-checked', 'true');
  await expect(buckets).toHaveCount(mondays.size);
  await expect(buckets.last()).toHaveText(todays);
  await expect(buckets.first()).toHaveText(new RegExp(`^${from}( – \\d{4}-\\d{2}-\\d{2})?: no ratings$`));
  await expect(chart.locator('.point-text')).toHaveText(['+25']);

  // By month: a bucket a calendar month, axis labelled YYYY-MM.
  await interval.getByRole('radio', { name: 'Month' }).click();
  await expect(buckets).toHaveCount(months.size);
  await expect(buckets.last()).toHaveText(todays);
  await expect(chart.getByText(today.slice(0, 7), { exact: true })).toBeVisible();
  await expect(chart.locator('.point-text')).toHaveText(['+25']);
  await context.close();
});
