import { createContext, useContext } from 'react';
import type { User } from '../api/types';

/** Team is the list of users an internal message may name; null while unknown. */
export interface Team {
  users: User[] | null;
  /** failed is true when the list could not be loaded. */
  failed: boolean;
}

/** TeamContext gives every step component the team without threading it through node data. */
export const TeamContext = createContext<Team>({ users: null, failed: false });

/** useTeam returns the team. */
export function useTeam(): Team {
  return useContext(TeamContext);
}

/** userName finds a user's name by id, comparing ids as the API's opaque values. */
export function userName(users: User[] | null, id: number): string | undefined {
  return users?.find((u) => String(u.id) === String(id))?.name;
}
