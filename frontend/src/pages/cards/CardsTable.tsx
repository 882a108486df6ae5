import { Link } from 'react-router-dom';
import type { Card, CardType } from '../../api/chatTypes';
import type { User } from '../../api/types';
import { useContacts } from '../../directory/useContacts';
import { useTeam } from '../../directory/useTeam';
import { useT } from '../../i18n/useT';
import { AvatarStack } from './AvatarStack';
import { cardPath, contactPath } from './cardPaths';
import { PersonCell } from './PersonCell';

/** CardsTable lists deals or customers: name, contact, responsible user and subscribers. */
export function CardsTable({ type, cards }: { type: CardType; cards: Card[] }) {
  const t = useT();
  const team = useTeam();
  const contacts = useContacts(cards.map((c) => c.contact_id));
  return (
    <div className="table-card">
      <table className="table cards-table" aria-label={t(type === 'deal' ? 'cards.dealsTable' : 'cards.customersTable')}>
        <thead>
          <tr>
            <th scope="col">{t('cards.col.name')}</th>
            <th scope="col">{t('cards.col.contact')}</th>
            <th scope="col">{t('cards.col.responsible')}</th>
            <th scope="col">{t('cards.col.subscribers')}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => {
            const contact = contacts.get(String(card.contact_id));
            const subscribers = card.subscriber_ids
              .map((id) => team.byId(id))
              .filter((u): u is User => u !== undefined);
            return (
              <tr key={String(card.id)}>
                <td className="cell-title">
                  <Link to={cardPath(type, card.id)}>{card.name}</Link>
                </td>
                <td data-label={t('cards.col.contact')}>
                  {contact ? <Link to={contactPath(contact.id)}>{contact.name}</Link> : <span className="cell-muted">…</span>}
                </td>
                <td data-label={t('cards.col.responsible')}>
                  <PersonCell user={team.byId(card.responsible_user_id)} />
                </td>
                <td data-label={t('cards.col.subscribers')}>
                  {card.subscriber_ids.length ? (
                    <span className="subscribers-cell">
                      <AvatarStack users={subscribers} label={t('cards.col.subscribers')} />
                      <span className="cell-count">{card.subscriber_ids.length}</span>
                    </span>
                  ) : (
                    <span className="cell-muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
