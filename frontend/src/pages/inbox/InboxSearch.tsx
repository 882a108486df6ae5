import { useEffect, useState } from 'react';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';

/** SEARCH_DELAY_MS waits for a pause in typing before asking the server. */
const SEARCH_DELAY_MS = 250;

/** InboxSearch is the search-by-name field over the list; it reports after a pause in typing. */
export function InboxSearch({ onSearch }: { onSearch: (q: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => onSearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onSearch]);
  return (
    <div className="inbox-search">
      <Icon name="search" size={18} className="inbox-search-icon" />
      <input
        type="search"
        className="input inbox-search-input"
        placeholder={t('inbox.search')}
        aria-label={t('inbox.searchLabel')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.preventDefault();
            setText('');
          }
        }}
      />
    </div>
  );
}
