import { Link } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n/useT';

/** NotFoundPage answers an address the app does not know. */
export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page">
      <EmptyState icon="compass" title={t('notFound.title')} text={t('notFound.text')}>
        <Link className="btn btn-primary" to="/inbox">
          {t('notFound.home')}
        </Link>
      </EmptyState>
    </div>
  );
}
