import type { VisitorSession } from '../api/chatTypes';

/** StoredSession is what the browser keeps per channel: the conversation, its token, the name given. */
export interface StoredSession extends VisitorSession {
  name?: string;
}

/** sessionKey is the localStorage key of a channel's conversation. */
export function sessionKey(publicKey: string): string {
  return `npsdesk.chat.${publicKey}`;
}

function isSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (typeof v.conversation_id === 'number' || (typeof v.conversation_id === 'string' && v.conversation_id !== '')) &&
    typeof v.visitor_token === 'string' &&
    v.visitor_token !== '' &&
    (v.name === undefined || typeof v.name === 'string')
  );
}

/**
 * loadSession returns the conversation this browser has with a channel, or null —
 * also when storage is blocked or holds something that is not a session.
 */
export function loadSession(publicKey: string, storage: Storage | undefined = safeStorage()): StoredSession | null {
  try {
    const raw = storage?.getItem(sessionKey(publicKey));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** saveSession remembers the conversation; without storage it lasts for this page only. */
export function saveSession(publicKey: string, session: StoredSession, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(sessionKey(publicKey), JSON.stringify(session));
  } catch {
    // Private mode or a full storage: the chat still works until the page closes.
  }
}

/** clearSession forgets the conversation (it is gone on the server, or its token no longer works). */
export function clearSession(publicKey: string, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(sessionKey(publicKey));
  } catch {
    // Nothing to forget.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
