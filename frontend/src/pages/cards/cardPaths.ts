import type { CardType } from '../../api/chatTypes';
import type { Id } from '../../api/types';

/** CardsTab is a tab of the cards page; each card type has one, and contacts too. */
export type CardsTab = 'deals' | 'customers' | 'contacts';

/** tabOfType is the cards tab (and URL segment) of a card type. */
export const tabOfType: Record<CardType, 'deals' | 'customers'> = { deal: 'deals', customer: 'customers' };

/** typeOfTab is the card type a tab lists. */
export const typeOfTab: Record<'deals' | 'customers', CardType> = { deals: 'deal', customers: 'customer' };

/** cardPath is the address of a card's page. */
export function cardPath(type: CardType, id: Id): string {
  return `/cards/${tabOfType[type]}/${encodeURIComponent(String(id))}`;
}

/** contactPath is the address of a contact's page. */
export function contactPath(id: Id): string {
  return `/cards/contacts/${encodeURIComponent(String(id))}`;
}
