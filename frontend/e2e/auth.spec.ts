import { expect, test, type Page } from '@playwright/test';
import { admin, manager } from './people';
import { readServerState } from './server-state';

const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in to npsdesk' })).toBeVisible();
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('first admin sets up, adds a manager; the manager signs in without admin pages', async ({
  page,
}) => {
  // Before setup, every app page leads to login, which points at the setup link.
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/login\?next=%2Finbox$/);
  await expect(
    page.getByText('This server hasn’t been set up yet.', { exact: false }),
  ).toBeVisible();

  // Setup: the first administrator.
  await page.goto(`/setup?token=${server.setupToken}`);
  await expect(page.getByRole('heading', { name: 'Set up npsdesk' })).toBeVisible();
  await page.getByLabel('Name').fill(admin.name);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();

  // Lands in the app.
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  await expect(page.getByText('No conversations yet')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `Welcome, ${admin.name}!` }),
  ).toBeVisible();

  // Settings → Users: add a manager.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const section of ['Inbox', 'Cards', 'Dashboard', 'Events', 'Settings']) {
    await expect(nav.getByRole('link', { name: section })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings\/users$/);
  await expect(page.getByRole('heading', { name: 'Users', level: 2 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Team members' });
  await expect(table.getByRole('row', { name: new RegExp(admin.name) })).toBeVisible();

  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill(manager.name);
  await dialog.getByLabel('Email').fill(admin.email);
  await dialog.getByLabel('Role').selectOption('manager');
  await dialog.getByLabel('Password', { exact: true }).fill(manager.password);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  // The server refuses a taken email; the dialog says so next to the field.
  await expect(dialog.getByText('A user with this email already exists.')).toBeVisible();
  await dialog.getByLabel('Email').fill(manager.email);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();

  const managerRow = table.getByRole('row', { name: new RegExp(manager.name) });
  await expect(managerRow).toBeVisible();
  await expect(managerRow.getByRole('cell', { name: 'Manager', exact: true })).toBeVisible();
  await expect(managerRow.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();

  await logOut(page);

  // The manager signs in: the shell, but no user administration.
  await logIn(page, manager.email, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  await logIn(page, manager.email, manager.password);
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('button', { name: 'Account menu' })).toContainText(manager.name);
  await expect(page.getByRole('button', { name: 'Notifications' })).toBeVisible();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings\/channels$/);
  const settingsNav = page.getByRole('navigation', { name: 'Settings sections' });
  await expect(settingsNav.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(settingsNav.getByRole('link', { name: 'Your profile' })).toBeVisible();
  await expect(settingsNav.getByRole('link', { name: 'Chats and messengers' })).toBeVisible();

  await page.goto('/settings/users');
  await expect(page.getByText('Only administrators can manage users.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add user' })).toHaveCount(0);

  await logOut(page);

  // Logged out means logged out: the app sends us back to login.
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/login\?next=%2Finbox$/);
});

test('the language switch turns the interface Russian and remembers it', async ({ page }) => {
  await logIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/inbox$/);
  await page.getByLabel('Language').selectOption('ru');
  await expect(page.getByRole('heading', { name: 'Входящие', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Основная навигация' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByLabel('Язык').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
});
