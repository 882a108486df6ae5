import { request } from './client';
import type { Id, NotificationList } from './types';

/** listNotifications returns the newest notifications, only unread ones if asked. */
export function listNotifications(
  options: { unread?: boolean; limit?: number } = {},
): Promise<NotificationList> {
  return request<NotificationList>('/notifications', {
    query: { unread: options.unread ? true : undefined, limit: options.limit },
  });
}

/** markNotificationRead marks one notification read. */
export function markNotificationRead(id: Id): Promise<void> {
  return request<void>(`/notifications/${encodeURIComponent(String(id))}/read`, {
    method: 'POST',
  });
}

/** markAllNotificationsRead marks every notification of the user read. */
export function markAllNotificationsRead(): Promise<void> {
  return request<void>('/notifications/read-all', { method: 'POST' });
}
