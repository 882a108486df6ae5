import { Link } from 'react-router-dom';
import type { Contact } from '../../api/chatTypes';
import { Avatar } from '../../components/Avatar';
import { RelativeTime } from '../../components/RelativeTime';
import { useT } from '../../i18n/useT';
import { contactPath } from './cardPaths';

/** ContactsTable lists contacts with how to reach them. */
export function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const t = useT();
  return (
    <div className="table-card">
      <table className="table contacts-table" aria-label={t('cards.contactsTable')}>
        <thead>
          <tr>
            <th scope="col">{t('cards.col.name')}</th>
            <th scope="col">{t('cards.col.email')}</th>
            <th scope="col">{t('cards.col.phone')}</th>
            <th scope="col">{t('cards.col.added')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={String(contact.id)}>
              <td className="cell-title">
                <span className="user-cell">
                  <Avatar name={contact.name} size={28} />
                  <Link to={contactPath(contact.id)}>{contact.name}</Link>
                </span>
              </td>
              <td data-label={t('cards.col.email')} className="cell-email">
                {contact.email || <span className="cell-muted">—</span>}
              </td>
              <td data-label={t('cards.col.phone')}>{contact.phone || <span className="cell-muted">—</span>}</td>
              <td data-label={t('cards.col.added')} className="cell-muted">
                {contact.created_at ? <RelativeTime iso={contact.created_at} /> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
