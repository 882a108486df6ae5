import type { ConnectionState } from '../realtime/socket';
import { Icon } from '../icons/Icon';
import { useWords } from './WordsContext';

/**
 * ChatHeader names the team the customer is writing to. In the widget it also has
 * the button that closes the panel (the host page listens for it).
 */
export function ChatHeader({
  name,
  connection,
  onClose,
}: {
  name: string;
  connection: ConnectionState | null;
  onClose?: () => void;
}) {
  const w = useWords();
  const offline = connection === 'offline';
  return (
    <header className="chat-header">
      <span className="chat-mark" aria-hidden="true">
        {[...name.trim()][0]?.toUpperCase() ?? '?'}
      </span>
      <div className="chat-heading">
        <h1 className="chat-name">{name}</h1>
        <p className={offline ? 'chat-sub is-offline' : 'chat-sub'} role="status">
          {offline ? w('chat.offline') : w('chat.subtitle')}
        </p>
      </div>
      {onClose && (
        <button type="button" className="chat-close" aria-label={w('chat.close')} title={w('chat.close')} onClick={onClose}>
          <Icon name="close" size={20} />
        </button>
      )}
    </header>
  );
}
