import { linkify } from './linkify';

/**
 * MessageText shows what someone wrote, as text: React escapes it, so markup in a
 * message is shown, never run. Web addresses become links that open in a new tab.
 */
export function MessageText({ text }: { text: string }) {
  return (
    <p className="msg-text">
      {linkify(text).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
