import { request, type RequestOptions } from './client';
import type { AuthResponse, SetupStatus, User } from './types';
import type { Lang } from '../i18n/language';

/** getSetupStatus asks whether the first administrator still has to be created. */
export function getSetupStatus(): Promise<SetupStatus> {
  return request<SetupStatus>('/setup', { anonymous: true });
}

/** setup creates the first administrator with the token the server printed. */
export function setup(body: {
  token: string;
  name: string;
  email: string;
  password: string;
  /** The team's language: the default NPS bot's texts follow it. */
  lang?: Lang;
}): Promise<AuthResponse> {
  return request<AuthResponse>('/setup', { method: 'POST', body, anonymous: true });
}

/** login signs in; the server sets the session cookie. */
export function login(email: string, password: string): Promise<AuthResponse> {
  return request<AuthResponse>('/auth/login', {
    method: 'POST',
    body: { email, password },
    anonymous: true,
  });
}

/** logout ends the session on the server (the token stops working at once). */
export function logout(): Promise<void> {
  return request<void>('/auth/logout', { method: 'POST', anonymous: true });
}

/** getMe returns the signed-in user. */
export function getMe(options: Pick<RequestOptions, 'anonymous' | 'signal'> = {}): Promise<User> {
  return request<User>('/me', options);
}

/** updateMe changes the signed-in user's own name. */
export function updateMe(body: { name: string }): Promise<User> {
  return request<User>('/me', { method: 'PATCH', body });
}

/** changePassword changes the own password; the server re-issues the cookie. */
export function changePassword(body: {
  current_password: string;
  new_password: string;
}): Promise<AuthResponse> {
  return request<AuthResponse>('/me/password', { method: 'POST', body });
}
