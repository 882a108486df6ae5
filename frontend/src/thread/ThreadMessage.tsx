import type { ReactNode } from 'react';
import type { Message } from '../api/chatTypes';
import { MessageText } from './MessageText';

/**
 * ThreadMessage is one message in a conversation: on the reader's side ("out") or
 * the other's ("in"), tinted by who wrote it (customer, team member, bot). The
 * first of a run names the author; the last shows the time.
 */
export function ThreadMessage({
  message,
  side,
  author,
  time,
  first,
  last,
  pending = false,
  extra,
}: {
  message: Pick<Message, 'text' | 'author'>;
  side: 'in' | 'out';
  author?: string;
  time?: string;
  first: boolean;
  last: boolean;
  pending?: boolean;
  /** extra goes under the bubble: a bot's buttons. */
  extra?: ReactNode;
}) {
  const classes = [
    'msg',
    `msg-${side}`,
    `msg-by-${message.author.type}`,
    first ? 'msg-first' : '',
    last ? 'msg-last' : '',
    pending ? 'msg-pending' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      {first && author && <div className="msg-author">{author}</div>}
      <div className="msg-bubble">
        <MessageText text={message.text} />
      </div>
      {extra}
      {last && time && <div className="msg-time">{time}</div>}
    </div>
  );
}
