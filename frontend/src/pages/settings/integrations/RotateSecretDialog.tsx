import { rotateWebhookSecret, type WebhookSettings } from '../../../api/integrations';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useT } from '../../../i18n/useT';

/** RotateSecretDialog asks before replacing the webhook's signing secret: the receiver must learn the new one. */
export function RotateSecretDialog({
  open,
  onClose,
  onRotated,
}: {
  open: boolean;
  onClose: () => void;
  onRotated: (settings: WebhookSettings) => void;
}) {
  const t = useT();
  return (
    <ConfirmDialog
      open={open}
      title={t('integrations.webhook.rotateTitle')}
      texts={[t('integrations.webhook.rotateText'), t('integrations.webhook.rotateThen')]}
      confirmLabel={t('integrations.webhook.rotateConfirm')}
      onConfirm={async () => onRotated(await rotateWebhookSecret())}
      onClose={onClose}
    />
  );
}
