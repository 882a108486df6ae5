import { useEffect, useState } from 'react';
import { Icon } from '../icons/Icon';
import type { IconName } from '../icons/paths';
import { useT } from '../i18n/useT';
import type { Toast, ToastTone } from './context';

const DEFAULT_DURATION = 5000;

const toneIcon: Record<ToastTone, IconName> = {
  info: 'bell',
  success: 'check',
  error: 'alert',
  alert: 'alert',
};

/** ToastItem is one toast; it leaves by itself unless the pointer rests on it. */
export function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const t = useT();
  const [paused, setPaused] = useState(false);
  const duration = toast.duration ?? (toast.tone === 'alert' ? 9000 : DEFAULT_DURATION);

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(toast.id), duration);
    return () => clearTimeout(timer);
  }, [paused, duration, onDismiss, toast.id]);

  return (
    <div
      className={`toast toast-${toast.tone}`}
      role="status"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast-icon">
        <Icon name={toneIcon[toast.tone]} size={18} />
      </span>
      <div className="toast-body">
        {toast.title && <p className="toast-title">{toast.title}</p>}
        <p className="toast-message">{toast.message}</p>
        {toast.action && (
          <button
            type="button"
            className="toast-action"
            onClick={() => {
              toast.action?.onClick();
              onDismiss(toast.id);
            }}
          >
            {toast.action.label}
          </button>
        )}
      </div>
      <button
        type="button"
        className="icon-button toast-close"
        aria-label={t('toast.close')}
        onClick={() => onDismiss(toast.id)}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
