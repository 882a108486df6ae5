import { useId, useRef } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { LIMITS } from '../model/limits';
import { runeLength } from '../rules/text';

/** Placeholder is a value the server fills into a text. */
export interface Placeholder {
  code: string;
  label: MessageKey;
}

/** PLACEHOLDERS are the placeholders of api.md; which a field offers depends on the step. */
export const PLACEHOLDERS: Record<'score' | 'contact' | 'conversation', Placeholder> = {
  score: { code: '{{score}}', label: 'bot.placeholder.score' },
  contact: { code: '{{contact.name}}', label: 'bot.placeholder.contact' },
  conversation: { code: '{{conversation.id}}', label: 'bot.placeholder.conversation' },
};

/**
 * StepTextField edits a step's text: a text area with its length, and
 * buttons that insert placeholders where the caret is.
 */
export function StepTextField({
  value,
  onChange,
  error,
  placeholders,
  label,
  rows = 4,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholders: Placeholder[];
  label?: string;
  rows?: number;
}) {
  const t = useT();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const length = runeLength(value);

  const insert = (code: string) => {
    const el = area.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    onChange(value.slice(0, start) + code + value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + code.length, start + code.length);
    });
  };

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>
          {label ?? t('bot.field.text')}
        </label>
        <span className={length > LIMITS.max_text_length ? 'field-count field-count-over' : 'field-count'}>
          {t('bot.field.chars', { count: length, max: LIMITS.max_text_length })}
        </span>
      </div>
      <textarea
        ref={area}
        id={id}
        className="input textarea"
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {placeholders.length > 0 && (
        <div className="placeholder-row">
          <span className="placeholder-label">{t('bot.field.placeholders')}</span>
          {placeholders.map((p) => (
            <button
              key={p.code}
              type="button"
              className="placeholder-chip"
              title={p.code}
              aria-label={t('bot.field.insert', { what: p.code })}
              onClick={() => insert(p.code)}
            >
              {t(p.label)}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
