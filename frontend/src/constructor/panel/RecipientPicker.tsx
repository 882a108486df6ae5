import { useId } from 'react';
import { Avatar } from '../../components/Avatar';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { LIMITS } from '../model/limits';
import { useTeam } from '../team';

/**
 * RecipientPicker chooses the teammates an internal message notifies: the
 * chosen ones as removable chips with their names, and a list of the others
 * to add. A recipient who no longer exists stays visible, so it can be
 * removed.
 */
export function RecipientPicker({
  ids,
  onChange,
  error,
}: {
  ids: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}) {
  const t = useT();
  const { users, failed } = useTeam();
  const id = useId();
  const chosen = new Set(ids.map(String));
  const available = (users ?? []).filter((u) => !chosen.has(String(u.id)));

  return (
    <div className={error ? 'field field-invalid' : 'field'} role="group" aria-labelledby={`${id}-label`}>
      <span className="field-label" id={`${id}-label`}>
        {t('bot.field.recipients')}
      </span>
      {ids.length > 0 && (
        <ul className="recipient-list">
          {ids.map((userId, i) => {
            const user = users?.find((u) => String(u.id) === String(userId));
            const name = user?.name ?? t('bot.field.deletedUser', { id: userId });
            return (
              <li key={`${userId}-${i}`} className={user ? 'recipient' : 'recipient recipient-missing'}>
                <Avatar name={name} size={24} />
                <span className="recipient-name">
                  {name}
                  {user && !user.active && <span className="recipient-note"> · {t('bot.field.deactivated')}</span>}
                </span>
                <button
                  type="button"
                  className="icon-button icon-button-small"
                  aria-label={t('bot.field.removeRecipient', { name })}
                  onClick={() => onChange(ids.filter((_, j) => j !== i))}
                >
                  <Icon name="close" size={14} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="field-control select-control">
        <select
          className="input select"
          value=""
          aria-label={t('bot.field.addRecipient')}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-note`}
          disabled={!users || available.length === 0 || ids.length >= LIMITS.max_recipients}
          onChange={(event) => {
            const user = available.find((u) => String(u.id) === event.target.value);
            if (user) onChange([...ids, Number(user.id)]);
          }}
        >
          <option value="">{t('bot.field.addRecipient')}</option>
          {available.map((u) => (
            <option key={String(u.id)} value={String(u.id)}>
              {u.active ? u.name : `${u.name} (${t('bot.field.deactivated')})`}
            </option>
          ))}
        </select>
        <Icon name="chevronDown" size={16} className="select-chevron" />
      </div>
      <p className={error || failed ? 'field-error' : 'field-hint'} id={`${id}-note`}>
        {failed ? t('bot.field.usersFailed') : (error ?? t('bot.field.recipientsHint'))}
      </p>
    </div>
  );
}
