import { request } from './client';
import type { Id, List } from './types';
import type { Card, CardInput, CardType } from './chatTypes';

/** cardCollection is the API path of each card type. */
const cardCollection: Record<CardType, string> = { deal: '/deals', customer: '/customers' };

const path = (type: CardType, id: Id) =>
  `${cardCollection[type]}/${encodeURIComponent(String(id))}`;

/** listCards returns a page of deals or customers, newest first. */
export function listCards(type: CardType, page: { cursor?: string; limit?: number } = {}) {
  return request<List<Card>>(cardCollection[type], {
    query: { cursor: page.cursor, limit: page.limit },
  });
}

/** getCard returns one deal or customer. */
export function getCard(type: CardType, id: Id, signal?: AbortSignal) {
  return request<Card>(path(type, id), { signal });
}

/** createCard creates a deal or a customer. */
export function createCard(
  type: CardType,
  body: Required<Omit<CardInput, 'subscriber_ids'>> & CardInput,
) {
  return request<Card>(cardCollection[type], { method: 'POST', body });
}

/** updateCard changes any subset of a card's fields. */
export function updateCard(type: CardType, id: Id, body: CardInput) {
  return request<Card>(path(type, id), { method: 'PATCH', body });
}
