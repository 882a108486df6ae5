import { updateChannel } from '../../../api/channels';
import type { Channel } from '../../../api/chatTypes';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
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
  return (
    <ConfirmDialog
      open={channel !== null}
      title={t('channels.rotateTitle', { name: channel?.name ?? '' })}
      texts={[t('channels.rotateText'), t('channels.rotateThen')]}
      confirmLabel={t('channels.rotateConfirm')}
      onConfirm={async () => {
        if (channel) onRotated(await updateChannel(channel.id, { rotate_key: true }));
      }}
      onClose={onClose}
    />
  );
}
