import type { Blocker } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';

/**
 * EditorDialogs are the constructor's two questions: leaving with unsaved
 * changes (asked by the router's blocker), and restoring the default bot.
 */
export function EditorDialogs({
  blocker,
  confirmRestore,
  onCloseRestore,
  onRestore,
}: {
  blocker: Blocker;
  confirmRestore: boolean;
  onCloseRestore: () => void;
  onRestore: () => void;
}) {
  const t = useT();
  const stay = () => blocker.state === 'blocked' && blocker.reset();
  return (
    <>
      <Dialog
        open={blocker.state === 'blocked'}
        title={t('bot.leaveTitle')}
        onClose={stay}
        onSubmit={() => blocker.state === 'blocked' && blocker.proceed()}
        footer={
          <>
            <button type="button" className="btn btn-secondary" onClick={stay} autoFocus>
              {t('bot.leaveStay')}
            </button>
            <button type="submit" className="btn btn-danger">
              {t('bot.leaveGo')}
            </button>
          </>
        }
      >
        <p>{t('bot.leaveText')}</p>
      </Dialog>
      <Dialog
        open={confirmRestore}
        title={t('bot.restoreTitle')}
        onClose={onCloseRestore}
        onSubmit={onRestore}
        footer={
          <>
            <button type="button" className="btn btn-secondary" onClick={onCloseRestore}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary">
              {t('bot.restoreConfirm')}
            </button>
          </>
        }
      >
        <p>{t('bot.restoreText')}</p>
      </Dialog>
    </>
  );
}
