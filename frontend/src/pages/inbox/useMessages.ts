import { useCallback, useEffect, useRef, useState } from 'react';
import { listMessages, sendMessage } from '../../api/conversations';
import type { Message } from '../../api/chatTypes';
import { useConnectionState, useFrame } from '../../realtime/hooks';
import { newPending, settledBy, type PendingMessage } from '../../thread/pending';
import { mergeMessages, sameId } from '../../thread/timeline';
import { useOnReconnect } from '../../thread/useOnReconnect';

/** PAGE_SIZE is how many messages one page of history brings. */
const PAGE_SIZE = 40;

/** MessagesState is a conversation's history as loaded so far, and sending. */
export interface MessagesState {
  /** messages are oldest first. */
  messages: Message[];
  pending: PendingMessage[];
  status: 'loading' | 'ready' | 'error';
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder: () => void;
  retry: () => void;
  /** send posts a reply; it resolves false (and reports why) when it could not. */
  send: (text: string) => Promise<boolean>;
}

/**
 * useMessages loads a conversation's newest messages, older pages on demand (the
 * API pages newest first), live `message.created` frames for it, and the newest
 * page again after a reconnect. Every source goes through mergeMessages, so a
 * message seen twice (the answer to a send and its frame) is shown once.
 */
export function useMessages(
  conversationId: string,
  options: { onIncoming?: (message: Message) => void; onSendError?: (error: unknown) => void } = {},
): MessagesState {
  const [messages, setMessages] = useState<Message[]>([]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [status, setStatus] = useState<MessagesState['status']>('loading');
  const [cursor, setCursor] = useState<string | undefined>();
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const busyOlder = useRef(false);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const controller = new AbortController();
    setStatus('loading');
    listMessages(conversationId, { limit: PAGE_SIZE }, controller.signal).then(
      (page) => {
        setMessages((list) => mergeMessages(list, page.items));
        setCursor(page.next_cursor);
        setStatus('ready');
      },
      () => {
        if (!controller.signal.aborted) setStatus('error');
      },
    );
    return () => controller.abort();
  }, [conversationId, attempt]);

  const loadOlder = useCallback(() => {
    if (!cursor || busyOlder.current) return;
    busyOlder.current = true;
    setLoadingOlder(true);
    listMessages(conversationId, { limit: PAGE_SIZE, cursor })
      .then(
        (page) => {
          setMessages((list) => mergeMessages(list, page.items));
          setCursor(page.next_cursor);
        },
        () => undefined,
      )
      .finally(() => {
        busyOlder.current = false;
        setLoadingOlder(false);
      });
  }, [conversationId, cursor]);

  useFrame<Message>('message.created', (message) => {
    if (!sameId(message.conversation_id, conversationId)) return;
    setMessages((list) => mergeMessages(list, [message]));
    if (message.author.type === 'user') setPending((list) => settledBy(list, message.text));
    latest.current.onIncoming?.(message);
  });

  useOnReconnect(useConnectionState(), () => {
    listMessages(conversationId, { limit: PAGE_SIZE }).then(
      (page) => setMessages((list) => mergeMessages(list, page.items)),
      () => undefined,
    );
  });

  const send = useCallback(
    async (text: string) => {
      const placeholder = newPending(text);
      setPending((list) => [...list, placeholder]);
      try {
        const sent = await sendMessage(conversationId, text);
        setMessages((list) => mergeMessages(list, [sent]));
        return true;
      } catch (error) {
        latest.current.onSendError?.(error);
        return false;
      } finally {
        setPending((list) => list.filter((p) => p.localId !== placeholder.localId));
      }
    },
    [conversationId],
  );

  return {
    messages,
    pending,
    status,
    hasOlder: cursor !== undefined,
    loadingOlder,
    loadOlder,
    retry: () => setAttempt((n) => n + 1),
    send,
  };
}
