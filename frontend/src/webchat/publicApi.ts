import { API_BASE, ApiError, NETWORK_ERROR, parseError } from '../api/client';
import type { Message, PublicChannel, VisitorSession } from '../api/chatTypes';
import type { Id, List } from '../api/types';

/**
 * The customer's side of the API: no team login. Calls for a conversation carry the
 * visitor token as a Bearer token; no cookie is ever sent.
 */

async function call<T>(path: string, init: { method?: string; body?: unknown; token?: string; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'omit',
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.');
  }
  if (!response.ok) throw parseError(response.status, await response.text(), response.headers);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

const key = (publicKey: string) => encodeURIComponent(publicKey);
const conversation = (id: Id) => `/public/conversations/${encodeURIComponent(String(id))}/messages`;

/** getPublicChannel returns the channel's name for the chat's header (404 for an unknown key). */
export function getPublicChannel(publicKey: string, signal?: AbortSignal) {
  return call<PublicChannel>(`/public/channels/${key(publicKey)}`, { signal });
}

/** startConversation opens a conversation with the channel; the name is optional. */
export function startConversation(publicKey: string, contact: { name?: string }) {
  return call<VisitorSession>(`/public/channels/${key(publicKey)}/conversations`, {
    method: 'POST',
    body: contact,
  });
}

/** listVisitorMessages returns a page of the conversation, oldest first. */
export function listVisitorMessages(session: VisitorSession, cursor?: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ order: 'asc', limit: '200' });
  if (cursor) query.set('cursor', cursor);
  return call<List<Message>>(`${conversation(session.conversation_id)}?${query}`, {
    token: session.visitor_token,
    signal,
  });
}

/** sendVisitorMessage posts the customer's message (a tapped button sends its value). */
export function sendVisitorMessage(session: VisitorSession, text: string) {
  return call<Message>(conversation(session.conversation_id), {
    method: 'POST',
    body: { text },
    token: session.visitor_token,
  });
}

/** visitorSocketUrl is the visitor's WebSocket on this server, authenticated by ?token=. */
export function visitorSocketUrl(token: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/api/v1/public/ws?token=${encodeURIComponent(token)}`;
}
