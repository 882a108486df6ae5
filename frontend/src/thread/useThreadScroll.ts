import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { edgesOf, planScroll, type ListEdges } from './scrollPlan';

/** NEAR_BOTTOM_PX is how close to the end still counts as "at the bottom". */
const NEAR_BOTTOM_PX = 80;
/** NEAR_TOP_PX is how close to the top starts loading older history. */
const NEAR_TOP_PX = 240;

/**
 * useThreadScroll keeps a message list scrolled the way a reader expects: at the
 * newest message on open and while following along, in place when older history
 * loads above, and — when the reader has scrolled up — counting new messages for a
 * "new messages" pill instead of yanking them down. `pendingCount` is the reader's
 * own messages on their way: sending always shows the bottom.
 */
export function useThreadScroll<T extends { id: string | number }>(
  messages: readonly T[],
  options: { isMine: (message: T) => boolean; pendingCount: number; onNearTop?: () => void },
) {
  const ref = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const fromBottom = useRef(0);
  const edges = useRef<ListEdges>({ first: null, last: null, count: 0 });
  const [unseen, setUnseen] = useState(0);
  const { isMine, pendingCount, onNearTop } = options;

  const remember = () => {
    const el = ref.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    fromBottom.current = el.scrollHeight - el.scrollTop;
  };

  const scrollToBottom = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    atBottom.current = true;
    fromBottom.current = el.clientHeight;
    setUnseen(0);
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    const next = edgesOf(messages);
    const newest = messages[messages.length - 1];
    const plan = planScroll(edges.current, next, atBottom.current, newest ? isMine(newest) : false);
    const added = Math.max(1, next.count - edges.current.count);
    edges.current = next;
    if (!el) return;
    if (plan === 'bottom') scrollToBottom();
    else if (plan === 'keep') el.scrollTop = el.scrollHeight - fromBottom.current;
    else if (plan === 'pill') setUnseen((n) => n + added);
    remember();
    // Only a change of the messages moves the view; isMine is read for the newest one.
  }, [messages, scrollToBottom]);

  useLayoutEffect(() => {
    if (pendingCount > 0) scrollToBottom();
  }, [pendingCount, scrollToBottom]);

  const onScroll = () => {
    remember();
    const el = ref.current;
    if (!el) return;
    if (atBottom.current) setUnseen(0);
    if (el.scrollTop < NEAR_TOP_PX) onNearTop?.();
  };

  return { ref, onScroll, unseen, scrollToBottom };
}
