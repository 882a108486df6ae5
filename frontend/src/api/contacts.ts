import { request } from './client';
import type { Id, List } from './types';
import type { Contact, NewContact } from './chatTypes';

/** listContacts returns a page of contacts, newest first. */
export function listContacts(page: { cursor?: string; limit?: number } = {}) {
  return request<List<Contact>>('/contacts', { query: { cursor: page.cursor, limit: page.limit } });
}

/** getContact returns one contact. */
export function getContact(id: Id, signal?: AbortSignal) {
  return request<Contact>(`/contacts/${encodeURIComponent(String(id))}`, { signal });
}

/** createContact adds a contact. */
export function createContact(body: NewContact) {
  return request<Contact>('/contacts', { method: 'POST', body });
}
