import { useMemo, type ReactNode } from 'react';
import type { Message, MessageButton } from '../api/chatTypes';
import { ButtonChoices } from '../thread/ButtonChoices';
import { DayDivider } from '../thread/DayDivider';
import { formatDay, formatTime } from '../thread/format';
import type { PendingMessage } from '../thread/pending';
import { ThreadMessage } from '../thread/ThreadMessage';
import { answerableId, buildTimeline, chosenAnswers, sameId } from '../thread/timeline';
import { useThreadScroll } from '../thread/useThreadScroll';
import { NewMessagesPill } from '../thread/NewMessagesPill';
import type { ChatLang } from './words';
import { useWords } from './WordsContext';

const isMine = (message: Message) => message.author.type === 'contact';

/**
 * ChatThread is the conversation as the customer sees it: their messages on the
 * right, the team's and the bot's on the left. The latest bot question's buttons
 * can be tapped (the tap sends the button's value); older ones show as answered.
 */
export function ChatThread({
  lang,
  teamName,
  messages,
  pending,
  intro,
  onPick,
}: {
  lang: ChatLang;
  teamName: string;
  messages: Message[];
  pending: PendingMessage[];
  intro?: ReactNode;
  onPick: (button: MessageButton) => void;
}) {
  const w = useWords();
  const timeline = useMemo(() => buildTimeline(messages), [messages]);
  const answerable = answerableId(messages);
  const chosen = useMemo(() => chosenAnswers(messages), [messages]);
  const scroll = useThreadScroll(messages, { isMine, pendingCount: pending.length });
  const dayLabels = { today: w('chat.today'), yesterday: w('chat.yesterday') };
  const last = messages[messages.length - 1];

  return (
    <div className="thread-wrap">
      <div className="thread chat-thread" ref={scroll.ref} onScroll={scroll.onScroll} role="log" aria-label={w('chat.messages')}>
        {intro}
        {timeline.map((item) =>
          item.kind === 'day' ? (
            <DayDivider key={item.key} label={formatDay(item.day, lang, dayLabels)} />
          ) : (
            <ThreadMessage
              key={item.key}
              message={item.message}
              side={isMine(item.message) ? 'out' : 'in'}
              author={
                item.message.author.type === 'bot'
                  ? w('chat.bot')
                  : item.message.author.type === 'user'
                    ? teamName
                    : undefined
              }
              time={formatTime(item.message.created_at, lang)}
              first={item.first}
              last={item.last}
              extra={
                item.message.buttons?.length ? (
                  <ButtonChoices
                    buttons={item.message.buttons}
                    label={w('chat.choices')}
                    disabled={!sameId(item.message.id, answerable)}
                    chosen={chosen.get(String(item.message.id))}
                    onPick={onPick}
                  />
                ) : undefined
              }
            />
          ),
        )}
        {pending.map((p, i) => (
          <ThreadMessage
            key={p.localId}
            message={{ text: p.text, author: { type: 'contact' } }}
            side="out"
            first={i === 0 && !(last && isMine(last))}
            last={i === pending.length - 1}
            pending
          />
        ))}
      </div>
      {scroll.unseen > 0 && <NewMessagesPill label={w('chat.messages')} onClick={scroll.scrollToBottom} />}
    </div>
  );
}
