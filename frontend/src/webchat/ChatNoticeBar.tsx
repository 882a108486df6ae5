import { Icon } from '../icons/Icon';
import type { ChatNotice } from './chatNotice';
import { useWords } from './WordsContext';

/** ChatNoticeBar says what happened to the last send: too fast, failed, too long, started anew. */
export function ChatNoticeBar({ notice, onDismiss }: { notice: ChatNotice; onDismiss: () => void }) {
  const w = useWords();
  const text =
    notice.kind === 'rate'
      ? notice.seconds
        ? w('chat.rateLimited', { seconds: notice.seconds })
        : w('chat.rateLimitedSoon')
      : notice.kind === 'tooLong'
        ? w('chat.tooLong')
        : notice.kind === 'restarted'
          ? w('chat.restarted')
          : w('chat.failed');
  const tone = notice.kind === 'restarted' ? 'chat-notice is-info' : 'chat-notice';
  return (
    <div className={tone} role={notice.kind === 'restarted' ? 'status' : 'alert'}>
      <Icon name={notice.kind === 'restarted' ? 'chat' : 'alert'} size={16} />
      <span className="chat-notice-text">{text}</span>
      <button type="button" className="chat-notice-close" aria-label={w('chat.dismiss')} onClick={onDismiss}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
