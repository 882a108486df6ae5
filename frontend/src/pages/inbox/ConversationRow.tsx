import { Link } from 'react-router-dom';
import type { Conversation } from '../../api/chatTypes';
import { Avatar } from '../../components/Avatar';
import { RelativeTime } from '../../components/RelativeTime';
import { useT } from '../../i18n/useT';

/**
 * ConversationRow is one conversation in the inbox list: who, the latest message,
 * when, and how many of the customer's messages are unread. `pulse` counts live
 * arrivals; each new value flashes the row once (no sound).
 */
export function ConversationRow({
  conversation,
  selected,
  pulse,
}: {
  conversation: Conversation;
  selected: boolean;
  pulse: number;
}) {
  const t = useT();
  const name = conversation.contact?.name ?? '';
  const unread = selected ? 0 : (conversation.unread ?? 0);
  const classes = ['conv-row', selected ? 'is-selected' : '', unread > 0 ? 'is-unread' : ''].filter(Boolean).join(' ');
  return (
    <li className="conv-item">
      <Link
        to={`/inbox/${encodeURIComponent(String(conversation.id))}`}
        className={classes}
        aria-current={selected ? 'page' : undefined}
        data-conversation={String(conversation.id)}
      >
        {pulse > 0 && <span key={pulse} className="conv-flash" aria-hidden="true" />}
        <Avatar name={name} size={40} />
        <span className="conv-main">
          <span className="conv-top">
            <span className="conv-name">{name}</span>
            <span className="conv-time">
              <RelativeTime iso={conversation.last_message_at} />
            </span>
          </span>
          <span className="conv-bottom">
            <span className="conv-preview">{conversation.last_message || t('inbox.noPreview')}</span>
            {unread > 0 && (
              <span className="conv-badge" aria-label={t('inbox.unread', { count: unread })}>
                {unread > 99 ? '99+' : unread}
              </span>
            )}
          </span>
        </span>
      </Link>
    </li>
  );
}
