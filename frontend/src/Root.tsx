import { useEffect } from 'react';
import { Outlet } from 'react-router-dom';
import { setUnauthorizedHandler } from './api/client';
import { useSendToLogin } from './session/useSendToLogin';

/**
 * Root is the top route: it sends the user to the login page whenever an
 * authenticated API call answers 401 (expired, revoked or logged out elsewhere).
 */
export function Root() {
  const sendToLogin = useSendToLogin();
  useEffect(() => setUnauthorizedHandler(sendToLogin), [sendToLogin]);
  return <Outlet />;
}
