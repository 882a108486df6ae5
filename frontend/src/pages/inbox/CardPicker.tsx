import { useState } from 'react';
import type { Card, CardType } from '../../api/chatTypes';
import type { Id } from '../../api/types';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';

/** CardPicker lists deals or customers to choose one from, with a filter by name. */
export function CardPicker({
  type,
  cards,
  failed,
  ownContactId,
  picked,
  onPick,
}: {
  type: CardType;
  /** cards are null while loading. */
  cards: Card[] | null;
  failed: boolean;
  ownContactId: Id;
  picked: string | null;
  onPick: (id: string) => void;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  if (failed) return <p className="field-error">{t('attach.loadError')}</p>;
  if (cards === null) return <div className="pick-list is-loading" aria-busy="true" aria-label={t('app.loading')} />;
  if (cards.length === 0) {
    return <p className="pick-empty">{t(type === 'deal' ? 'attach.noDeals' : 'attach.noCustomers')}</p>;
  }
  const q = search.trim().toLowerCase();
  const shown = q ? cards.filter((c) => c.name.toLowerCase().includes(q)) : cards;
  return (
    <div className="pick">
      {cards.length > 6 && (
        <div className="inbox-search">
          <Icon name="search" size={18} className="inbox-search-icon" />
          <input
            type="search"
            className="input inbox-search-input"
            aria-label={t('attach.search')}
            placeholder={t('attach.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      )}
      <div className="pick-list" role="radiogroup" aria-label={t('attach.list')}>
        {shown.length === 0 && <p className="pick-empty">{t('attach.noMatch')}</p>}
        {shown.map((card) => (
          <label key={String(card.id)} className="pick-item">
            <input
              type="radio"
              name="card"
              value={String(card.id)}
              checked={picked === String(card.id)}
              onChange={() => onPick(String(card.id))}
            />
            <span className="pick-name">{card.name}</span>
            {String(card.contact_id) === String(ownContactId) && <span className="tag">{t('attach.thisContact')}</span>}
          </label>
        ))}
      </div>
    </div>
  );
}
