import { expect, test, type Page } from '@playwright/test';
import { changer } from './people';
import { readServerState } from './server-state';
import { ensureUser } from './team';

const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });
test.beforeAll(() => ensureUser(server, changer, 'manager'));

async function logIn(page: Page, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(changer.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/inbox$/);
}

test('a manager renames themselves and changes their password without being signed out', async ({
  page,
}) => {
  const newPassword = 'petra-secret-2';
  await logIn(page, changer.password);

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('link', { name: 'Profile' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { name: 'Your profile', level: 1 })).toBeVisible();

  await page.getByLabel('Name').fill('Petra P.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your name is saved.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account menu' })).toContainText('Petra P.');

  await page.getByLabel('Current password', { exact: true }).fill('not-my-password');
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is wrong.')).toBeVisible();

  await page.getByLabel('Current password', { exact: true }).fill(changer.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your password is changed.' }),
  ).toBeVisible();

  // The new cookie keeps us in, and the socket comes back with it.
  await expect(page.locator('[data-connection=online]')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/\/profile$/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your profile', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await logIn(page, newPassword);
  await page.goto('/login');
  // Already signed in: the login page sends us straight back in.
  await expect(page).toHaveURL(/\/inbox$/);
});
