import { Navigate } from 'react-router-dom';
import { useSession } from '../../session/useSession';

/** SettingsIndex opens the first section this user may see. */
export function SettingsIndex() {
  const { user } = useSession();
  return <Navigate to={user.role === 'admin' ? 'users' : 'channels'} replace />;
}
