import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { loginPath } from './loginPath';

const PUBLIC_PAGES = ['/login', '/setup'];

/**
 * useSendToLogin returns what to do when the session turns out to be over (a
 * 401, or the socket closed with "revoked"): go to the login page, which then
 * brings the user back to where they were. On the login and setup pages
 * themselves it does nothing — a late answer from the page just left must not
 * bounce the user.
 */
export function useSendToLogin(): () => void {
  const navigate = useNavigate();
  return useCallback(() => {
    const { pathname, search } = window.location;
    if (PUBLIC_PAGES.includes(pathname)) return;
    navigate(loginPath(pathname + search, 'expired'), { replace: true });
  }, [navigate]);
}
