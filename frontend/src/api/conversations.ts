import { request } from './client';
import type { Id, List } from './types';
import type { Conversation, ConversationPatch, ConversationStatus, Message } from './chatTypes';

const path = (id: Id) => `/conversations/${encodeURIComponent(String(id))}`;

/** ConversationQuery narrows the inbox: a status, part of a contact's name, a page. */
export interface ConversationQuery {
  status?: ConversationStatus;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** listConversations returns a page of the inbox, most recent activity first. */
export function listConversations(query: ConversationQuery = {}, signal?: AbortSignal) {
  return request<List<Conversation>>('/conversations', {
    query: {
      status: query.status,
      q: query.q || undefined,
      cursor: query.cursor,
      limit: query.limit,
    },
    signal,
  });
}

/** getConversation returns one conversation with its contact. */
export function getConversation(id: Id, signal?: AbortSignal) {
  return request<Conversation>(path(id), { signal });
}

/** updateConversation attaches a conversation to a card, or closes or reopens it. */
export function updateConversation(id: Id, body: ConversationPatch) {
  return request<Conversation>(path(id), { method: 'PATCH', body });
}

/** markConversationRead sets the conversation's unread count back to zero. */
export function markConversationRead(id: Id) {
  return request<void>(`${path(id)}/read`, { method: 'POST' });
}

/** listMessages returns a page of a conversation's messages, newest first. */
export function listMessages(
  id: Id,
  page: { cursor?: string; limit?: number } = {},
  signal?: AbortSignal,
) {
  return request<List<Message>>(`${path(id)}/messages`, {
    query: { cursor: page.cursor, limit: page.limit },
    signal,
  });
}

/** sendMessage posts a team member's reply. */
export function sendMessage(id: Id, text: string) {
  return request<Message>(`${path(id)}/messages`, { method: 'POST', body: { text } });
}
