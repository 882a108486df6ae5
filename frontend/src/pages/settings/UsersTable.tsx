import type { Id, User } from '../../api/types';
import { Avatar } from '../../components/Avatar';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';

/** UsersTable lists the team with each member's role, status and actions. */
export function UsersTable({
  users,
  meId,
  busyId,
  onEdit,
  onSetActive,
}: {
  users: User[];
  meId: Id;
  busyId: Id | null;
  onEdit: (user: User) => void;
  onSetActive: (user: User, active: boolean) => void;
}) {
  const t = useT();
  return (
    <div className="table-card">
      <table className="table users-table" aria-label={t('users.table')}>
        <thead>
          <tr>
            <th scope="col">{t('users.col.name')}</th>
            <th scope="col">{t('users.col.email')}</th>
            <th scope="col">{t('users.col.role')}</th>
            <th scope="col">{t('users.col.status')}</th>
            <th scope="col" className="col-actions">
              <span className="sr-only">{t('users.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const isMe = String(user.id) === String(meId);
            return (
              <tr key={String(user.id)} className={user.active ? undefined : 'row-muted'}>
                <td data-label={t('users.col.name')}>
                  <span className="user-cell">
                    <Avatar name={user.name} size={30} />
                    <span className="user-cell-name">{user.name}</span>
                    {isMe && <span className="tag">{t('users.you')}</span>}
                  </span>
                </td>
                <td data-label={t('users.col.email')} className="cell-email">
                  {user.email}
                </td>
                <td data-label={t('users.col.role')}>
                  <span className={`pill role-${user.role}`}>
                    {t(`user.role.${user.role}`)}
                  </span>
                </td>
                <td data-label={t('users.col.status')}>
                  <span className={user.active ? 'status status-active' : 'status status-off'}>
                    {t(user.active ? 'users.status.active' : 'users.status.deactivated')}
                  </span>
                </td>
                <td className="col-actions">
                  <div className="row-actions">
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      aria-label={t('users.editUser', { name: user.name })}
                      onClick={() => onEdit(user)}
                    >
                      <Icon name="pencil" size={16} />
                      {t('common.edit')}
                    </button>
                    {!isMe && (
                      <button
                        type="button"
                        className={
                          user.active
                            ? 'btn btn-ghost btn-small btn-danger-text'
                            : 'btn btn-ghost btn-small'
                        }
                        aria-label={t(
                          user.active ? 'users.deactivateUser' : 'users.reactivateUser',
                          {
                            name: user.name,
                          },
                        )}
                        disabled={busyId !== null && String(busyId) === String(user.id)}
                        onClick={() => onSetActive(user, !user.active)}
                      >
                        <Icon name="power" size={16} />
                        {t(user.active ? 'users.deactivate' : 'users.reactivate')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
