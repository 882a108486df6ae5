import { useId } from 'react';
import { useWords } from './WordsContext';

/**
 * ChatIntro greets a customer who has not written yet and asks, optionally, for a
 * name. Writing straight away is fine: the name field can stay empty.
 */
export function ChatIntro({ name, onName }: { name: string; onName: (name: string) => void }) {
  const w = useWords();
  const id = useId();
  return (
    <section className="chat-intro">
      <h2 className="chat-intro-title">{w('chat.greeting')}</h2>
      <p className="chat-intro-text">{w('chat.intro')}</p>
      <label className="chat-intro-label" htmlFor={id}>
        {w('chat.nameLabel')} <span className="chat-optional">({w('chat.optional')})</span>
      </label>
      <input
        id={id}
        className="chat-input"
        name="name"
        autoComplete="name"
        maxLength={100}
        placeholder={w('chat.namePlaceholder')}
        value={name}
        onChange={(event) => onName(event.target.value)}
      />
    </section>
  );
}
