import { useMemo } from 'react';
import type { Message } from '../../api/chatTypes';
import type { Id } from '../../api/types';
import type { Team } from '../../directory/useTeam';
import { useLanguage, useT } from '../../i18n/useT';
import { ButtonChoices } from '../../thread/ButtonChoices';
import { DayDivider } from '../../thread/DayDivider';
import { formatDay, formatTime } from '../../thread/format';
import { NewMessagesPill } from '../../thread/NewMessagesPill';
import { ThreadMessage } from '../../thread/ThreadMessage';
import { buildTimeline, chosenAnswers, sameId } from '../../thread/timeline';
import { useThreadScroll } from '../../thread/useThreadScroll';
import type { MessagesState } from './useMessages';

/**
 * InboxThread is a conversation's history as the team reads it: the customer on
 * the left, the team and its bot on the right, oldest at the top, earlier pages
 * loaded as the reader scrolls up.
 */
export function InboxThread({
  state,
  meId,
  team,
}: {
  state: MessagesState;
  meId: Id;
  team: Team;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const { messages, pending } = state;
  const timeline = useMemo(() => buildTimeline(messages), [messages]);
  const chosen = useMemo(() => chosenAnswers(messages), [messages]);
  const isMine = (m: Message) => m.author.type === 'user' && sameId(m.author.id, meId);
  const scroll = useThreadScroll(messages, {
    isMine,
    pendingCount: pending.length,
    onNearTop: state.loadOlder,
  });

  const authorName = (message: Message): string | undefined => {
    if (message.author.type === 'bot') return t('inbox.bot');
    if (message.author.type !== 'user') return undefined;
    if (isMine(message)) return t('inbox.you');
    return team.byId(message.author.id)?.name ?? t('inbox.teammate');
  };
  const dayLabels = { today: t('thread.today'), yesterday: t('thread.yesterday') };

  return (
    <div className="thread-wrap">
      <div className="thread" ref={scroll.ref} onScroll={scroll.onScroll} role="log" aria-label={t('inbox.messages')}>
        <div className="thread-start">
          {state.hasOlder ? (
            <button type="button" className="btn btn-ghost btn-small" disabled={state.loadingOlder} onClick={state.loadOlder}>
              {t(state.loadingOlder ? 'inbox.loadingOlder' : 'inbox.loadOlder')}
            </button>
          ) : (
            state.status === 'ready' && (
              <span className="thread-start-note">
                {messages.length ? t('inbox.historyStart') : t('inbox.noMessages')}
              </span>
            )
          )}
        </div>
        {timeline.map((item) =>
          item.kind === 'day' ? (
            <DayDivider key={item.key} label={formatDay(item.day, lang, dayLabels)} />
          ) : (
            <ThreadMessage
              key={item.key}
              message={item.message}
              side={item.message.author.type === 'contact' ? 'in' : 'out'}
              author={authorName(item.message)}
              time={formatTime(item.message.created_at, lang)}
              first={item.first}
              last={item.last}
              extra={
                item.message.buttons?.length ? (
                  <ButtonChoices
                    buttons={item.message.buttons}
                    label={t('inbox.offered')}
                    chosen={chosen.get(String(item.message.id))}
                  />
                ) : undefined
              }
            />
          ),
        )}
        {pending.map((p, i) => (
          <ThreadMessage
            key={p.localId}
            message={{ text: p.text, author: { type: 'user', id: meId } }}
            side="out"
            first={i === 0 && !isLastMine(messages, isMine)}
            last={i === pending.length - 1}
            author={t('inbox.you')}
            pending
          />
        ))}
      </div>
      {scroll.unseen > 0 && (
        <NewMessagesPill label={t('inbox.newMessages')} onClick={scroll.scrollToBottom} />
      )}
    </div>
  );
}

function isLastMine(messages: readonly Message[], isMine: (m: Message) => boolean): boolean {
  const last = messages[messages.length - 1];
  return last !== undefined && isMine(last);
}
