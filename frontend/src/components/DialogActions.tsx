import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

/**
 * DialogActions is a form dialog's footer: Cancel, and the submit button, which says
 * "Saving…" and waits while the form is being sent. `danger` marks a step that cannot
 * be taken back.
 */
export function DialogActions({
  saving,
  submitLabel,
  onCancel,
  danger = false,
}: {
  saving: boolean;
  submitLabel: ReactNode;
  onCancel: () => void;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <>
      <button type="button" className="btn btn-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className={danger ? 'btn btn-danger' : 'btn btn-primary'} disabled={saving}>
        {saving ? t('common.saving') : submitLabel}
      </button>
    </>
  );
}
