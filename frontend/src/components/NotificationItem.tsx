import type { Notification } from '../api/types';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';
import { RelativeTime } from './RelativeTime';

/** NotificationItem is one row of the notification panel. */
export function NotificationItem({
  notification,
  onOpen,
  onMarkRead,
}: {
  notification: Notification;
  onOpen: (notification: Notification) => void;
  onMarkRead: (notification: Notification) => void;
}) {
  const t = useT();
  const critical = notification.type === 'nps_critical';
  const label = critical ? t('bell.type.nps_critical') : t('bell.type.other');
  const openable =
    notification.conversation_id !== undefined && notification.conversation_id !== null;
  const content = (
    <>
      <span className={critical ? 'notif-icon notif-icon-critical' : 'notif-icon'}>
        <Icon name={critical ? 'alert' : 'bell'} size={16} />
      </span>
      <span className="notif-text">
        <span className="notif-kind">
          {label}
          {!notification.read && <span className="notif-dot" aria-label={t('bell.unread')} />}
        </span>
        <span className="notif-message">{notification.text}</span>
        <span className="notif-time">
          <RelativeTime iso={notification.created_at} />
        </span>
      </span>
    </>
  );
  return (
    <li className={notification.read ? 'notif' : 'notif notif-unread'}>
      {openable ? (
        <button type="button" className="notif-main" onClick={() => onOpen(notification)}>
          {content}
        </button>
      ) : (
        <div className="notif-main">{content}</div>
      )}
      {!notification.read && (
        <button
          type="button"
          className="icon-button notif-read"
          aria-label={t('bell.markRead')}
          title={t('bell.markRead')}
          onClick={() => onMarkRead(notification)}
        >
          <Icon name="check" size={16} />
        </button>
      )}
    </li>
  );
}
