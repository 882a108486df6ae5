import type { Conversation, ConversationStatus } from '../../api/chatTypes';

/** InboxFilter is what the list shows: a status tab and a search by contact name. */
export interface InboxFilter {
  status: ConversationStatus;
  q: string;
}

/** matchesFilter tells whether a conversation belongs in the list as filtered (as the server filters). */
export function matchesFilter(conversation: Conversation, filter: InboxFilter): boolean {
  if (conversation.status !== filter.status) return false;
  const q = filter.q.trim().toLowerCase();
  return q === '' || (conversation.contact?.name ?? '').toLowerCase().includes(q);
}

/** byActivity orders the inbox: the latest message first, then the newest conversation. */
export function byActivity(a: Conversation, b: Conversation): number {
  const diff = Date.parse(b.last_message_at) - Date.parse(a.last_message_at);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  return Number(b.id) - Number(a.id) || String(b.id).localeCompare(String(a.id));
}

/**
 * upsertConversation puts a conversation as it is now (from a live frame) into the
 * list: replaced where it was, moved to its place by activity, added when it newly
 * matches the filter, dropped when it no longer does (closed while on "Open").
 * Without a contact (an older frame shape) it keeps the one the list had.
 */
export function upsertConversation(
  list: readonly Conversation[],
  conversation: Conversation,
  filter: InboxFilter,
): Conversation[] {
  const key = String(conversation.id);
  const previous = list.find((c) => String(c.id) === key);
  const merged = previous && !conversation.contact ? { ...conversation, contact: previous.contact } : conversation;
  const rest = list.filter((c) => String(c.id) !== key);
  if (!matchesFilter(merged, filter)) return previous ? rest : (list as Conversation[]);
  return [...rest, merged].sort(byActivity);
}

/** appendPage adds the next page under the list, skipping what live frames already put in. */
export function appendPage(list: readonly Conversation[], page: readonly Conversation[]): Conversation[] {
  const seen = new Set(list.map((c) => String(c.id)));
  return [...list, ...page.filter((c) => !seen.has(String(c.id)))].sort(byActivity);
}

/** isNewActivity tells a frame that brings a new message from one that only reads, closes or attaches. */
export function isNewActivity(before: Conversation | undefined, after: Conversation): boolean {
  return !before || before.last_message_at !== after.last_message_at;
}
