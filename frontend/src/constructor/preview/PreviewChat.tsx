import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import type { Preview } from './usePreview';
import { PreviewEntry } from './PreviewEntry';

/**
 * PreviewChat is the "Try it" chat: the bot as the customer would get it,
 * with score buttons to tap, a box to type into, and notes of what would
 * happen behind the scenes (alerts, ratings, pauses).
 */
export function PreviewChat({ preview }: { preview: Preview }) {
  const t = useT();
  const { entries, run, changed, start, reply, skipWait } = preview;
  const [text, setText] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const waitingAnswer = run?.status === 'waiting' && run.wait_kind === 'answer';
  const waitingTimer = run?.status === 'waiting' && run.wait_kind === 'timer';
  const lastBot = [...entries].reverse().find((e) => e.kind === 'bot');
  const buttons = waitingAnswer && lastBot?.kind === 'bot' ? (lastBot.buttons ?? []) : [];

  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
  }, [entries]);

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    reply(text);
    setText('');
  };

  return (
    <div className="preview">
      <div className="preview-head">
        <p className="preview-intro">{t('bot.previewText')}</p>
        <button type="button" className="btn btn-secondary btn-small" onClick={start}>
          <Icon name="rotate" size={16} />
          {run ? t('bot.previewRestart') : t('bot.previewStart')}
        </button>
      </div>
      {changed && <p className="preview-changed">{t('bot.previewChanged')}</p>}
      <ol className="preview-log" ref={list} aria-live="polite" aria-label={t('bot.preview')}>
        {entries.map((entry, i) => (
          <PreviewEntry key={i} entry={entry} />
        ))}
      </ol>
      {buttons.length > 0 && (
        <div className="preview-buttons">
          {buttons.map((b, i) => (
            <button key={i} type="button" className="preview-choice" onClick={() => reply(b.value)}>
              {b.label}
            </button>
          ))}
        </div>
      )}
      {waitingTimer && (
        <button type="button" className="btn btn-secondary btn-small preview-skip" onClick={skipWait}>
          {t('bot.previewSkip')}
        </button>
      )}
      <form className="preview-composer" onSubmit={send}>
        <input
          className="input"
          value={text}
          disabled={!waitingAnswer}
          placeholder={t('bot.previewReply')}
          aria-label={t('bot.previewReply')}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="btn btn-primary btn-small" disabled={!waitingAnswer || !text.trim()} aria-label={t('bot.previewSend')}>
          <Icon name="send" size={16} />
        </button>
      </form>
    </div>
  );
}
