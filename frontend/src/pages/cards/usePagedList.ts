import { useCallback, useEffect, useRef, useState } from 'react';
import type { List } from '../../api/types';

/** PagedList is a list loaded a page at a time, and the edits made to it here. */
export interface PagedList<T> {
  items: T[];
  status: 'loading' | 'ready' | 'error';
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** put shows an item created or changed here: replaced in place, or added on top. */
  put: (item: T) => void;
}

/**
 * usePagedList loads the first page from fetchPage when `key` changes, and the next
 * page on loadMore. Items are told apart by their `id`.
 */
export function usePagedList<T extends { id: string | number }>(
  fetchPage: (cursor?: string) => Promise<List<T>>,
  key: string,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<PagedList<T>['status']>('loading');
  const [cursor, setCursor] = useState<string | undefined>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  const fetcher = useRef(fetchPage);
  useEffect(() => {
    fetcher.current = fetchPage;
  });

  useEffect(() => {
    const mine = ++generation.current;
    setItems([]);
    setStatus('loading');
    setLoadingMore(false);
    fetcher.current().then(
      (page) => {
        if (mine !== generation.current) return;
        setItems(page.items);
        setCursor(page.next_cursor);
        setStatus('ready');
      },
      () => mine === generation.current && setStatus('error'),
    );
  }, [key, attempt]);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    fetcher.current(cursor).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems((list) => {
          const seen = new Set(list.map((item) => String(item.id)));
          return [...list, ...page.items.filter((item) => !seen.has(String(item.id)))];
        });
        setCursor(page.next_cursor);
        setLoadingMore(false);
      },
      () => mine === generation.current && setLoadingMore(false),
    );
  }, [cursor, loadingMore]);

  const put = useCallback((item: T) => {
    setItems((list) =>
      list.some((x) => String(x.id) === String(item.id))
        ? list.map((x) => (String(x.id) === String(item.id) ? item : x))
        : [item, ...list],
    );
  }, []);

  return {
    items,
    status,
    hasMore: cursor !== undefined,
    loadingMore,
    loadMore,
    reload: () => setAttempt((n) => n + 1),
    put,
  };
}
