import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { getMe } from '../api/auth';
import type { User } from '../api/types';
import { useT } from '../i18n/useT';
import { SessionContext } from './context';
import { loginPath } from './loginPath';
import { Splash } from '../components/Splash';

/**
 * RequireSession loads the signed-in user from `/me` and renders its children
 * with it; without a session it sends the visitor to the login page.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [user, setUser] = useState<User | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const here = location.pathname + location.search;
    getMe({ anonymous: true, signal: controller.signal }).then(setUser, (error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 401) {
        navigate(loginPath(here), { replace: true });
      } else {
        setFailed(true);
      }
    });
    return () => controller.abort();
    // Load once per mount (and on retry); navigation inside the app keeps the session.
  }, [attempt]);

  const value = useMemo(() => (user ? { user, setUser } : null), [user]);

  if (failed) {
    return (
      <Splash
        message={t('error.network')}
        action={{
          label: t('common.retry'),
          onClick: () => {
            setFailed(false);
            setAttempt((n) => n + 1);
          },
        }}
      />
    );
  }
  if (!value) return <Splash message={t('app.loading')} />;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
