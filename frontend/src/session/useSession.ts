import { useContext } from 'react';
import { SessionContext, type SessionValue } from './context';

/** useSession returns the signed-in user; only valid inside the app shell. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <RequireSession>');
  return value;
}
