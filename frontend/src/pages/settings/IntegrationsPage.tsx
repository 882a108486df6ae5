import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { BackupSection } from './integrations/BackupSection';
import { WebhookSection } from './integrations/WebhookSection';
import './integrations/integrations.css';

/**
 * IntegrationsPage is Settings → Integrations (administrators): the outgoing webhook on
 * a new NPS rating, and the database backup.
 */
export function IntegrationsPage() {
  const t = useT();
  usePageTitle(t('settings.integrations'));
  const { user } = useSession();
  if (user.role !== 'admin') {
    return <p className="channels-note">{t('integrations.adminOnly')}</p>;
  }
  return (
    <div className="integrations-page">
      <WebhookSection />
      <BackupSection />
    </div>
  );
}
