import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import type { Message } from '../api/chatTypes';
import { RealtimeSocket, type ConnectionState } from '../realtime/socket';
import { newPending, settledBy, type PendingMessage } from '../thread/pending';
import { mergeMessages, sameId } from '../thread/timeline';
import { isGone, noticeFor, type ChatNotice } from './chatNotice';
import { getPublicChannel, listVisitorMessages, sendVisitorMessage, startConversation, visitorSocketUrl } from './publicApi';
import { clearSession, loadSession, saveSession, type StoredSession } from './visitorSession';

/** MAX_HISTORY_PAGES bounds how much history the chat loads at open (200 messages a page). */
const MAX_HISTORY_PAGES = 10;

/** VisitorChat is the customer's chat: its channel, conversation, messages and sending. */
export interface VisitorChat {
  phase: 'loading' | 'ready' | 'unavailable' | 'error';
  channelName: string | null;
  session: StoredSession | null;
  messages: Message[];
  pending: PendingMessage[];
  notice: ChatNotice | null;
  dismissNotice: () => void;
  name: string;
  setName: (name: string) => void;
  /** connection is the live socket's state while there is a conversation. */
  connection: ConnectionState | null;
  send: (text: string) => Promise<boolean>;
  retry: () => void;
}

async function loadHistory(session: StoredSession, signal?: AbortSignal): Promise<Message[]> {
  let all: Message[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
    const list = await listVisitorMessages(session, cursor, signal);
    all = all.concat(list.items);
    cursor = list.next_cursor;
    if (!cursor) break;
  }
  return all;
}

/**
 * useVisitorChat runs the customer's web chat for one channel. The conversation
 * starts with the first message and is remembered in this browser, so a reload
 * shows it again; a conversation the server no longer knows is forgotten and a new
 * one starts. New messages arrive on a WebSocket that reconnects with backoff and,
 * once back, fetches what it may have missed.
 */
export function useVisitorChat(publicKey: string, onTeamMessage?: (message: Message) => void): VisitorChat {
  const [phase, setPhase] = useState<VisitorChat['phase']>('loading');
  const [channelName, setChannelName] = useState<string | null>(null);
  const [session, setSessionState] = useState<StoredSession | null>(() => loadSession(publicKey));
  const [messages, setMessages] = useState<Message[]>([]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [notice, setNotice] = useState<ChatNotice | null>(null);
  const [name, setName] = useState(session?.name ?? '');
  const [connection, setConnection] = useState<ConnectionState | null>(null);
  const [attempt, setAttempt] = useState(0);
  const sessionRef = useRef(session);
  const nameRef = useRef(name);
  const teamMessage = useRef(onTeamMessage);
  useEffect(() => {
    nameRef.current = name;
    teamMessage.current = onTeamMessage;
  });

  const setSession = useCallback((next: StoredSession | null) => {
    sessionRef.current = next;
    setSessionState(next);
  }, []);

  const forget = useCallback(() => {
    clearSession(publicKey);
    setSession(null);
    setMessages([]);
  }, [publicKey, setSession]);

  // Open: the channel's name, then the remembered conversation's history.
  useEffect(() => {
    const controller = new AbortController();
    setPhase('loading');
    (async () => {
      let channelKnown = false;
      try {
        setChannelName((await getPublicChannel(publicKey, controller.signal)).name);
        channelKnown = true;
      } catch (error) {
        if (controller.signal.aborted) return;
        // An unknown key (a rotated one) still lets a remembered conversation go on.
        if (!(error instanceof ApiError && error.status === 404)) return setPhase('error');
      }
      const remembered = sessionRef.current;
      if (remembered) {
        try {
          const history = await loadHistory(remembered, controller.signal);
          setMessages((list) => mergeMessages(list, history));
        } catch (error) {
          if (controller.signal.aborted) return;
          if (!isGone(error)) return setPhase('error');
          forget();
          if (!channelKnown) return setPhase('unavailable');
        }
      } else if (!channelKnown) {
        return setPhase('unavailable');
      }
      setPhase('ready');
    })();
    return () => controller.abort();
  }, [publicKey, attempt, forget]);

  const resync = useCallback(() => {
    const current = sessionRef.current;
    if (!current) return;
    loadHistory(current).then(
      (history) => {
        if (sessionRef.current === current) setMessages((list) => mergeMessages(list, history));
      },
      (error: unknown) => {
        if (isGone(error) && sessionRef.current === current) forget();
      },
    );
  }, [forget]);

  // Live: one socket per conversation while the chat is open.
  const token = session?.visitor_token;
  const conversationId = session?.conversation_id;
  useEffect(() => {
    if (!token || phase !== 'ready') {
      setConnection(null);
      return;
    }
    const socket = new RealtimeSocket({ url: () => visitorSocketUrl(token) });
    const offMessage = socket.subscribe<Message>('message.created', (message) => {
      if (!sameId(message.conversation_id, conversationId)) return;
      setMessages((list) => mergeMessages(list, [message]));
      if (message.author.type === 'contact') setPending((list) => settledBy(list, message.text));
      else teamMessage.current?.(message);
    });
    // Each (re)connection fetches what frames may have been missed while away.
    const offState = socket.onStateChange((state) => {
      setConnection(state);
      if (state === 'online') resync();
    });
    let lastCheck = 0;
    const offFailed = socket.onConnectFailed(() => {
      // A refused upgrade may mean the token is gone: ask, at most every 15 s.
      if (Date.now() - lastCheck < 15_000) return;
      lastCheck = Date.now();
      resync();
    });
    const onOnline = () => socket.reconnectNow();
    window.addEventListener('online', onOnline);
    socket.start();
    return () => {
      window.removeEventListener('online', onOnline);
      offMessage();
      offState();
      offFailed();
      socket.stop();
    };
  }, [token, conversationId, phase, resync]);

  const deliver = useCallback(
    async (text: string, mayRestart: boolean): Promise<{ message: Message; restarted: boolean }> => {
      let current = sessionRef.current;
      if (!current) {
        const given = nameRef.current.trim() || undefined;
        try {
          current = { ...(await startConversation(publicKey, { name: given })), name: given };
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) setPhase('unavailable');
          throw error;
        }
        saveSession(publicKey, current);
        setSession(current);
      }
      try {
        return { message: await sendVisitorMessage(current, text), restarted: false };
      } catch (error) {
        if (!mayRestart || !isGone(error)) throw error;
        forget();
        return { ...(await deliver(text, false)), restarted: true };
      }
    },
    [publicKey, forget, setSession],
  );

  const send = useCallback(
    async (text: string) => {
      setNotice(null);
      const placeholder = newPending(text);
      setPending((list) => [...list, placeholder]);
      try {
        const { message, restarted } = await deliver(text, true);
        setMessages((list) => mergeMessages(list, [message]));
        if (restarted) setNotice({ kind: 'restarted' });
        return true;
      } catch (error) {
        setNotice(noticeFor(error));
        return false;
      } finally {
        setPending((list) => list.filter((p) => p.localId !== placeholder.localId));
      }
    },
    [deliver],
  );

  return {
    phase,
    channelName,
    session,
    messages,
    pending,
    notice,
    dismissNotice: () => setNotice(null),
    name,
    setName,
    connection,
    send,
    retry: () => setAttempt((n) => n + 1),
  };
}
