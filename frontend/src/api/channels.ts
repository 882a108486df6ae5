import { request } from './client';
import type { Id, List } from './types';
import type { Channel } from './chatTypes';

/** listChannels returns every channel. */
export function listChannels() {
  return request<List<Channel>>('/channels');
}

/** createChannel adds a web chat channel (admin). */
export function createChannel(name: string) {
  return request<Channel>('/channels', { method: 'POST', body: { name, type: 'web' } });
}

/** updateChannel renames a channel or gives it a new public key (admin). */
export function updateChannel(id: Id, body: { name?: string; rotate_key?: boolean }) {
  return request<Channel>(`/channels/${encodeURIComponent(String(id))}`, { method: 'PATCH', body });
}
