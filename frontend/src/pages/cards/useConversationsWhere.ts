import { useEffect, useState } from 'react';
import { listConversations } from '../../api/conversations';
import type { Conversation } from '../../api/chatTypes';

/**
 * useConversationsWhere returns the conversations (of the latest 500) that `keep`
 * accepts — the ones attached to a card, or with a contact. Filtered here until the
 * API filters by card; null while loading, 'error' when it failed.
 */
export function useConversationsWhere(keep: (c: Conversation) => boolean, key: string): Conversation[] | null | 'error' {
  const [found, setFound] = useState<Conversation[] | null | 'error'>(null);
  useEffect(() => {
    let live = true;
    setFound(null);
    listConversations({ limit: 500 }).then(
      (page) => live && setFound(page.items.filter(keep)),
      () => live && setFound('error'),
    );
    return () => {
      live = false;
    };
    // key names what keep selects; keep itself is a new function each render.
  }, [key]);
  return found;
}
