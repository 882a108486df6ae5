import { useT } from '../i18n/useT';
import type { Toast } from './context';
import { ToastItem } from './ToastItem';

/** ToastRegion is the corner where toasts stack. */
export function ToastRegion({
  toasts,
  onDismiss,
}: {
  toasts: Toast[];
  onDismiss: (id: number) => void;
}) {
  const t = useT();
  return (
    <section className="toast-region" aria-label={t('toast.region')}>
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} />
      ))}
    </section>
  );
}
