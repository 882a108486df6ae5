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
