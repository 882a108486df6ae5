import { LanguageSwitch } from './LanguageSwitch';
import { LogoMark } from './Logo';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

/** TopBar holds the notification bell, the language switch and the account menu. */
export function TopBar() {
  return (
    <header className="topbar">
      <span className="topbar-mark">
        <LogoMark size={26} />
      </span>
      <div className="topbar-spacer" />
      <LanguageSwitch />
      <NotificationBell />
      <UserMenu />
    </header>
  );
}
