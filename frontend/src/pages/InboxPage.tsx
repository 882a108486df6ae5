import { useParams } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n/useT';

/** InboxPage lists conversations; for now it greets an empty inbox. */
export function InboxPage() {
  const t = useT();
  const { conversationId } = useParams();
  usePageTitle(t('inbox.title'));
  return (
    <div className="page">
      <PageHeader title={t('inbox.title')} />
      {conversationId ? (
        <EmptyState
          icon="chat"
          title={t('inbox.conversation', { id: conversationId })}
          text={t('inbox.conversationText')}
        />
      ) : (
        <EmptyState icon="inbox" title={t('inbox.emptyTitle')} text={t('inbox.emptyText')} />
      )}
    </div>
  );
}
