import { useCallback, useEffect, useRef, useState } from 'react';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../api/notifications';
import type { Id, Notification } from '../api/types';
import { useConnectionState, useFrame } from '../realtime/hooks';

const RECENT_LIMIT = 30;

function sameId(a: Id, b: Id): boolean {
  return String(a) === String(b);
}

function newestFirst(list: Notification[]): Notification[] {
  return [...list].sort((a, b) => b.created_at.localeCompare(a.created_at));
}

/** NotificationsState is what the bell shows and the actions it offers. */
export interface NotificationsState {
  unreadCount: number;
  recent: Notification[];
  loading: boolean;
  failed: boolean;
  /** unreadOnly: the panel lists only unread notifications (the unread filter). */
  unreadOnly: boolean;
  setUnreadOnly: (unreadOnly: boolean) => void;
  loadRecent: () => void;
  markRead: (notification: Notification) => Promise<void>;
  markAll: () => Promise<void>;
}

/**
 * useNotifications keeps the unread count and the latest notifications in step
 * with the server: loaded at start, updated live by `notification.created`
 * frames, and reloaded whenever the socket is back after a cut (frames missed
 * while offline are not replayed).
 */
export function useNotifications(onLive: (notification: Notification) => void): NotificationsState {
  const connection = useConnectionState();
  const [unreadCount, setUnreadCount] = useState(0);
  const [recent, setRecent] = useState<Notification[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [unreadOnly, setUnreadOnlyState] = useState(false);
  const seen = useRef(new Set<string>());

  const loadUnread = useCallback(() => {
    listNotifications({ unread: true, limit: 100 }).then(
      (list) => setUnreadCount(list.unread_count ?? list.items.length),
      () => {
        // The badge keeps what it had; the next reconnect or panel open retries.
      },
    );
  }, []);

  const wasOffline = useRef(true);
  useEffect(() => {
    if (connection === 'offline') wasOffline.current = true;
    else if (wasOffline.current) {
      wasOffline.current = false;
      loadUnread();
    }
  }, [connection, loadUnread]);

  const load = useCallback((onlyUnread: boolean) => {
    setLoading(true);
    setFailed(false);
    listNotifications({ unread: onlyUnread, limit: RECENT_LIMIT })
      .then(
        (list) => {
          setRecent(newestFirst(list.items));
          if (list.unread_count !== undefined) setUnreadCount(list.unread_count);
        },
        () => setFailed(true),
      )
      .finally(() => setLoading(false));
  }, []);

  const loadRecent = useCallback(() => load(unreadOnly), [load, unreadOnly]);

  const setUnreadOnly = useCallback(
    (only: boolean) => {
      setUnreadOnlyState(only);
      load(only);
    },
    [load],
  );

  useFrame<Notification>('notification.created', (notification) => {
    const key = String(notification.id);
    if (seen.current.has(key)) return;
    seen.current.add(key);
    if (!notification.read) setUnreadCount((n) => n + 1);
    setRecent((list) =>
      newestFirst([notification, ...list.filter((n) => !sameId(n.id, notification.id))]).slice(
        0,
        RECENT_LIMIT,
      ),
    );
    onLive(notification);
  });

  const markRead = useCallback(async (notification: Notification) => {
    await markNotificationRead(notification.id);
    setUnreadCount((n) => Math.max(0, n - 1));
    setRecent((list) =>
      list.map((n) => (sameId(n.id, notification.id) ? { ...n, read: true } : n)),
    );
  }, []);

  const markAll = useCallback(async () => {
    await markAllNotificationsRead();
    setUnreadCount(0);
    setRecent((list) => list.map((n) => ({ ...n, read: true })));
  }, []);

  // Under the unread filter, what is marked read leaves the list at once.
  const shown = unreadOnly ? recent.filter((n) => !n.read) : recent;
  return { unreadCount, recent: shown, loading, failed, unreadOnly, setUnreadOnly, loadRecent, markRead, markAll };
}
