import type { MessageButton } from '../api/chatTypes';

/** isScale tells a row of short answers (a 0–10 score) from a row of worded replies. */
export function isScale(buttons: readonly MessageButton[]): boolean {
  return buttons.length > 3 && buttons.every((b) => [...b.label].length <= 2);
}

/**
 * ButtonChoices shows the replies a bot offers. With onPick they are buttons the
 * customer taps (a score grid that wraps on a phone); without, quiet chips that show
 * the team what the customer was offered.
 */
export function ButtonChoices({
  buttons,
  onPick,
  disabled = false,
  chosen,
  label,
}: {
  buttons: readonly MessageButton[];
  onPick?: (button: MessageButton) => void;
  disabled?: boolean;
  /** chosen is the value the customer answered with: that button stays marked. */
  chosen?: string;
  label: string;
}) {
  const mark = (button: MessageButton) => (chosen !== undefined && button.value === chosen ? 'choice is-chosen' : 'choice');
  const layout = isScale(buttons) ? 'choices choices-scale' : 'choices choices-words';
  if (!onPick) {
    return (
      <ul className={`${layout} choices-static`} aria-label={label}>
        {buttons.map((button, i) => (
          <li key={i} className={mark(button)} title={button.value !== button.label ? button.value : undefined}>
            {button.label}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className={layout} role="group" aria-label={label}>
      {buttons.map((button, i) => (
        <button
          key={i}
          type="button"
          className={mark(button)}
          aria-pressed={chosen !== undefined ? button.value === chosen : undefined}
          disabled={disabled}
          onClick={() => onPick(button)}
        >
          {button.label}
        </button>
      ))}
    </div>
  );
}
