import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { listCards } from '../../api/cards';
import { ApiError } from '../../api/client';
import { getContact } from '../../api/contacts';
import type { Card, Contact, Conversation } from '../../api/chatTypes';
import { Avatar } from '../../components/Avatar';
import { EmptyState } from '../../components/EmptyState';
import { RelativeTime } from '../../components/RelativeTime';
import { usePageTitle } from '../../components/usePageTitle';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { sameId } from '../../thread/timeline';
import { BackLink } from './BackLink';
import { cardPath } from './cardPaths';
import { ConversationLinks } from './ConversationLinks';
import { useConversationsWhere } from './useConversationsWhere';

/** ContactPage is a contact's page: how to reach them, their deals and customers, their chats. */
export function ContactPage({ id }: { id: string }) {
  const t = useT();
  const [contact, setContact] = useState<Contact | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'notFound' | 'error'>('loading');
  const [cards, setCards] = useState<Card[] | null>(null);
  const conversations = useConversationsWhere((c: Conversation) => sameId(c.contact_id, id), `contact/${id}`);
  usePageTitle(contact?.name ?? t('cards.tab.contacts'));

  useEffect(() => {
    const controller = new AbortController();
    getContact(id, controller.signal).then(
      (found) => {
        setContact(found);
        setStatus('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setStatus(error instanceof ApiError && (error.status === 404 || error.status === 422) ? 'notFound' : 'error');
      },
    );
    Promise.all([listCards('deal', { limit: 500 }), listCards('customer', { limit: 500 })]).then(
      ([deals, customers]) =>
        !controller.signal.aborted &&
        setCards([...deals.items, ...customers.items].filter((c) => sameId(c.contact_id, id))),
      () => !controller.signal.aborted && setCards([]),
    );
    return () => controller.abort();
  }, [id]);

  const back = <BackLink to="/cards?tab=contacts" label={t('cards.back')} />;
  if (status === 'notFound' || status === 'error') {
    return (
      <div className="page">
        {back}
        <EmptyState icon="user" title={t('cards.contactNotFound')} text={t(status === 'error' ? 'error.network' : 'cards.notFoundText')} />
      </div>
    );
  }
  if (!contact) {
    return (
      <div className="page">
        {back}
        <div className="skeleton-table" aria-busy="true" aria-label={t('app.loading')} />
      </div>
    );
  }

  return (
    <div className="page">
      {back}
      <header className="page-header detail-header">
        <div className="detail-heading detail-person">
          <Avatar name={contact.name} size={48} />
          <h1 className="page-title">{contact.name}</h1>
        </div>
      </header>
      <div className="detail-grid">
        <section className="card detail-card">
          <h2 className="card-title">{t('cards.details')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('cards.col.email')}</dt>
              <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : <span className="cell-muted">—</span>}</dd>
            </div>
            <div>
              <dt>{t('cards.col.phone')}</dt>
              <dd>{contact.phone || <span className="cell-muted">—</span>}</dd>
            </div>
            {contact.created_at && (
              <div>
                <dt>{t('cards.added')}</dt>
                <dd>
                  <RelativeTime iso={contact.created_at} />
                </dd>
              </div>
            )}
          </dl>
          <h2 className="card-title detail-subtitle">{t('cards.contactCards')}</h2>
          {cards === null ? (
            <div className="detail-loading" aria-busy="true" aria-label={t('app.loading')} />
          ) : cards.length === 0 ? (
            <p className="detail-muted">{t('cards.noContactCards')}</p>
          ) : (
            <ul className="card-links">
              {cards.map((card) => (
                <li key={`${card.type}-${card.id}`}>
                  <Link to={cardPath(card.type, card.id)} className="card-link">
                    <span className={`side-card-icon is-${card.type}`}>
                      <Icon name={card.type === 'deal' ? 'deal' : 'star'} size={16} />
                    </span>
                    <span className="card-link-name">{card.name}</span>
                    <span className="card-link-type">{t(`card.${card.type}`)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card detail-card">
          <h2 className="card-title">{t('cards.conversations')}</h2>
          <ConversationLinks conversations={conversations} />
        </section>
      </div>
    </div>
  );
}
