import type { Notification } from '../api/types';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';
import { NotificationItem } from './NotificationItem';

/** NotificationPanel is the dropdown under the bell: the latest notifications. */
export function NotificationPanel({
  id,
  items,
  loading,
  failed,
  unreadCount,
  onOpen,
  onMarkRead,
  onMarkAll,
}: {
  id: string;
  items: Notification[];
  loading: boolean;
  failed: boolean;
  unreadCount: number;
  onOpen: (notification: Notification) => void;
  onMarkRead: (notification: Notification) => void;
  onMarkAll: () => void;
}) {
  const t = useT();
  return (
    <div className="popover notif-panel" id={id} role="region" aria-label={t('bell.title')}>
      <div className="popover-header">
        <h2 className="popover-title">{t('bell.title')}</h2>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={onMarkAll}
          disabled={unreadCount === 0}
        >
          <Icon name="checkAll" size={16} />
          {t('bell.markAll')}
        </button>
      </div>
      {failed ? (
        <p className="popover-note">{t('bell.loadError')}</p>
      ) : items.length === 0 && !loading ? (
        <div className="notif-empty">
          <Icon name="check" size={22} />
          <p className="notif-empty-title">{t('bell.empty')}</p>
          <p className="notif-empty-text">{t('bell.emptyHint')}</p>
        </div>
      ) : (
        <ul className="notif-list" aria-busy={loading}>
          {items.map((notification) => (
            <NotificationItem
              key={String(notification.id)}
              notification={notification}
              onOpen={onOpen}
              onMarkRead={onMarkRead}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
