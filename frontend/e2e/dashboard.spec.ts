import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { adminToken, signInAsAdmin } from './adminSession';
import { setUpChatWorld, startCustomerChat, type ChatWorld } from './chats';
import { ensureAdmin } from './team';
import { readServerState } from './server-state';

const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => ensureAdmin(server));

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Seeder rates through the real API: a visitor starts a chat, the manager sends NPS, the visitor answers. */
class Seeder {
  constructor(
    private api: APIRequestContext,
    private world: ChatWorld,
    readonly managerId: number,
  ) {}

  private get headers() {
    return { Authorization: `Bearer ${this.world.manager.token}` };
  }

  async rate(name: string, score: number): Promise<void> {
    const v = await startCustomerChat(this.api, this.world.channelKey, name);
    const sent = await this.api.post(`/api/v1/conversations/${v.conversation_id}/nps`, { headers: this.headers });
    expect(sent.status(), await sent.text()).toBe(201);
    const answer = await this.api.post(`/api/v1/public/conversations/${v.conversation_id}/messages`, {
      headers: { Authorization: `Bearer ${v.visitor_token}` },
      data: { text: String(score) },
    });
    expect(answer.status(), await answer.text()).toBe(201);
  }

  async total(): Promise<number> {
    const res = await this.api.get(`/api/v1/nps/stats?from=${today()}&to=${today()}&user_id=${this.managerId}`, { headers: this.headers });
    return (await res.json()).total;
  }
}

let seeder: Seeder;
let api: APIRequestContext;

test.beforeAll(async () => {
  const world = await setUpChatWorld(server, 'dash');
  api = await request.newContext({ baseURL: server.baseURL });
  const admin = { Authorization: `Bearer ${await adminToken(server)}` };
  expect((await api.put('/api/v1/settings/nps', { headers: admin, data: { enabled: true } })).ok()).toBe(true);
  const me = await (await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${world.manager.token}` } })).json();
  seeder = new Seeder(api, world, Number(me.id ?? me.user?.id));
  const run = Date.now().toString(36);
  for (const [i, score] of [10, 9, 7, 3].entries()) await seeder.rate(`Dash customer ${i} ${run}`, score);
  await expect.poll(() => seeder.total(), { timeout: 15_000 }).toBe(4);
});

test.afterAll(async () => {
  await api?.dispose();
});

test('dashboard NPS, events filter → widget, live update', async ({ page }) => {
  await signInAsAdmin(page.context(), server);
  const dash = `/dashboard?period=today&user=${seeder.managerId}`;
  await page.goto(dash);

  // 2 promoters, 1 passive, 1 detractor: NPS = 50 − 25 = +25.
  const nps = page.locator('[data-widget=nps]');
  await expect(nps.getByTestId('nps-value')).toHaveText('+25');
  await expect(nps.getByTestId('nps-total')).toHaveText('4');
  await expect(nps.locator('[data-legend=promoters]')).toContainText('50%');
  await expect(nps.locator('[data-legend=passives]')).toContainText('25%');
  await expect(nps.locator('[data-legend=detractors]')).toContainText('25%');
  await expect(nps.getByTestId('nps-rate')).toHaveText('100%');
  await expect(page.getByRole('radio', { name: 'Today' })).toHaveAttribute('aria-checked', 'true');

  // Drill down: the detractors.
  await nps.locator('[data-legend=detractors]').click();
  const drawer = page.locator('dialog.drawer');
  await expect(drawer.locator('.rating-item')).toHaveCount(1);
  await expect(drawer.locator('.score-badge')).toHaveText('3');
  await expect(drawer.getByRole('link', { name: 'Open conversation' })).toHaveAttribute('href', /\/inbox\/\d+/);
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // Events: filter to New NPS rating of this manager, then make a widget of it.
  await page.goto(`/events?user_id=${seeder.managerId}`);
  await page.getByLabel('Event', { exact: true }).selectOption('nps_rating_added');
  await expect(page).toHaveURL(/type=nps_rating_added/);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('New NPS rating');
  await page.getByRole('button', { name: 'Create widget' }).click();
  const title = page.getByLabel('Widget title');
  await expect(title).toHaveValue('New NPS rating');
  const widgetTitle = `Ratings ${Date.now().toString(36)}`;
  await title.fill(widgetTitle);
  await page.getByRole('dialog').getByRole('button', { name: 'Create widget' }).click();
  await expect(page.getByText(`Widget “${widgetTitle}” added to the dashboard.`)).toBeVisible();
  await page.getByRole('button', { name: 'Open dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto(dash);
  const widget = page.locator('[data-widget=events]', { has: page.getByRole('heading', { name: widgetTitle }) });
  await expect(widget.getByTestId('counter-value')).toHaveText('4');

  // A new rating arrives → the NPS widget and the counter change without a reload.
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await seeder.rate(`Dash live ${Date.now().toString(36)}`, 0);
  // 2 promoters, 1 passive, 2 detractors of 5: NPS = 40 − 40 = 0.
  await expect(nps.getByTestId('nps-total')).toHaveText('5', { timeout: 15_000 });
  await expect(nps.getByTestId('nps-value')).toHaveText('0');
  await expect(widget.getByTestId('counter-value')).toHaveText('5');
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);

  // Remove the widget again so other runs start clean.
  await page.getByRole('button', { name: `Remove: ${widgetTitle}` }).click();
  await expect(widget).toHaveCount(0);
});
