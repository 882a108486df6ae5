import { useCallback, useEffect, useRef } from 'react';
import { markConversationRead } from '../../api/conversations';

/**
 * useMarkRead returns markRead for the open conversation: it tells the server the
 * customer's messages are read — now when the page is in view, or as soon as the
 * reader comes back to the tab (a message that arrives in a background tab is not
 * read yet). Calls close together are sent once.
 */
export function useMarkRead(conversationId: string): () => void {
  const waiting = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const sendNow = useCallback(() => {
    waiting.current = false;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      markConversationRead(conversationId).catch(() => undefined);
    }, 150);
  }, [conversationId]);

  useEffect(() => {
    const onVisible = () => {
      if (!document.hidden && waiting.current) sendNow();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [sendNow]);

  return useCallback(() => {
    if (document.hidden) waiting.current = true;
    else sendNow();
  }, [sendNow]);
}
