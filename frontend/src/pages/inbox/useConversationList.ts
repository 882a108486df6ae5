import { useCallback, useEffect, useRef, useState } from 'react';
import { listConversations } from '../../api/conversations';
import type { Conversation } from '../../api/chatTypes';
import { useConnectionState, useFrame } from '../../realtime/hooks';
import { useOnReconnect } from '../../thread/useOnReconnect';
import { appendPage, byActivity, isNewActivity, matchesFilter, upsertConversation, type InboxFilter } from './inboxList';

/** PAGE_SIZE is how many conversations one page of the list brings. */
const PAGE_SIZE = 40;

/** ConversationListState is the inbox list and what can be done with it. */
export interface ConversationListState {
  items: Conversation[];
  status: 'loading' | 'ready' | 'error';
  hasMore: boolean;
  loadingMore: boolean;
  /** pulses counts the live arrivals per conversation id, to flash the row each time. */
  pulses: Record<string, number>;
  reload: () => void;
  loadMore: () => void;
  /** upsert puts a conversation changed here (closed, attached) into the list at once. */
  upsert: (conversation: Conversation) => void;
}

/**
 * useConversationList keeps the inbox list for a filter: the first page on open,
 * more pages on demand, new and changed conversations from live frames (with a
 * pulse for each new message), and a fresh first page after a reconnect.
 */
export function useConversationList(filter: InboxFilter): ConversationListState {
  const [items, setItems] = useState<Conversation[]>([]);
  const [status, setStatus] = useState<ConversationListState['status']>('loading');
  const [cursor, setCursor] = useState<string | undefined>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [pulses, setPulses] = useState<Record<string, number>>({});
  const generation = useRef(0);
  const itemsRef = useRef(items);
  const filterRef = useRef(filter);
  useEffect(() => {
    itemsRef.current = items;
    filterRef.current = filter;
  });

  const { status: wanted, q } = filter;
  const load = useCallback(
    (keep: boolean) => {
      const mine = ++generation.current;
      if (!keep) {
        setItems([]);
        setStatus('loading');
      }
      setLoadingMore(false);
      listConversations({ status: wanted, q, limit: PAGE_SIZE }).then(
        (page) => {
          if (mine !== generation.current) return;
          setItems([...page.items].sort(byActivity));
          setCursor(page.next_cursor);
          setStatus('ready');
        },
        () => {
          if (mine !== generation.current) return;
          if (!keep) setStatus('error');
        },
      );
    },
    [wanted, q],
  );

  // A new search keeps the rows on screen until the answer comes; a new tab clears them.
  const shownStatus = useRef(wanted);
  useEffect(() => {
    const keep = shownStatus.current === wanted && itemsRef.current.length > 0;
    shownStatus.current = wanted;
    load(keep);
  }, [load, wanted]);
  useOnReconnect(useConnectionState(), () => load(true));

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    listConversations({ status: wanted, q, limit: PAGE_SIZE, cursor }).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems((list) => appendPage(list, page.items));
        setCursor(page.next_cursor);
        setLoadingMore(false);
      },
      () => {
        if (mine === generation.current) setLoadingMore(false);
      },
    );
  }, [cursor, loadingMore, wanted, q]);

  const pulse = (id: Conversation['id']) =>
    setPulses((p) => ({ ...p, [String(id)]: (p[String(id)] ?? 0) + 1 }));

  const upsert = useCallback((conversation: Conversation) => {
    setItems((list) => upsertConversation(list, conversation, filterRef.current));
  }, []);

  const onLive = (conversation: Conversation) => {
    const before = itemsRef.current.find((c) => String(c.id) === String(conversation.id));
    upsert(conversation);
    if (isNewActivity(before, conversation) && matchesFilter(conversation, filterRef.current)) {
      pulse(conversation.id);
    }
  };
  useFrame<Conversation>('conversation.created', onLive);
  useFrame<Conversation>('conversation.updated', onLive);

  return {
    items,
    status,
    hasMore: cursor !== undefined,
    loadingMore,
    pulses,
    reload: () => load(false),
    loadMore,
    upsert,
  };
}
