import type { UIEvent } from 'react';
import type { ConversationStatus } from '../../api/chatTypes';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { ConversationRow } from './ConversationRow';
import { InboxSearch } from './InboxSearch';
import type { InboxFilter } from './inboxList';
import { StatusTabs } from './StatusTabs';
import type { ConversationListState } from './useConversationList';
import { useMinuteTick } from './useMinuteTick';

/** LOAD_MORE_PX is how close to the end of the list the next page is fetched. */
const LOAD_MORE_PX = 300;

/** ConversationListPane is the inbox's left column: search, status tabs and the list. */
export function ConversationListPane({
  filter,
  onStatus,
  onSearch,
  list,
  selectedId,
}: {
  filter: InboxFilter;
  onStatus: (status: ConversationStatus) => void;
  onSearch: (q: string) => void;
  list: ConversationListState;
  selectedId?: string;
}) {
  const t = useT();
  useMinuteTick();

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    if (list.hasMore && el.scrollHeight - el.scrollTop - el.clientHeight < LOAD_MORE_PX) list.loadMore();
  };

  return (
    <aside className="list-pane" aria-label={t('inbox.list')}>
      <div className="list-pane-head">
        <InboxSearch onSearch={onSearch} />
        <StatusTabs value={filter.status} onChange={onStatus} />
      </div>
      <div className="list-pane-body" onScroll={onScroll}>
        {list.status === 'error' && (
          <div className="list-pane-note">
            <FormAlert>
              {t('inbox.loadError')}{' '}
              <button type="button" className="link-button" onClick={list.reload}>
                {t('common.retry')}
              </button>
            </FormAlert>
          </div>
        )}
        {list.status === 'loading' && list.items.length === 0 && <ListSkeleton />}
        {list.status === 'ready' && list.items.length === 0 && <EmptyList filter={filter} />}
        {list.items.length > 0 && (
          <ul className="conv-list">
            {list.items.map((conversation) => (
              <ConversationRow
                key={String(conversation.id)}
                conversation={conversation}
                selected={selectedId === String(conversation.id)}
                pulse={list.pulses[String(conversation.id)] ?? 0}
              />
            ))}
          </ul>
        )}
        {list.hasMore && (
          <div className="list-pane-more">
            {list.loadingMore ? (
              t('inbox.loadingMore')
            ) : (
              <button type="button" className="btn btn-ghost btn-small" onClick={list.loadMore}>
                {t('cards.loadMore')}
              </button>
            )}
          </div>
        )}
      </div>
    </aside>
  );
}

function ListSkeleton() {
  const t = useT();
  return (
    <div className="conv-skeleton" aria-busy="true" aria-label={t('app.loading')}>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="conv-skeleton-row">
          <span className="skeleton-circle" />
          <span className="skeleton-lines">
            <span className="skeleton-line" />
            <span className="skeleton-line is-short" />
          </span>
        </div>
      ))}
    </div>
  );
}

function EmptyList({ filter }: { filter: InboxFilter }) {
  const t = useT();
  const [title, text] = filter.q
    ? [t('inbox.noMatch', { q: filter.q }), t('inbox.noMatchText')]
    : filter.status === 'open'
      ? [t('inbox.noOpen'), t('inbox.noOpenText')]
      : [t('inbox.noClosed'), t('inbox.noClosedText')];
  return (
    <div className="list-pane-empty">
      <p className="list-pane-empty-title">{title}</p>
      <p>{text}</p>
    </div>
  );
}
