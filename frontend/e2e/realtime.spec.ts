import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin } from './adminSession';
import { ensureAdmin } from './team';
import { readServerState } from './server-state';

const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });
test.beforeAll(() => ensureAdmin(server));

/** logIn opens the inbox signed in as the admin with the shared session (auth.spec does the real UI login). */
async function logIn(page: Page) {
  const token = await signInAsAdmin(page.context(), server);
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/inbox$/);
  return token;
}

/** bellName is the bell's accessible name for an unread count. */
const bellName = (unread: number) => (unread ? `Notifications, unread: ${unread}` : 'Notifications');

test('a live notification.created frame bumps the bell and shows a toast', async ({ page }) => {
  // The page keeps its real socket to the server; the test adds one frame of its own,
  // as the server would when the NPS bot raises a critical alert.
  let pageSide: { send: (message: string) => void } | undefined;
  await page.routeWebSocket(/\/api\/v1\/ws$/, (ws) => {
    ws.connectToServer();
    pageSide = ws;
  });
  const token = await logIn(page);
  // Other specs may have left real alerts (nps.spec): count from what the admin has now.
  const unread = await page.request.get('/api/v1/notifications?unread=true', {
    headers: { Authorization: `Bearer ${token}` },
  });
  const before: number = (await unread.json()).unread_count;
  await expect(page.locator('[data-connection=online]')).toBeVisible();
  await expect(page.getByRole('button', { name: bellName(before), exact: true })).toBeVisible();

  pageSide?.send(
    JSON.stringify({
      type: 'notification.created',
      data: {
        id: 9001,
        type: 'nps_critical',
        text: 'Ivan rated 2 in conversation 42',
        conversation_id: 42,
        read: false,
        created_at: new Date().toISOString(),
      },
    }),
  );

  await expect(page.getByRole('button', { name: bellName(before + 1), exact: true })).toBeVisible();
  const toast = page.getByRole('status').filter({ hasText: 'Ivan rated 2 in conversation 42' });
  await expect(toast).toContainText('Critical NPS score');
  await toast.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(/\/inbox\/42$/);
});

test('logging the session out elsewhere closes the socket and returns to login', async ({
  page,
}) => {
  await logIn(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL(/\/events$/);
  // Once the socket is up, end the session with the same cookie, as another tab would.
  await expect(page.locator('[data-connection=online]')).toBeVisible();
  const response = await page.request.post('/api/v1/auth/logout');
  expect(response.status()).toBe(204);

  await expect(page).toHaveURL(/\/login\?next=%2Fevents&reason=expired$/);
  await expect(page.getByText('Your session has ended. Please sign in again.')).toBeVisible();
});
