import type { DragEvent } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { STEP_MIME } from '../canvas/dnd';
import { StepIcon } from '../canvas/StepIcon';
import type { NodeType } from '../model/graph';

/** PALETTE lists the steps an admin may add, in the order a survey usually uses them. */
export const PALETTE: readonly NodeType[] = [
  'message',
  'nps_question',
  'condition',
  'internal_message',
  'question',
  'pause',
  'stop',
];

/**
 * Palette is the column of steps to add: drag one onto the canvas, or press
 * it (mouse or keyboard) to add it in the middle of the view.
 */
export function Palette({ onAdd }: { onAdd: (type: NodeType) => void }) {
  const t = useT();
  const onDragStart = (event: DragEvent, type: NodeType) => {
    event.dataTransfer.setData(STEP_MIME, type);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="bot-palette" aria-labelledby="bot-palette-title">
      <h2 id="bot-palette-title" className="bot-palette-title">
        {t('bot.palette')}
      </h2>
      <p className="bot-palette-hint">{t('bot.paletteHint')}</p>
      <ul className="bot-palette-list">
        {PALETTE.map((type) => {
          const name = t(`bot.step.${type}` as MessageKey);
          return (
            <li key={type}>
              <button
                type="button"
                className={`palette-item step-${type}`}
                draggable
                onDragStart={(event) => onDragStart(event, type)}
                onClick={() => onAdd(type)}
                aria-label={t('bot.addStep', { step: name })}
                data-step-type={type}
              >
                <span className="step-icon">
                  <StepIcon type={type} size={16} />
                </span>
                <span className="palette-text">
                  <span className="palette-name">{name}</span>
                  <span className="palette-about">{t(`bot.about.${type}` as MessageKey)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
