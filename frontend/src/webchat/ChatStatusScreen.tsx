import type { ReactNode } from 'react';
import { Icon } from '../icons/Icon';
import type { IconName } from '../icons/paths';

/** ChatStatusScreen fills the chat when there is nothing to chat in: loading, unavailable, unreachable. */
export function ChatStatusScreen({
  icon,
  title,
  text,
  children,
  busy = false,
}: {
  icon: IconName;
  title?: string;
  text?: string;
  children?: ReactNode;
  busy?: boolean;
}) {
  return (
    <div className="chat-status" aria-busy={busy || undefined}>
      <span className={busy ? 'chat-status-icon is-busy' : 'chat-status-icon'}>
        <Icon name={icon} size={28} />
      </span>
      {title && <h1 className="chat-status-title">{title}</h1>}
      {text && <p className="chat-status-text">{text}</p>}
      {children}
    </div>
  );
}
