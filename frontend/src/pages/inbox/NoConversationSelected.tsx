import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';

/**
 * NoConversationSelected fills the reading pane when no conversation is open: a
 * welcome to an empty inbox (with the way to the web chat link), or a nudge to pick one.
 */
export function NoConversationSelected({ inboxEmpty }: { inboxEmpty: boolean }) {
  const t = useT();
  return (
    <section className="thread-pane thread-pane-empty">
      {inboxEmpty ? (
        <EmptyState icon="inbox" title={t('inbox.emptyTitle')} text={t('inbox.emptyText')}>
          <Link to="/settings/channels" className="btn btn-secondary">
            {t('inbox.toChannels')}
          </Link>
        </EmptyState>
      ) : (
        <EmptyState icon="chat" title={t('inbox.pickTitle')} text={t('inbox.pickText')} />
      )}
    </section>
  );
}
