import { expect, request } from '@playwright/test';
import { adminToken } from './adminSession';
import { admin } from './people';
import type { ServerState } from './server-state';

/**
 * ensureAdmin creates the first administrator through the API when the server
 * is still fresh, so a spec can also run on its own (auth.spec does it through
 * the setup page instead).
 */
export async function ensureAdmin(server: ServerState): Promise<void> {
  const api = await request.newContext({ baseURL: server.baseURL });
  try {
    const status = await (await api.get('/api/v1/setup')).json();
    if (!status.needed) return;
    const res = await api.post('/api/v1/setup', {
      data: {
        token: server.setupToken,
        name: admin.name,
        email: admin.email,
        password: admin.password,
      },
    });
    expect(res.status()).toBe(201);
  } finally {
    await api.dispose();
  }
}

/**
 * ensureUser makes sure `person` exists with `role` (adding them as the admin
 * through the API if needed).
 */
export async function ensureUser(
  server: ServerState,
  person: { name: string; email: string; password: string },
  role: 'admin' | 'manager',
): Promise<void> {
  await ensureAdmin(server);
  const api = await request.newContext({ baseURL: server.baseURL });
  try {
    // The admin's shared session (logins are rate limited per account).
    const headers = { Authorization: `Bearer ${await adminToken(server)}` };
    const users = await (await api.get('/api/v1/users', { headers })).json();
    if (users.items.some((u: { email: string }) => u.email === person.email)) return;
    const res = await api.post('/api/v1/users', { headers, data: { ...person, role } });
    expect(res.status()).toBe(201);
  } finally {
    await api.dispose();
  }
}
