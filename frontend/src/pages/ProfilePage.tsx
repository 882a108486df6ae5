import { PageHeader } from '../components/PageHeader';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n/useT';
import { PasswordForm } from './profile/PasswordForm';
import { ProfileDetailsForm } from './profile/ProfileDetailsForm';

/** ProfilePage lets a team member change their own name and password. */
export function ProfilePage() {
  const t = useT();
  usePageTitle(t('profile.title'));
  return (
    <div className="page page-narrow">
      <PageHeader title={t('profile.title')} subtitle={t('profile.subtitle')} />
      <div className="stack">
        <ProfileDetailsForm />
        <PasswordForm />
      </div>
    </div>
  );
}
