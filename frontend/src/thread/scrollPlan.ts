/** ListEdges describe a message list by its ends: enough to tell what a change did. */
export interface ListEdges {
  first: string | null;
  last: string | null;
  count: number;
}

/** edgesOf returns the edges of a list of things with ids. */
export function edgesOf(items: readonly { id: string | number }[]): ListEdges {
  return {
    first: items.length ? String(items[0].id) : null,
    last: items.length ? String(items[items.length - 1].id) : null,
    count: items.length,
  };
}

/**
 * ScrollPlan is what the thread does after its messages change: jump to the newest,
 * keep the reader's place while older history is added above, point at new messages
 * below with a pill, or nothing.
 */
export type ScrollPlan = 'bottom' | 'keep' | 'pill' | 'none';

/**
 * planScroll decides how to scroll after the list went from `before` to `after`.
 * A reader at the bottom follows new messages; a reader who scrolled up to read is
 * left in place and told about them, unless the newest message is their own.
 */
export function planScroll(before: ListEdges, after: ListEdges, atBottom: boolean, newestIsMine: boolean): ScrollPlan {
  if (after.count === 0) return 'none';
  if (before.count === 0) return 'bottom';
  if (after.last !== before.last) return atBottom || newestIsMine ? 'bottom' : 'pill';
  if (after.first !== before.first) return 'keep';
  return 'none';
}
