import { createContext } from 'react';
import type { User } from '../api/types';

/** SessionValue is the signed-in user and a way to update it after edits. */
export interface SessionValue {
  user: User;
  setUser: (user: User) => void;
}

/** SessionContext is filled by RequireSession once `/me` has answered. */
export const SessionContext = createContext<SessionValue | null>(null);
