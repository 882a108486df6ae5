import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from '../icons/Icon';
import { checkDraft, isSendKey, MAX_MESSAGE_LENGTH } from './composerRules';

/** ComposerLabels are the composer's words, in the reader's language. */
export interface ComposerLabels {
  field: string;
  placeholder: string;
  send: string;
  /** left says how many characters remain; over is for a draft past the limit. */
  left: (n: number) => string;
  over: (n: number) => string;
}

/**
 * Composer is where a message is written: Enter sends, Shift+Enter starts a new
 * line, the field grows with the text, and a counter appears near the length limit.
 * It clears at once on send and gets the text back if the send fails (onSend
 * resolves false), so nothing typed is lost.
 */
export function Composer({
  labels,
  onSend,
  disabled = false,
  initialDraft = '',
  onDraftChange,
  autoFocus = false,
}: {
  labels: ComposerLabels;
  onSend: (text: string) => Promise<boolean>;
  disabled?: boolean;
  initialDraft?: string;
  onDraftChange?: (draft: string) => void;
  autoFocus?: boolean;
}) {
  const [draft, setDraftState] = useState(initialDraft);
  const field = useRef<HTMLTextAreaElement>(null);
  const check = checkDraft(draft);

  const setDraft = (value: string) => {
    setDraftState(value);
    onDraftChange?.(value);
  };

  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [draft]);

  const send = () => {
    if (!check.canSend || disabled) return;
    const text = draft.trim();
    setDraft('');
    onSend(text).then((sent) => {
      if (!sent) {
        setDraftState((current) => {
          if (current !== '') return current;
          onDraftChange?.(text);
          return text;
        });
      }
    });
    field.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendKey({ ...event, isComposing: event.nativeEvent.isComposing, keyCode: event.nativeEvent.keyCode })) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <div className="composer-box">
        <textarea
          ref={field}
          className="composer-field"
          rows={1}
          aria-label={labels.field}
          placeholder={labels.placeholder}
          value={draft}
          // A little slack over the limit lets a pasted text be trimmed by hand.
          maxLength={MAX_MESSAGE_LENGTH * 2}
          autoFocus={autoFocus}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {check.showCounter && (
          <span className={check.left < 0 ? 'composer-counter is-over' : 'composer-counter'} aria-live="polite">
            {check.left < 0 ? labels.over(-check.left) : labels.left(check.left)}
          </span>
        )}
      </div>
      <button
        type="submit"
        className="composer-send"
        aria-label={labels.send}
        title={labels.send}
        disabled={!check.canSend || disabled}
      >
        <Icon name="send" size={20} />
      </button>
    </form>
  );
}
