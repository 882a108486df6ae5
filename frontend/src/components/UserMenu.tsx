import { useCallback, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { logout } from '../api/auth';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';
import { useRealtime } from '../realtime/hooks';
import { useSession } from '../session/useSession';
import { Avatar } from './Avatar';
import { useDismiss } from './useDismiss';

/** UserMenu is the avatar button in the top bar: who is signed in, Profile and Log out. */
export function UserMenu() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const socket = useRealtime();
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(rootRef, open, close, buttonRef);

  const onLogout = async () => {
    setLeaving(true);
    // Close the socket first: the server ends it as "revoked" once the session is gone,
    // and that is not news to someone who is logging out.
    socket.stop();
    try {
      await logout();
    } catch {
      // Already signed out or unreachable: the login page is the right place either way.
    }
    navigate('/login', { replace: true });
  };

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-label={t('user.menu')}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        <Avatar name={user.name} size={30} />
        <span className="user-menu-name">{user.name}</span>
        <Icon name="chevronDown" size={16} className="user-menu-chevron" />
      </button>
      {open && (
        <div className="popover user-menu-panel" id={menuId}>
          <div className="user-menu-who">
            <Avatar name={user.name} size={40} />
            <div>
              <p className="user-menu-who-name">{user.name}</p>
              <p className="user-menu-who-email">{user.email}</p>
              <span className={`pill role-${user.role}`}>{t(`user.role.${user.role}`)}</span>
            </div>
          </div>
          <ul className="menu-list">
            <li>
              <Link className="menu-item" to="/profile" onClick={close}>
                <Icon name="user" size={18} />
                {t('user.profile')}
              </Link>
            </li>
            <li>
              <button type="button" className="menu-item" onClick={onLogout} disabled={leaving}>
                <Icon name="logout" size={18} />
                {t('user.logout')}
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
