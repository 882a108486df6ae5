import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, request, type BrowserContext } from '@playwright/test';
import { admin } from './people';
import type { ServerState } from './server-state';

/**
 * adminToken returns an access token of the first administrator, creating them when
 * the server is still fresh. The token is kept in the run's temporary folder and
 * reused by every spec that asks: logins are rate limited per account (5 at once,
 * then one every 20 s), and a suite that logs the admin in from each spec runs out.
 */
export async function adminToken(server: ServerState): Promise<string> {
  const file = `${server.tmpDir}/admin-token`;
  const api = await request.newContext({ baseURL: server.baseURL });
  try {
    if (existsSync(file)) {
      const cached = readFileSync(file, 'utf8').trim();
      const me = await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${cached}` } });
      if (me.ok()) return cached;
    }
    const status = await (await api.get('/api/v1/setup')).json();
    const res = status.needed
      ? await api.post('/api/v1/setup', {
          data: { token: server.setupToken, name: admin.name, email: admin.email, password: admin.password },
        })
      : await api.post('/api/v1/auth/login', { data: { email: admin.email, password: admin.password } });
    expect(res.ok(), `admin session: ${res.status()} ${await res.text()}`).toBe(true);
    const token: string = (await res.json()).access_token;
    writeFileSync(file, token, { mode: 0o600 });
    return token;
  } finally {
    await api.dispose();
  }
}

/**
 * writeSignedInState writes a Playwright storage state whose browser starts signed in
 * with `token` (the SPA's session cookie carries the access token), so a browser can
 * use a session without logging in again.
 */
export function writeSignedInState(server: ServerState, token: string, path: string): void {
  const { hostname } = new URL(server.baseURL);
  const state = {
    cookies: [
      { name: 'npsdesk_token', value: token, domain: hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' },
    ],
    origins: [],
  };
  writeFileSync(path, JSON.stringify(state), { mode: 0o600 });
}

/**
 * signInAsAdmin makes a browser context signed in as the first administrator with the
 * shared token (no login of its own) and returns the token for API calls.
 */
export async function signInAsAdmin(context: BrowserContext, server: ServerState): Promise<string> {
  const token = await adminToken(server);
  const { hostname } = new URL(server.baseURL);
  await context.addCookies([
    { name: 'npsdesk_token', value: token, domain: hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' },
  ]);
  return token;
}
