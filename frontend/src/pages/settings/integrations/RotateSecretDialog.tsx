import { useEffect, useState } from 'react';
import { rotateWebhookSecret, type WebhookSettings } from '../../../api/integrations';
import { Dialog } from '../../../components/Dialog';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../forms/describeError';
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
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setError(null);
    setSaving(false);
  }, [open]);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      onRotated(await rotateWebhookSecret());
    } catch (caught) {
      setSaving(false);
      setError(describeError(caught, t));
    }
  };

  return (
    <Dialog
      open={open}
      title={t('integrations.webhook.rotateTitle')}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={saving}>
            {saving ? t('common.saving') : t('integrations.webhook.rotateConfirm')}
          </button>
        </>
      }
    >
      {error && <FormAlert>{error}</FormAlert>}
      <p className="dialog-text">{t('integrations.webhook.rotateText')}</p>
      <p className="dialog-text">{t('integrations.webhook.rotateThen')}</p>
    </Dialog>
  );
}
