import { useState } from 'react';
import { updateConversation } from '../../api/conversations';
import type { Conversation } from '../../api/chatTypes';
import { describeError } from '../../forms/describeError';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { useToast } from '../../toast/useToast';
import { SendNps } from '../../nps/SendNps';

/**
 * ConversationActions are the buttons in a conversation's header.
 *
 * The NPS feature puts its **Send NPS** button here, first in the row (it is shown
 * only while NPS is switched on): render it where the comment below says, with the
 * conversation, e.g. `<SendNpsButton conversation={conversation} />`.
 */
export function ConversationActions({
  conversation,
  onChanged,
}: {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}) {
  const t = useT();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const closed = conversation.status === 'closed';

  const toggle = async () => {
    setBusy(true);
    try {
      const saved = await updateConversation(conversation.id, { status: closed ? 'open' : 'closed' });
      onChanged(saved);
      toast.show({ tone: 'success', message: t(closed ? 'inbox.reopenedToast' : 'inbox.closedToast') });
    } catch (error) {
      toast.show({ tone: 'error', message: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="thread-actions" role="group" aria-label={t('inbox.conversationActions')}>
      <SendNps conversation={conversation} onChanged={onChanged} />
      <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={toggle}>
        <Icon name={closed ? 'reopen' : 'archive'} size={16} />
        {t(closed ? 'inbox.reopen' : 'inbox.close')}
      </button>
    </div>
  );
}
