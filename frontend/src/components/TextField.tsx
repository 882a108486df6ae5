import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** TextFieldProps are an input's attributes plus its label, hint and error. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  /** trailing sits inside the input's right edge (e.g. a show-password button). */
  trailing?: ReactNode;
}

/** TextField is a labelled input that shows its hint, or its error, underneath. */
export function TextField({ label, hint, error, trailing, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // The error, when there is one, says more than the hint: show one line, not two.
  const note = error
    ? { id: errorId, className: 'field-error', text: error }
    : hint
      ? { id: hintId, className: 'field-hint', text: hint }
      : null;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className={trailing ? 'field-control has-trailing' : 'field-control'}>
        <input
          id={id}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={note?.id}
          {...input}
        />
        {trailing}
      </div>
      {note && (
        <p className={note.className} id={note.id}>
          {note.text}
        </p>
      )}
    </div>
  );
}
