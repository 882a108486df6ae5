import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { signInAsAdmin } from './adminSession';
import { readServerState } from './server-state';
import { ensureAdmin } from './team';

const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => ensureAdmin(server));

/** A tiny webhook receiver on 127.0.0.1 that records what npsdesk posts. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let receiver: Server;
let receiverUrl = '';
const received: Received[] = [];
let api: APIRequestContext;
let headers: Record<string, string> = {};

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/npsdesk`;
});

test.afterAll(async () => {
  // The specs share one server: leave the webhook off and without a URL, as it was.
  if (api) {
    await api.put('/api/v1/settings/webhook', { headers, data: { url: '', enabled: false } });
    await api.dispose();
  }
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

test('an administrator saves a webhook, sends a test and sees it delivered, signed', async ({ page, context }) => {
  const token = await signInAsAdmin(context, server);
  headers = { Authorization: `Bearer ${token}` };
  api = await request.newContext({ baseURL: server.baseURL });

  await page.goto('/settings');
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Integrations' }).click();
  await expect(page).toHaveURL(/\/settings\/integrations$/);
  await expect(page.getByRole('heading', { name: 'Webhook', level: 2 })).toBeVisible();

  await page.getByLabel('Receiver URL').fill('ftp://nowhere');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter an address that starts with http:// or https://')).toBeVisible();

  await page.getByLabel('Receiver URL').fill(receiverUrl);
  await page.getByRole('switch', { name: 'Send new ratings' }).click();
  await expect(page.getByRole('switch', { name: 'Send new ratings' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Webhook saved.' })).toBeVisible();

  // The secret is masked until Show.
  const secretField = page.getByTestId('webhook-secret');
  await expect(secretField).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(secretField).toHaveAttribute('type', 'text');
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^[0-9a-f]{64}$/);

  await page.getByRole('button', { name: 'Send test' }).click();
  const table = page.getByRole('table', { name: 'Recent webhook deliveries' });
  const row = table.getByTestId('webhook-delivery').first();
  await expect(row).toContainText('Test');
  await expect(row).toHaveAttribute('data-status', 'delivered', { timeout: 15_000 });
  await expect(row.getByText('Delivered')).toBeVisible();

  expect(received).toHaveLength(1);
  const ping = received[0];
  expect(ping.headers['x-npsdesk-event']).toBe('ping');
  expect(ping.headers['user-agent']).toBe('npsdesk-webhook');
  const expected = 'sha256=' + createHmac('sha256', secret).update(ping.body).digest('hex');
  expect(ping.headers['x-npsdesk-signature']).toBe(expected);
  expect(JSON.parse(ping.body)).toMatchObject({ event: 'ping', id: ping.headers['x-npsdesk-delivery'] });
});

test('the backup button downloads the database', async ({ page, context }) => {
  await signInAsAdmin(context, server);
  await page.goto('/settings/integrations');
  await expect(page.getByText('npsdesk restore FILE')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^npsdesk-\d{4}-\d{2}-\d{2}\.db$/);
  const path = await download.path();
  const file = readFileSync(path);
  expect(file.length).toBeGreaterThan(4096);
  // bbolt's meta page carries its magic 0xED0CDAED (little-endian) after the page header.
  expect(file.readUInt32LE(16)).toBe(0xed0cdaed);
  await expect(page.getByRole('status').filter({ hasText: /Backup npsdesk-.*\.db downloaded\./ })).toBeVisible();
});
