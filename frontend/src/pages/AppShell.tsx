import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { Sidebar } from '../components/Sidebar';
import { TopBar } from '../components/TopBar';
import { useT } from '../i18n/useT';
import { getMe } from '../api/auth';
import { useConnectionState, useRealtime } from '../realtime/hooks';
import { useSendToLogin } from '../session/useSendToLogin';

/**
 * AppShell is the frame of the signed-in app: navigation, top bar, the live
 * connection, and the current page. It owns the WebSocket's lifetime.
 */
export function AppShell() {
  const t = useT();
  const socket = useRealtime();
  const connection = useConnectionState();
  const sendToLogin = useSendToLogin();
  const location = useLocation();

  useEffect(() => {
    socket.setRevokedHandler(sendToLogin);
    // A refused upgrade looks like a network error from here. Ask the API (at most
    // every 15 s) whether the session still stands; a 401 there leads to login.
    let lastCheck = 0;
    const stopChecking = socket.onConnectFailed(() => {
      if (Date.now() - lastCheck < 15_000) return;
      lastCheck = Date.now();
      getMe().catch(() => undefined);
    });
    socket.start();
    const onOnline = () => socket.reconnectNow();
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      stopChecking();
      socket.setRevokedHandler(null);
      socket.stop();
    };
  }, [socket, sendToLogin]);

  // Moving to another page starts reading at its top.
  useEffect(() => {
    document.getElementById('content')?.scrollTo?.(0, 0);
  }, [location.pathname]);

  return (
    <div className="shell" data-connection={connection}>
      <a className="skip-link" href="#content">
        {t('shell.skip')}
      </a>
      <Sidebar />
      <div className="shell-main">
        <TopBar />
        <ConnectionBanner />
        <main id="content" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
