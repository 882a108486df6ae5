import { useCallback, useEffect, useState } from 'react';
import { listUsers, updateUser } from '../../api/users';
import type { User } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { describeError } from '../../forms/describeError';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { useToast } from '../../toast/useToast';
import { UserFormDialog } from './UserFormDialog';
import { UsersTable } from './UsersTable';

type DialogState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; user: User };

/** UsersPage is Settings → Users: the team, and adding, editing and deactivating members. */
export function UsersPage() {
  const t = useT();
  usePageTitle(t('users.title'));
  const { user: me, setUser: setMe } = useSession();
  const toast = useToast();
  const [users, setUsers] = useState<User[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' });
  const [busyId, setBusyId] = useState<User['id'] | null>(null);

  const load = useCallback(() => {
    setFailed(false);
    listUsers().then(
      (list) => setUsers(list.items),
      () => setFailed(true),
    );
  }, []);

  useEffect(() => {
    if (me.role === 'admin') load();
  }, [me.role, load]);

  const replace = (saved: User) => {
    setUsers((list) => {
      if (!list) return [saved];
      const found = list.some((u) => String(u.id) === String(saved.id));
      return found
        ? list.map((u) => (String(u.id) === String(saved.id) ? saved : u))
        : [...list, saved];
    });
    if (String(saved.id) === String(me.id)) setMe(saved);
  };

  const setActive = async (user: User, active: boolean) => {
    setBusyId(user.id);
    try {
      const saved = await updateUser(user.id, { active });
      replace(saved);
      toast.show({
        tone: 'success',
        message: t(active ? 'users.reactivated' : 'users.deactivated', { name: saved.name }),
      });
    } catch (error) {
      toast.show({ tone: 'error', message: describeError(error, t) });
    } finally {
      setBusyId(null);
    }
  };

  if (me.role !== 'admin') {
    return <EmptyState icon="lock" title={t('users.title')} text={t('settings.adminOnly')} />;
  }

  return (
    <>
      <PageHeader
        level={2}
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setDialog({ mode: 'create' })}
          >
            <Icon name="plus" size={18} />
            {t('users.add')}
          </button>
        }
      />
      {failed && (
        <FormAlert>
          {t('users.loadError')}{' '}
          <button type="button" className="link-button" onClick={load}>
            {t('common.retry')}
          </button>
        </FormAlert>
      )}
      {users ? (
        <UsersTable
          users={users}
          meId={me.id}
          busyId={busyId}
          onEdit={(user) => setDialog({ mode: 'edit', user })}
          onSetActive={setActive}
        />
      ) : (
        !failed && <div className="skeleton-table" aria-busy="true" aria-label={t('app.loading')} />
      )}
      <UserFormDialog
        open={dialog.mode !== 'closed'}
        user={dialog.mode === 'edit' ? dialog.user : undefined}
        onClose={() => setDialog({ mode: 'closed' })}
        onSaved={(saved, created) => {
          replace(saved);
          setDialog({ mode: 'closed' });
          toast.show({
            tone: 'success',
            message: t(created ? 'users.created' : 'users.updated', { name: saved.name }),
          });
        }}
      />
    </>
  );
}
