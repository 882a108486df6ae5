import { useEffect, useState } from 'react';
import { listUsers } from '../api/users';
import type { Id, User } from '../api/types';

let cached: Promise<User[]> | null = null;

/** loadTeam fetches the team once per page load; a failure is retried next time. */
export function loadTeam(): Promise<User[]> {
  if (!cached) {
    cached = listUsers().then(
      (list) => list.items,
      (error: unknown) => {
        cached = null;
        throw error;
      },
    );
  }
  return cached;
}

/** forgetTeam drops the cached team, after a change to it. */
export function forgetTeam(): void {
  cached = null;
}

/** Team is the team as loaded, and a lookup by id. */
export interface Team {
  users: User[];
  byId: (id: Id | null | undefined) => User | undefined;
}

/** useTeam returns the team (empty until loaded): names for authors, people for pickers. */
export function useTeam(): Team {
  const [users, setUsers] = useState<User[]>([]);
  useEffect(() => {
    let live = true;
    loadTeam().then(
      (list) => live && setUsers(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return {
    users,
    byId: (id) => (id === null || id === undefined ? undefined : users.find((u) => String(u.id) === String(id))),
  };
}
