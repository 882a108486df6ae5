import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n/useT';

/** EventsPage is the events section; for now it explains what will appear here. */
export function EventsPage() {
  const t = useT();
  usePageTitle(t('events.title'));
  return (
    <div className="page">
      <PageHeader title={t('events.title')} />
      <EmptyState icon="events" title={t('events.emptyTitle')} text={t('events.emptyText')} />
    </div>
  );
}
