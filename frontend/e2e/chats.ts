import { expect, request, type APIRequestContext } from '@playwright/test';
import { adminToken } from './adminSession';
import type { ServerState } from './server-state';

/** ChatWorld is what a chat spec sets up for itself: a channel and a signed-in manager. */
export interface ChatWorld {
  channelName: string;
  channelKey: string;
  manager: { name: string; email: string; token: string };
  /** managerState is a storage state file: a browser context that starts signed in as the manager. */
  managerState: string;
}

/**
 * setUpChatWorld creates, through the API, a web channel and a manager of its own
 * (unique names per run), so a spec does not depend on what others did before it.
 * One login of its own (the manager's); the admin's session is shared (adminToken).
 */
export async function setUpChatWorld(server: ServerState, label: string): Promise<ChatWorld> {
  const headers = { Authorization: `Bearer ${await adminToken(server)}` };
  const run = `${label}-${Date.now().toString(36)}`;
  const api = await request.newContext({ baseURL: server.baseURL });
  try {
    const manager = { name: 'Mia Manager', email: `mia-${run}@example.com`, password: 'mia-secret-123' };
    expect((await api.post('/api/v1/users', { headers, data: { ...manager, role: 'manager' } })).status()).toBe(201);
    const channelName = `Acme support ${run}`;
    const channel = await api.post('/api/v1/channels', { headers, data: { name: channelName, type: 'web' } });
    expect(channel.status()).toBe(201);
    const channelKey: string = (await channel.json()).public_key;

    const managerApi = await request.newContext({ baseURL: server.baseURL });
    const managerLogin = await managerApi.post('/api/v1/auth/login', {
      data: { email: manager.email, password: manager.password },
    });
    expect(managerLogin.ok()).toBe(true);
    const managerToken: string = (await managerLogin.json()).access_token;
    const managerState = `${server.tmpDir}/chat-${run}.json`;
    await managerApi.storageState({ path: managerState });
    await managerApi.dispose();
    return {
      channelName,
      channelKey,
      manager: { name: manager.name, email: manager.email, token: managerToken },
      managerState,
    };
  } finally {
    await api.dispose();
  }
}

/** StartedChat is a customer's new conversation and the visitor token that speaks in it. */
export interface StartedChat {
  conversation_id: number;
  visitor_token: string;
}

/**
 * startCustomerChat starts a conversation as a customer, through the public API. New
 * chats are rate limited per address and every spec's customers come from 127.0.0.1, so
 * a 429 is waited out (its Retry-After) rather than failed.
 */
export async function startCustomerChat(api: APIRequestContext, channelKey: string, name: string): Promise<StartedChat> {
  const path = `/api/v1/public/channels/${channelKey}/conversations`;
  let res = await api.post(path, { data: { name } });
  for (let i = 0; res.status() === 429 && i < 20; i++) {
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers()['retry-after'] ?? 3)));
    res = await api.post(path, { data: { name } });
  }
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}
