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
  unreadOnly,
  onUnreadOnly,
  onOpen,
  onMarkRead,
  onMarkAll,
}: {
  id: string;
  items: Notification[];
  loading: boolean;
  failed: boolean;
  unreadCount: number;
  unreadOnly: boolean;
  onUnreadOnly: (unreadOnly: boolean) => void;
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
      <div className="notif-filter segmented segmented-sm" role="radiogroup" aria-label={t('bell.filter')}>
        {[false, true].map((only) => (
          <button
            key={String(only)}
            type="button"
            role="radio"
            aria-checked={unreadOnly === only}
            className="segmented-item"
            onClick={() => onUnreadOnly(only)}
          >
            {only ? t('bell.filterUnread') : t('bell.filterAll')}
          </button>
        ))}
      </div>
      {failed ? (
        <p className="popover-note">{t('bell.loadError')}</p>
      ) : items.length === 0 && !loading ? (
        <div className="notif-empty">
          <Icon name="check" size={22} />
          <p className="notif-empty-title">{unreadOnly ? t('bell.emptyUnread') : t('bell.empty')}</p>
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
