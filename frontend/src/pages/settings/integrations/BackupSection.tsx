import { useState } from 'react';
import { downloadBackup } from '../../../api/integrations';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../forms/describeError';
import { ApiError } from '../../../api/client';
import { Icon } from '../../../icons/Icon';
import { useT } from '../../../i18n/useT';
import { useToast } from '../../../toast/useToast';

/** RESTORE_COMMAND is how a downloaded backup is put back (docs/reliability.md). */
export const RESTORE_COMMAND = 'npsdesk restore FILE';

/** BackupSection downloads an online backup of the database and says how to restore it. */
export function BackupSection() {
  const t = useT();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const name = await downloadBackup();
      toast.show({ tone: 'success', message: t('integrations.backup.done', { name }) });
    } catch (error) {
      const message =
        error instanceof ApiError && error.code === 'backup_failed' ? t('integrations.backup.failed') : describeError(error, t);
      toast.show({ tone: 'error', message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-block integrations-block" aria-label={t('integrations.backup.title')}>
      <PageHeader
        level={2}
        title={t('integrations.backup.title')}
        subtitle={t('integrations.backup.subtitle')}
        actions={
          <button type="button" className="btn btn-primary" disabled={busy} onClick={download}>
            <Icon name="arrowDown" size={18} />
            {busy ? t('integrations.backup.downloading') : t('integrations.backup.download')}
          </button>
        }
      />
      <p className="field-hint">
        {t('integrations.backup.restore')} <code className="restore-command">{RESTORE_COMMAND}</code>
      </p>
    </section>
  );
}
