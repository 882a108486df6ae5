import type { Id } from '../../api/types';

/**
 * mergeNewest puts the events of a freshly read first page that the list does not have
 * yet on top of it, newest first. When the first page shares nothing with the list and
 * more pages follow it, what lies between is unknown: gap is true and the list is left
 * as it was (the page then offers a refresh instead).
 */
export function mergeNewest<T extends { id: Id }>(
  current: T[],
  firstPage: T[],
  hasMore: boolean,
): { items: T[]; gap: boolean } {
  const known = new Set(current.map((e) => String(e.id)));
  const fresh = firstPage.filter((e) => !known.has(String(e.id)));
  if (fresh.length === 0) return { items: current, gap: false };
  const overlaps = fresh.length < firstPage.length;
  if (current.length > 0 && !overlaps && hasMore) return { items: current, gap: true };
  return { items: [...fresh, ...current], gap: false };
}
