/** PendingMessage is a message on its way to the server, shown faded until it lands. */
export interface PendingMessage {
  localId: string;
  text: string;
  created_at: string;
}

let sequence = 0;

/** newPending makes the placeholder for a message being sent now. */
export function newPending(text: string, now = new Date()): PendingMessage {
  sequence += 1;
  return { localId: `local-${sequence}`, text, created_at: now.toISOString() };
}

/**
 * settledBy drops the placeholder a live frame has just made redundant: the oldest one
 * with the frame's text. The frame of one's own message can arrive before the answer to
 * the send, and the message must not show twice (sent and still sending) meanwhile.
 */
export function settledBy(list: PendingMessage[], text: string): PendingMessage[] {
  const i = list.findIndex((p) => p.text === text);
  return i < 0 ? list : [...list.slice(0, i), ...list.slice(i + 1)];
}
