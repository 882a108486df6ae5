import { useEffect, useState } from 'react';
import { updateChannel } from '../../../api/channels';
import type { Channel } from '../../../api/chatTypes';
import { Dialog } from '../../../components/Dialog';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../forms/describeError';
import { useT } from '../../../i18n/useT';

/** RotateKeyDialog asks before giving a channel a new public key: the old link and widget stop working. */
export function RotateKeyDialog({
  channel,
  onClose,
  onRotated,
}: {
  channel: Channel | null;
  onClose: () => void;
  onRotated: (channel: Channel) => void;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setError(null);
    setSaving(false);
  }, [channel]);

  const submit = async () => {
    if (!channel) return;
    setSaving(true);
    setError(null);
    try {
      onRotated(await updateChannel(channel.id, { rotate_key: true }));
    } catch (caught) {
      setSaving(false);
      setError(describeError(caught, t));
    }
  };

  return (
    <Dialog
      open={channel !== null}
      title={t('channels.rotateTitle', { name: channel?.name ?? '' })}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={saving}>
            {saving ? t('common.saving') : t('channels.rotateConfirm')}
          </button>
        </>
      }
    >
      {error && <FormAlert>{error}</FormAlert>}
      <p className="dialog-text">{t('channels.rotateText')}</p>
      <p className="dialog-text">{t('channels.rotateThen')}</p>
    </Dialog>
  );
}
