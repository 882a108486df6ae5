import { request } from './client';
import type { Id, List, NewUser, User, UserPatch } from './types';

/** listUsers returns the team (admin only). */
export function listUsers(): Promise<List<User>> {
  return request<List<User>>('/users', { query: { limit: 500 } });
}

/** createUser adds a team member (admin only). */
export function createUser(body: NewUser): Promise<User> {
  return request<User>('/users', { method: 'POST', body });
}

/** updateUser changes any subset of a user's fields (admin only). */
export function updateUser(id: Id, body: UserPatch): Promise<User> {
  return request<User>(`/users/${encodeURIComponent(String(id))}`, { method: 'PATCH', body });
}
