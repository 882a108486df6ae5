import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { listCards } from '../api/cards';
import { listContacts } from '../api/contacts';
import type { Card, Contact } from '../api/chatTypes';
import { EmptyState } from '../components/EmptyState';
import { FormAlert } from '../components/FormAlert';
import { PageHeader } from '../components/PageHeader';
import { usePageTitle } from '../components/usePageTitle';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';
import { useToast } from '../toast/useToast';
import { CardFormDialog } from './cards/CardFormDialog';
import { cardPath, contactPath, typeOfTab, type CardsTab } from './cards/cardPaths';
import { CardsTable } from './cards/CardsTable';
import { ContactFormDialog } from './cards/ContactFormDialog';
import { ContactsTable } from './cards/ContactsTable';
import { usePagedList, type PagedList } from './cards/usePagedList';

const tabs: CardsTab[] = ['deals', 'customers', 'contacts'];

function parseTab(value: string | null): CardsTab {
  return tabs.find((tab) => tab === value) ?? 'deals';
}

/** CardsPage lists deals, customers and contacts, one tab each, and creates them. */
export function CardsPage() {
  const t = useT();
  usePageTitle(t('cards.title'));
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const tab = parseTab(params.get('tab'));
  const [creating, setCreating] = useState(false);

  const cards = usePagedList<Card>(
    (cursor) => (tab === 'contacts' ? Promise.resolve({ items: [] }) : listCards(typeOfTab[tab], { cursor })),
    tab === 'contacts' ? 'none' : tab,
  );
  const contacts = usePagedList<Contact>((cursor) => listContacts({ cursor }), tab === 'contacts' ? 'contacts' : 'none');
  const list: PagedList<Card> | PagedList<Contact> = tab === 'contacts' ? contacts : cards;

  const addLabel = t(tab === 'deals' ? 'cards.newDeal' : tab === 'customers' ? 'cards.newCustomer' : 'cards.newContact');
  const empty = {
    deals: ['cards.noDeals', 'cards.noDealsText'],
    customers: ['cards.noCustomers', 'cards.noCustomersText'],
    contacts: ['cards.noContacts', 'cards.noContactsText'],
  } as const;

  return (
    <div className="page">
      <PageHeader
        title={t('cards.title')}
        subtitle={t('cards.subtitle')}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            <Icon name="plus" size={18} />
            {addLabel}
          </button>
        }
      />
      <nav className="subnav" aria-label={t('cards.tabs')}>
        <ul>
          {tabs.map((name) => (
            <li key={name}>
              <Link
                to={`/cards?tab=${name}`}
                className={name === tab ? 'subnav-link active' : 'subnav-link'}
                aria-current={name === tab ? 'page' : undefined}
              >
                <Icon name={name === 'deals' ? 'deal' : name === 'customers' ? 'star' : 'user'} size={18} />
                {t(`cards.tab.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {list.status === 'error' && (
        <FormAlert>
          {t('cards.loadError')}{' '}
          <button type="button" className="link-button" onClick={list.reload}>
            {t('common.retry')}
          </button>
        </FormAlert>
      )}
      {list.status === 'loading' && <div className="skeleton-table" aria-busy="true" aria-label={t('app.loading')} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <EmptyState icon={tab === 'contacts' ? 'users' : 'cards'} title={t(empty[tab][0])} text={t(empty[tab][1])}>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            <Icon name="plus" size={18} />
            {addLabel}
          </button>
        </EmptyState>
      )}
      {list.status === 'ready' && list.items.length > 0 &&
        (tab === 'contacts' ? (
          <ContactsTable contacts={contacts.items} />
        ) : (
          <CardsTable type={typeOfTab[tab]} cards={cards.items} />
        ))}
      {list.hasMore && (
        <div className="list-more">
          <button type="button" className="btn btn-secondary" disabled={list.loadingMore} onClick={list.loadMore}>
            {list.loadingMore ? t('app.loading') : t('cards.loadMore')}
          </button>
        </div>
      )}

      {tab === 'contacts' ? (
        <ContactFormDialog
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(contact) => {
            setCreating(false);
            toast.show({ tone: 'success', message: t('cards.contactCreated', { name: contact.name }) });
            navigate(contactPath(contact.id));
          }}
        />
      ) : (
        <CardFormDialog
          open={creating}
          type={typeOfTab[tab]}
          onClose={() => setCreating(false)}
          onSaved={(card) => {
            setCreating(false);
            toast.show({ tone: 'success', message: t('cards.created', { name: card.name }) });
            navigate(cardPath(card.type, card.id));
          }}
        />
      )}
    </div>
  );
}
