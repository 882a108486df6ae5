import type { ReactNode } from 'react';
import '../styles/switch.css';

/**
 * Switch is an on/off control with its label and a hint beside it (the hint says what
 * the current state means). `name` is what a screen reader announces; `label` may add
 * the state in words.
 */
export function Switch({
  id,
  checked,
  name,
  label,
  hint,
  disabled = false,
  onToggle,
}: {
  id: string;
  checked: boolean;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  onToggle: () => void;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="switch-row">
      <button
        type="button"
        role="switch"
        className="switch"
        aria-checked={checked}
        aria-label={name}
        aria-describedby={hintId}
        disabled={disabled}
        onClick={onToggle}
      >
        <span className="switch-track" aria-hidden>
          <span className="switch-thumb" />
        </span>
        <span className="switch-label">{label}</span>
      </button>
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  );
}
