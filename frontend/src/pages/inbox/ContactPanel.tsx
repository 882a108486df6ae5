import { Link } from 'react-router-dom';
import type { Conversation } from '../../api/chatTypes';
import { Avatar } from '../../components/Avatar';
import { RelativeTime } from '../../components/RelativeTime';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { CardSection } from './CardSection';

/**
 * ContactPanel is the conversation's side panel: who the customer is and the deal or
 * customer card the chat belongs to. On narrow screens it slides over the thread.
 */
export function ContactPanel({
  conversation,
  open,
  onClose,
  onChanged,
}: {
  conversation: Conversation;
  open: boolean;
  onClose: () => void;
  onChanged: (conversation: Conversation) => void;
}) {
  const t = useT();
  const contact = conversation.contact;
  const name = contact?.name ?? '';
  return (
    <aside className={open ? 'side-pane is-open' : 'side-pane'} aria-label={t('inbox.contact')}>
      <button type="button" className="icon-button side-pane-close" aria-label={t('inbox.hideDetails')} onClick={onClose}>
        <Icon name="close" size={18} />
      </button>
      <section className="side-section side-contact">
        <Avatar name={name} size={56} />
        <h3 className="side-contact-name">{name}</h3>
        <p className="side-contact-since">
          {t('inbox.since')} <RelativeTime iso={conversation.created_at} />
        </p>
        {contact?.email || contact?.phone ? (
          <ul className="side-facts">
            {contact.email && (
              <li>
                <Icon name="mail" size={16} />
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </li>
            )}
            {contact.phone && (
              <li>
                <Icon name="phone" size={16} />
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
              </li>
            )}
          </ul>
        ) : (
          <p className="side-muted">{t('inbox.noDetails')}</p>
        )}
        {contact && (
          <Link className="side-link" to={`/cards/contacts/${encodeURIComponent(String(contact.id))}`}>
            {t('cards.openContact')}
          </Link>
        )}
      </section>
      <CardSection conversation={conversation} onChanged={onChanged} />
    </aside>
  );
}
