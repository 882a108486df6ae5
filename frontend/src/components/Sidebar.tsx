import { NavLink } from 'react-router-dom';
import { Icon } from '../icons/Icon';
import type { IconName } from '../icons/paths';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { Logo } from './Logo';

const sections: { to: string; icon: IconName; label: MessageKey }[] = [
  { to: '/inbox', icon: 'inbox', label: 'nav.inbox' },
  { to: '/cards', icon: 'cards', label: 'nav.cards' },
  { to: '/dashboard', icon: 'dashboard', label: 'nav.dashboard' },
  { to: '/events', icon: 'events', label: 'nav.events' },
  { to: '/settings', icon: 'settings', label: 'nav.settings' },
];

/** Sidebar is the main navigation: a column on wide screens, a tab bar at the bottom on phones. */
export function Sidebar() {
  const t = useT();
  return (
    <aside className="sidebar">
      <div className="sidebar-logo">
        <Logo />
      </div>
      <nav aria-label={t('nav.main')}>
        <ul className="nav-list">
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} className="nav-link">
                <Icon name={section.icon} size={20} />
                <span className="nav-label">{t(section.label)}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <p className="sidebar-foot">{t('app.tagline')}</p>
    </aside>
  );
}
