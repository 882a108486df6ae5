import { useCallback, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Notification } from '../api/types';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';
import { useToast } from '../toast/useToast';
import { NotificationPanel } from './NotificationPanel';
import { useDismiss } from './useDismiss';
import { useNotifications } from './useNotifications';

/** NotificationBell is the top-bar bell: unread badge, live toasts and the dropdown panel. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const openConversation = useCallback(
    (notification: Notification) => {
      if (notification.conversation_id === undefined) return;
      navigate(`/inbox/${encodeURIComponent(String(notification.conversation_id))}`);
    },
    [navigate],
  );

  const onLive = useCallback(
    (notification: Notification) => {
      const critical = notification.type === 'nps_critical';
      toast.show({
        tone: critical ? 'alert' : 'info',
        title: critical ? t('bell.type.nps_critical') : t('bell.type.other'),
        message: notification.text,
        action:
          notification.conversation_id !== undefined
            ? { label: t('bell.open'), onClick: () => openConversation(notification) }
            : undefined,
      });
    },
    [toast, t, openConversation],
  );

  const state = useNotifications(onLive);
  const count = state.unreadCount;
  const close = useCallback(() => setOpen(false), []);
  useDismiss(rootRef, open, close, buttonRef);

  const toggle = () => {
    if (!open) state.loadRecent();
    setOpen(!open);
  };

  const onOpen = (notification: Notification) => {
    setOpen(false);
    if (!notification.read) state.markRead(notification).catch(() => undefined);
    openConversation(notification);
  };

  const report = () => toast.show({ tone: 'error', message: t('error.generic') });

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button bell-button"
        aria-label={count > 0 ? t('bell.labelUnread', { count }) : t('bell.label')}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={toggle}
      >
        <Icon name="bell" size={20} />
        {count > 0 && (
          <span className="badge bell-badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && (
        <NotificationPanel
          id={panelId}
          items={state.recent}
          loading={state.loading}
          failed={state.failed}
          unreadCount={count}
          unreadOnly={state.unreadOnly}
          onUnreadOnly={state.setUnreadOnly}
          onOpen={onOpen}
          onMarkRead={(n) => state.markRead(n).catch(report)}
          onMarkAll={() => state.markAll().catch(report)}
        />
      )}
    </div>
  );
}
