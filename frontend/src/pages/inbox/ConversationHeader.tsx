import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Conversation } from '../../api/chatTypes';
import { Avatar } from '../../components/Avatar';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';

/**
 * ConversationHeader names the customer, shows the conversation's status, holds the
 * actions, and — where the screen is too narrow for three columns — the way back to
 * the list and the button that shows the contact panel.
 */
export function ConversationHeader({
  conversation,
  actions,
  detailsOpen,
  onToggleDetails,
}: {
  conversation: Conversation;
  actions: ReactNode;
  detailsOpen: boolean;
  onToggleDetails: () => void;
}) {
  const t = useT();
  const name = conversation.contact?.name ?? '';
  return (
    <header className="thread-header">
      <Link to="/inbox" className="icon-button thread-back" aria-label={t('inbox.back')}>
        <Icon name="arrowLeft" size={20} />
      </Link>
      <Avatar name={name} size={38} />
      <div className="thread-title">
        <h2 className="thread-name">{name}</h2>
        <span className={`conv-status is-${conversation.status}`}>{t(`inbox.status.${conversation.status}`)}</span>
      </div>
      {actions}
      <button
        type="button"
        className="icon-button thread-details-toggle"
        aria-pressed={detailsOpen}
        aria-label={t(detailsOpen ? 'inbox.hideDetails' : 'inbox.showDetails')}
        title={t(detailsOpen ? 'inbox.hideDetails' : 'inbox.showDetails')}
        onClick={onToggleDetails}
      >
        <Icon name="panel" size={20} />
      </button>
    </header>
  );
}
