import { useEffect, useState } from 'react';
import { getCard } from '../../api/cards';
import { ApiError } from '../../api/client';
import type { Card, CardType } from '../../api/chatTypes';

/** CardState is one card as its page shows it. */
export interface CardState {
  card: Card | null;
  status: 'loading' | 'ready' | 'notFound' | 'error';
  setCard: (card: Card) => void;
  retry: () => void;
}

/** useCard loads one deal or customer. */
export function useCard(type: CardType, id: string): CardState {
  const [card, setCard] = useState<Card | null>(null);
  const [status, setStatus] = useState<CardState['status']>('loading');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setStatus('loading');
    getCard(type, id, controller.signal).then(
      (found) => {
        setCard(found);
        setStatus('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const missing = error instanceof ApiError && (error.status === 404 || error.status === 422);
        setStatus(missing ? 'notFound' : 'error');
      },
    );
    return () => controller.abort();
  }, [type, id, attempt]);
  return { card, status, setCard, retry: () => setAttempt((n) => n + 1) };
}
