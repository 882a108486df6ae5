import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { CardType, Conversation } from '../../api/chatTypes';
import type { User } from '../../api/types';
import { Avatar } from '../../components/Avatar';
import { EmptyState } from '../../components/EmptyState';
import { RelativeTime } from '../../components/RelativeTime';
import { usePageTitle } from '../../components/usePageTitle';
import { useContacts } from '../../directory/useContacts';
import { useTeam } from '../../directory/useTeam';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { sameId } from '../../thread/timeline';
import { useToast } from '../../toast/useToast';
import { BackLink } from './BackLink';
import { CardFormDialog } from './CardFormDialog';
import { contactPath, tabOfType } from './cardPaths';
import { ConversationLinks } from './ConversationLinks';
import { PersonCell } from './PersonCell';
import { SubscribeButton } from './SubscribeButton';
import { useCard } from './useCard';
import { useConversationsWhere } from './useConversationsWhere';

/** CardPage is a deal's or a customer's page: its people, its chats, and following it. */
export function CardPage({ type, id }: { type: CardType; id: string }) {
  const t = useT();
  const toast = useToast();
  const team = useTeam();
  const { user: me } = useSession();
  const { card, status, setCard, retry } = useCard(type, id);
  const [editing, setEditing] = useState(false);
  const contact = useContacts(card ? [card.contact_id] : []).get(String(card?.contact_id));
  const conversations = useConversationsWhere(
    (c: Conversation) => c.card_type === type && sameId(c.card_id, id),
    `${type}/${id}`,
  );
  usePageTitle(card?.name ?? t('cards.title'));
  const back = <BackLink to={`/cards?tab=${tabOfType[type]}`} label={t('cards.back')} />;

  if (status === 'notFound' || status === 'error') {
    return (
      <div className="page">
        {back}
        {status === 'notFound' ? (
          <EmptyState icon="cards" title={t('cards.notFound')} text={t('cards.notFoundText')} />
        ) : (
          <EmptyState icon="offline" title={t('cards.loadError')} text={t('error.network')}>
            <button type="button" className="btn btn-secondary" onClick={retry}>
              {t('common.retry')}
            </button>
          </EmptyState>
        )}
      </div>
    );
  }
  if (!card) {
    return (
      <div className="page">
        {back}
        <div className="skeleton-table" aria-busy="true" aria-label={t('app.loading')} />
      </div>
    );
  }

  const subscribers = card.subscriber_ids.map((sid) => team.byId(sid)).filter((u): u is User => u !== undefined);
  const responsibleIsMe = sameId(card.responsible_user_id, me.id);

  return (
    <div className="page">
      {back}
      <header className="page-header detail-header">
        <div className="detail-heading">
          <span className={`type-pill is-${type}`}>
            <Icon name={type === 'deal' ? 'deal' : 'star'} size={14} />
            {t(`card.${type}`)}
          </span>
          <h1 className="page-title">{card.name}</h1>
        </div>
        <div className="page-actions">
          <SubscribeButton card={card} onSaved={setCard} />
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
            <Icon name="pencil" size={18} />
            {t('cards.edit')}
          </button>
        </div>
      </header>
      {responsibleIsMe && <p className="detail-note">{t('cards.responsibleNote')}</p>}

      <div className="detail-grid">
        <section className="card detail-card">
          <h2 className="card-title">{t('cards.details')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('cards.col.contact')}</dt>
              <dd>
                {contact ? (
                  <Link to={contactPath(contact.id)} className="user-cell">
                    <Avatar name={contact.name} size={26} />
                    {contact.name}
                  </Link>
                ) : (
                  '…'
                )}
              </dd>
            </div>
            <div>
              <dt>{t('cards.col.responsible')}</dt>
              <dd>
                <PersonCell user={team.byId(card.responsible_user_id)} />
              </dd>
            </div>
            <div>
              <dt>{t('cards.col.subscribers')}</dt>
              <dd>
                {subscribers.length ? (
                  <ul className="people-inline">
                    {subscribers.map((user) => (
                      <li key={String(user.id)} className="user-cell">
                        <Avatar name={user.name} size={26} />
                        {user.name}
                        {sameId(user.id, me.id) && <span className="tag">{t('cards.you')}</span>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="cell-muted">{t('cards.nobody')}</span>
                )}
              </dd>
            </div>
            {card.created_at && (
              <div>
                <dt>{t('cards.added')}</dt>
                <dd>
                  <RelativeTime iso={card.created_at} />
                </dd>
              </div>
            )}
          </dl>
        </section>
        <section className="card detail-card">
          <h2 className="card-title">{t('cards.conversations')}</h2>
          <ConversationLinks conversations={conversations} />
        </section>
      </div>

      <CardFormDialog
        open={editing}
        type={type}
        card={card}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setCard(saved);
          setEditing(false);
          toast.show({ tone: 'success', message: t('cards.saved') });
        }}
      />
    </div>
  );
}
