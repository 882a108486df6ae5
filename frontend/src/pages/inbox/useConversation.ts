import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { getConversation } from '../../api/conversations';
import type { Conversation } from '../../api/chatTypes';
import { useFrame } from '../../realtime/hooks';
import { sameId } from '../../thread/timeline';

/** ConversationState is one conversation as the view shows it. */
export interface ConversationState {
  conversation: Conversation | null;
  status: 'loading' | 'ready' | 'notFound' | 'error';
  retry: () => void;
  /** replace shows a change made here (the server's answer) before its frame arrives. */
  replace: (conversation: Conversation) => void;
}

/** useConversation loads one conversation and follows its live changes. */
export function useConversation(id: string): ConversationState {
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [status, setStatus] = useState<ConversationState['status']>('loading');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setStatus('loading');
    getConversation(id, controller.signal).then(
      (found) => {
        setConversation(found);
        setStatus('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const missing = error instanceof ApiError && (error.status === 404 || error.status === 422);
        setStatus(missing ? 'notFound' : 'error');
      },
    );
    return () => controller.abort();
  }, [id, attempt]);

  const replace = (next: Conversation) =>
    setConversation((current) => ({ ...next, contact: next.contact ?? current?.contact }));

  useFrame<Conversation>('conversation.updated', (next) => {
    if (sameId(next.id, id)) replace(next);
  });

  return { conversation, status, retry: () => setAttempt((n) => n + 1), replace };
}
