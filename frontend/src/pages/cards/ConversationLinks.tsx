import { Link } from 'react-router-dom';
import type { Conversation } from '../../api/chatTypes';
import { Avatar } from '../../components/Avatar';
import { RelativeTime } from '../../components/RelativeTime';
import { useT } from '../../i18n/useT';

/** ConversationLinks lists conversations that open in the inbox. */
export function ConversationLinks({ conversations }: { conversations: Conversation[] | null | 'error' }) {
  const t = useT();
  if (conversations === 'error') return <p className="detail-muted">{t('cards.conversationsError')}</p>;
  if (conversations === null) return <div className="detail-loading" aria-busy="true" aria-label={t('app.loading')} />;
  if (conversations.length === 0) return <p className="detail-muted">{t('cards.noConversations')}</p>;
  return (
    <ul className="conv-links">
      {conversations.map((c) => (
        <li key={String(c.id)}>
          <Link to={`/inbox/${encodeURIComponent(String(c.id))}`} className="conv-link">
            <Avatar name={c.contact?.name ?? ''} size={32} />
            <span className="conv-link-main">
              <span className="conv-link-top">
                <span className="conv-link-name">{c.contact?.name}</span>
                <span className={`conv-status is-${c.status}`}>{t(`inbox.status.${c.status}`)}</span>
              </span>
              <span className="conv-link-preview">{c.last_message || t('inbox.noPreview')}</span>
            </span>
            <span className="conv-link-time">
              <RelativeTime iso={c.last_message_at} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
