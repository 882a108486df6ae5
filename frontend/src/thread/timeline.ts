import type { Message } from '../api/chatTypes';
import type { Id } from '../api/types';

/** sameId compares opaque ids the way the server means them (1 and "1" are one id). */
export function sameId(a: Id | null | undefined, b: Id | null | undefined): boolean {
  return a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);
}

function compareIds(a: Id, b: Id): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return String(a).localeCompare(String(b));
}

/** compareMessages orders messages oldest first: by time, then by id for the same instant. */
export function compareMessages(a: Message, b: Message): number {
  const byTime = Date.parse(a.created_at) - Date.parse(b.created_at);
  return byTime !== 0 && !Number.isNaN(byTime) ? byTime : compareIds(a.id, b.id);
}

/**
 * mergeMessages adds `incoming` (a page of history in any order, a live frame, the
 * answer to a send) to `current` and returns one list, oldest first, each message
 * once. A message seen twice keeps its newer copy. `current` is left as it was.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  if (incoming.length === 0) return current as Message[];
  const byId = new Map<string, Message>();
  for (const message of current) byId.set(String(message.id), message);
  for (const message of incoming) byId.set(String(message.id), message);
  return [...byId.values()].sort(compareMessages);
}

/** RUN_GAP_MS is how close in time two messages by one author must be to read as one run. */
export const RUN_GAP_MS = 5 * 60_000;

/** dayKey is the local calendar day of an RFC 3339 time, as YYYY-MM-DD. */
export function dayKey(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function sameAuthor(a: Message, b: Message): boolean {
  return a.author.type === b.author.type && String(a.author.id ?? '') === String(b.author.id ?? '');
}

/** TimelineItem is one row of a conversation as drawn: a day divider or a message. */
export type TimelineItem =
  | { kind: 'day'; key: string; day: string }
  | {
      kind: 'message';
      key: string;
      message: Message;
      /** first is the first message of a run by one author (it shows who wrote it). */
      first: boolean;
      /** last is the last message of its run (it shows the time). */
      last: boolean;
    };

/**
 * buildTimeline lays out messages (oldest first) for reading: a divider at each new
 * day, and consecutive messages by one author within RUN_GAP_MS grouped into a run.
 */
export function buildTimeline(messages: readonly Message[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  let previous: Message | null = null;
  let lastMessageItem: Extract<TimelineItem, { kind: 'message' }> | null = null;
  for (const message of messages) {
    const day = dayKey(message.created_at);
    const newDay = !previous || dayKey(previous.created_at) !== day;
    if (newDay) items.push({ kind: 'day', key: `day-${day}`, day });
    const continues =
      !newDay &&
      previous !== null &&
      sameAuthor(previous, message) &&
      Date.parse(message.created_at) - Date.parse(previous.created_at) <= RUN_GAP_MS;
    if (!continues && lastMessageItem) lastMessageItem.last = true;
    const item = { kind: 'message' as const, key: `m-${message.id}`, message, first: !continues, last: false };
    items.push(item);
    lastMessageItem = item;
    previous = message;
  }
  if (lastMessageItem) lastMessageItem.last = true;
  return items;
}

/**
 * answerableId is the id of the message whose buttons the customer may still press:
 * the latest message with buttons from the team's side, when the customer has not
 * written since. Older button rows are shown, but as answered.
 */
export function answerableId(messages: readonly Message[]): Id | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message.author.type === 'contact') return null;
    if (message.buttons && message.buttons.length > 0) return message.id;
  }
  return null;
}

/**
 * chosenAnswers maps each message with buttons (by id) to the value the customer
 * answered it with: their next message, when it is one of the buttons' values. The
 * pressed button stays marked after the survey moves on.
 */
export function chosenAnswers(messages: readonly Message[]): Map<string, string> {
  const chosen = new Map<string, string>();
  let asking: Message | null = null;
  for (const message of messages) {
    if (message.author.type !== 'contact') {
      if (message.buttons?.length) asking = message;
      continue;
    }
    if (asking) {
      const text = message.text.trim();
      if (asking.buttons!.some((b) => b.value === text)) chosen.set(String(asking.id), text);
      asking = null;
    }
  }
  return chosen;
}
