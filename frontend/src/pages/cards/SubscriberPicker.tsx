import { useId } from 'react';
import type { User } from '../../api/types';
import { Avatar } from '../../components/Avatar';

/** SubscriberPicker chooses team members with checkboxes (ids kept as strings). */
export function SubscriberPicker({
  label,
  hint,
  users,
  chosen,
  onChange,
}: {
  label: string;
  hint?: string;
  users: User[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
}) {
  const id = useId();
  const toggle = (key: string) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  return (
    <fieldset className="field people-field" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field-label">{label}</legend>
      <div className="people-list">
        {users.map((user) => {
          const key = String(user.id);
          return (
            <label key={key} className="people-item">
              <input type="checkbox" checked={chosen.has(key)} onChange={() => toggle(key)} />
              <Avatar name={user.name} size={24} />
              <span className="people-name">{user.name}</span>
            </label>
          );
        })}
      </div>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
