import { useCallback, useState } from 'react';
import { useParams } from 'react-router-dom';
import type { ConversationStatus } from '../api/chatTypes';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n/useT';
import { ConversationListPane } from './inbox/ConversationListPane';
import { ConversationView } from './inbox/ConversationView';
import type { InboxFilter } from './inbox/inboxList';
import { NoConversationSelected } from './inbox/NoConversationSelected';
import { useConversationList } from './inbox/useConversationList';
import { useInboxEmpty } from './inbox/useInboxEmpty';

/**
 * InboxPage is where the team chats with customers: the conversation list, the open
 * conversation and its contact panel, side by side on a wide screen and one at a
 * time on a phone.
 */
export function InboxPage() {
  const t = useT();
  usePageTitle(t('inbox.title'));
  const { conversationId } = useParams();
  const [filter, setFilter] = useState<InboxFilter>({ status: 'open', q: '' });
  const list = useConversationList(filter);
  const inboxEmpty = useInboxEmpty(
    list.status === 'ready' && list.items.length === 0 && filter.status === 'open' && filter.q === '',
  );

  const onSearch = useCallback((q: string) => setFilter((f) => (f.q === q ? f : { ...f, q })), []);
  const onStatus = (status: ConversationStatus) => setFilter((f) => ({ ...f, status }));

  return (
    <div className={conversationId ? 'inbox-page has-selection' : 'inbox-page'}>
      <h1 className="page-title inbox-title">{t('inbox.title')}</h1>
      <div className="inbox">
        <ConversationListPane
          filter={filter}
          onStatus={onStatus}
          onSearch={onSearch}
          list={list}
          selectedId={conversationId}
        />
        {conversationId ? (
          <ConversationView key={conversationId} id={conversationId} onChanged={list.upsert} />
        ) : (
          <NoConversationSelected inboxEmpty={inboxEmpty} />
        )}
      </div>
    </div>
  );
}
