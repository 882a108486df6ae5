/** LoginReason explains on the login page why the user was sent there. */
export type LoginReason = 'expired';

/**
 * loginPath is the login page URL that returns to `next` after signing in.
 * `next` is kept only when it is a path on this site.
 */
export function loginPath(next?: string, reason?: LoginReason): string {
  const params = new URLSearchParams();
  if (next && isSafeNext(next) && next !== '/') params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/** isSafeNext accepts only same-site absolute paths, so a link cannot send users elsewhere. */
export function isSafeNext(next: string | null): next is string {
  return !!next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\');
}
