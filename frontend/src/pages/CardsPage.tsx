import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n/useT';

/** CardsPage is the cards section; for now it explains what will appear here. */
export function CardsPage() {
  const t = useT();
  usePageTitle(t('cards.title'));
  return (
    <div className="page">
      <PageHeader title={t('cards.title')} />
      <EmptyState icon="cards" title={t('cards.emptyTitle')} text={t('cards.emptyText')} />
    </div>
  );
}
