import { NavLink, Outlet } from 'react-router-dom';
import { Icon } from '../../icons/Icon';
import type { IconName } from '../../icons/paths';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';

/** SettingsLayout is the settings area: tabs for its sections above the section shown. */
export function SettingsLayout() {
  const t = useT();
  const { user } = useSession();
  const links: { to: string; icon: IconName; label: MessageKey }[] = [
    user.role === 'admin'
      ? { to: '/settings/users', icon: 'users', label: 'settings.users' }
      : { to: '/profile', icon: 'user', label: 'settings.profile' },
    { to: '/settings/channels', icon: 'chat', label: 'settings.channels' },
    ...(user.role === 'admin'
      ? [{ to: '/settings/integrations', icon: 'link' as IconName, label: 'settings.integrations' as MessageKey }]
      : []),
  ];
  return (
    <div className="page settings">
      <h1 className="page-title settings-title">{t('settings.title')}</h1>
      <nav className="subnav" aria-label={t('settings.nav')}>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} className="subnav-link">
                <Icon name={link.icon} size={18} />
                {t(link.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <section className="settings-section">
        <Outlet />
      </section>
    </div>
  );
}
