import { useCallback, useEffect, useState } from 'react';
import type { Conversation, Message } from '../../api/chatTypes';
import { EmptyState } from '../../components/EmptyState';
import { FormAlert } from '../../components/FormAlert';
import { useTeam } from '../../directory/useTeam';
import { describeError } from '../../forms/describeError';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { Composer } from '../../thread/Composer';
import { useToast } from '../../toast/useToast';
import { ContactPanel } from './ContactPanel';
import { ConversationActions } from './ConversationActions';
import { ConversationHeader } from './ConversationHeader';
import { drafts } from './drafts';
import { InboxThread } from './InboxThread';
import { useConversation } from './useConversation';
import { useMarkRead } from './useMarkRead';
import { useMessages } from './useMessages';

/**
 * ConversationView is an open conversation: the header with its actions, the
 * history, the composer and the contact panel. Opening it, and each new message from
 * the customer while it is open, marks the conversation read.
 */
export function ConversationView({ id, onChanged }: { id: string; onChanged: (conversation: Conversation) => void }) {
  const t = useT();
  const toast = useToast();
  const team = useTeam();
  const { user: me } = useSession();
  const [details, setDetails] = useState(false);
  const { conversation, status, retry, replace } = useConversation(id);
  const markRead = useMarkRead(id);

  const onIncoming = useCallback(
    (message: Message) => {
      if (message.author.type === 'contact') markRead();
    },
    [markRead],
  );
  const messages = useMessages(id, {
    onIncoming,
    onSendError: (error) => toast.show({ tone: 'error', message: t('inbox.sendError', { reason: describeError(error, t) }) }),
  });

  const unread = conversation?.unread ?? 0;
  useEffect(() => {
    if (status === 'ready' && unread > 0) markRead();
  }, [status, unread, markRead]);

  const changed = (next: Conversation) => {
    replace(next);
    onChanged(next);
  };

  if (status === 'notFound' || status === 'error') {
    return (
      <section className="thread-pane thread-pane-empty">
        {status === 'notFound' ? (
          <EmptyState icon="chat" title={t('inbox.notFound')} text={t('inbox.notFoundText')} />
        ) : (
          <EmptyState icon="offline" title={t('inbox.loadConversationError')} text={t('error.network')}>
            <button type="button" className="btn btn-secondary" onClick={retry}>
              {t('common.retry')}
            </button>
          </EmptyState>
        )}
      </section>
    );
  }
  if (!conversation) return <section className="thread-pane" aria-busy="true" />;

  return (
    <>
      <section
        className="thread-pane"
        aria-label={conversation.contact?.name}
        onPointerDown={(event) => {
          // Where the contact panel slides over the thread, touching the thread puts it away.
          if (details && !(event.target as Element).closest('.thread-details-toggle')) setDetails(false);
        }}
      >
        <ConversationHeader
          conversation={conversation}
          detailsOpen={details}
          onToggleDetails={() => setDetails((open) => !open)}
          actions={<ConversationActions conversation={conversation} onChanged={changed} />}
        />
        {messages.status === 'error' && (
          <div className="thread-alert">
            <FormAlert>
              {t('inbox.historyError')}{' '}
              <button type="button" className="link-button" onClick={messages.retry}>
                {t('common.retry')}
              </button>
            </FormAlert>
          </div>
        )}
        <InboxThread state={messages} meId={me.id} team={team} />
        <div className="thread-footer">
          {conversation.status === 'closed' && <p className="thread-closed-note">{t('inbox.closedNote')}</p>}
          <Composer
            key={id}
            labels={{
              field: t('composer.field'),
              placeholder: t('composer.placeholder'),
              send: t('composer.send'),
              left: (count) => t('composer.left', { count }),
              over: (count) => t('composer.over', { count }),
            }}
            initialDraft={drafts.get(id)}
            onDraftChange={(draft) => drafts.set(id, draft)}
            onSend={messages.send}
            // On a phone the keyboard would cover the history the moment it opens.
            autoFocus={window.matchMedia?.('(pointer: fine)').matches ?? true}
          />
          <p className="composer-hint">{t('composer.hint')}</p>
        </div>
      </section>
      <ContactPanel conversation={conversation} open={details} onClose={() => setDetails(false)} onChanged={changed} />
    </>
  );
}
