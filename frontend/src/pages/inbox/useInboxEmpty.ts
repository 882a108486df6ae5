import { useEffect, useState } from 'react';
import { listConversations } from '../../api/conversations';

/**
 * useInboxEmpty tells a brand-new inbox (no conversation at all, open or closed)
 * from a list that is merely empty under its filter: asked only when the open list
 * with no search came back empty.
 */
export function useInboxEmpty(openListEmpty: boolean): boolean {
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    if (!openListEmpty) {
      setEmpty(false);
      return;
    }
    let live = true;
    listConversations({ limit: 1 }).then(
      (page) => live && setEmpty(page.items.length === 0),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [openListEmpty]);
  return empty;
}
