import { expect, request, test } from '@playwright/test';
import { adminToken, signInAsAdmin } from './adminSession';
import { setUpChatWorld, startCustomerChat } from './chats';
import { readServerState } from './server-state';

/**
 * Analytics → Events scrolls endlessly: the first page (50 events), then each next
 * cursor page as the reader reaches the bottom, no event twice, and a closing line.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });

const MESSAGES = 120;

test('the events list loads the next pages while scrolling down, without duplicates, and ends with “That’s everything.”', async ({
  page,
}) => {
  const world = await setUpChatWorld(server, 'events');
  const api = await request.newContext({ baseURL: server.baseURL });
  const managerHeaders = { Authorization: `Bearer ${world.manager.token}` };
  const me = await (await api.get('/api/v1/me', { headers: managerHeaders })).json();
  const chat = await startCustomerChat(api, world.channelKey, `Eve Events ${Date.now().toString(36)}`);
  // Each of the manager's messages is an event of theirs: more than two pages of 50.
  for (let i = 1; i <= MESSAGES; i++) {
    const res = await api.post(`/api/v1/conversations/${chat.conversation_id}/messages`, {
      headers: managerHeaders,
      data: { text: `Reply ${i}` },
    });
    expect(res.status()).toBe(201);
  }
  // What the server holds for this filter, page by page, as the list should show it.
  const headers = { Authorization: `Bearer ${await adminToken(server)}` };
  const ids: string[] = [];
  for (let cursor = ''; ; ) {
    const res = await api.get(`/api/v1/events?user_id=${me.id}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers });
    expect(res.status()).toBe(200);
    const body: { items: { id: number }[]; next_cursor?: string } = await res.json();
    ids.push(...body.items.map((e) => String(e.id)));
    if (!body.next_cursor) break;
    cursor = body.next_cursor;
  }
  await api.dispose();
  expect(ids.length).toBeGreaterThanOrEqual(MESSAGES);
  expect(new Set(ids).size).toBe(ids.length);

  await signInAsAdmin(page.context(), server);
  await page.goto(`/events?user_id=${me.id}`);
  const rows = page.locator('tbody tr');
  const foot = page.locator('.table-foot');
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText('Outgoing chat message');
  await expect(foot).not.toHaveText('That’s everything.');

  // Scrolling to the bottom with the wheel brings the next page, then the rest.
  await page.mouse.move(600, 400);
  await page.mouse.wheel(0, 100_000);
  await expect(rows).toHaveCount(100);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 100_000);
      return foot.textContent();
    })
    .toBe('That’s everything.');
  await expect(rows).toHaveCount(ids.length);

  // No event twice: the rows are newest first, and their times never go up again.
  const times = await rows.locator('time').evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
  expect(times.every((t, i) => i === 0 || t <= times[i - 1])).toBe(true);
  // A closer look: the manager's replies are each there exactly once.
  await expect(rows.filter({ hasText: 'Outgoing chat message' })).toHaveCount(MESSAGES);
  // The end of the list is where the reader ends up: one more turn of the wheel reaches it
  // (the last page may have grown the table after the previous turn).
  await page.mouse.wheel(0, 100_000);
  await expect(foot).toBeInViewport();
});
