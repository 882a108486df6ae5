import { useId, type SelectHTMLAttributes } from 'react';
import { Icon } from '../icons/Icon';

/** SelectField is a labelled native select with a hint or error underneath. */
export function SelectField({
  label,
  hint,
  error,
  options,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ?? hint;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-control select-control">
        <select
          id={id}
          className="input select"
          aria-invalid={error ? true : undefined}
          aria-describedby={note ? noteId : undefined}
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <Icon name="chevronDown" size={16} className="select-chevron" />
      </div>
      {note && (
        <p className={error ? 'field-error' : 'field-hint'} id={noteId}>
          {note}
        </p>
      )}
    </div>
  );
}
