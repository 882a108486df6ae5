import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT';

/** The constructor and @xyflow/react come in their own chunk, fetched when the page opens. */
const ConstructorPage = lazy(() => import('./page/ConstructorPage'));

/** ConstructorRoute is the route element of /settings/bot/:id. */
export function ConstructorRoute() {
  const t = useT();
  return (
    <Suspense fallback={<p className="sr-only" role="status">{t('bot.loading')}</p>}>
      <ConstructorPage />
    </Suspense>
  );
}
