import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n/useT';

/** DashboardPage is the dashboard section; for now it explains what will appear here. */
export function DashboardPage() {
  const t = useT();
  usePageTitle(t('dashboard.title'));
  return (
    <div className="page">
      <PageHeader title={t('dashboard.title')} />
      <EmptyState
        icon="dashboard"
        title={t('dashboard.emptyTitle')}
        text={t('dashboard.emptyText')}
      />
    </div>
  );
}
