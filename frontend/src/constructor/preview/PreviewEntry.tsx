import type { Translate } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { formatMinutes } from '../panel/duration';
import type { Entry, Note } from './entries';

function noteText(note: Note, t: Translate): string {
  switch (note.type) {
    case 'notify':
      return t('bot.previewNotify', { names: note.names.join(', ') || t('bot.previewNobody'), text: note.text });
    case 'rating':
      return t('bot.previewRating', { score: note.score });
    case 'answer':
      return t('bot.previewAnswer', { name: note.variable });
    case 'wait':
      return t('bot.previewWaits', { duration: formatMinutes(note.minutes, t) });
    case 'quiet':
      return t('bot.previewQuiet');
    case 'done':
    case 'expired':
      return t('bot.previewDone');
    case 'error':
      return t(note.error === 'no_start' ? 'bot.previewNoStart' : note.error === 'step_limit' ? 'bot.previewStepLimit' : 'bot.previewInvalid');
  }
}

/** PreviewEntry is one line of the preview chat: a bubble, or a note about what would happen. */
export function PreviewEntry({ entry }: { entry: Entry }) {
  const t = useT();
  if (entry.kind === 'note') {
    const tone = entry.note.type === 'error' ? 'error' : entry.note.type === 'notify' ? 'notify' : 'plain';
    return <li className={`preview-note preview-note-${tone}`}>{noteText(entry.note, t)}</li>;
  }
  const who = entry.kind === 'bot' ? t('bot.previewBot') : t('bot.previewCustomer');
  return (
    <li className={`preview-bubble preview-${entry.kind}`}>
      <span className="sr-only">{who}: </span>
      {entry.text}
    </li>
  );
}
