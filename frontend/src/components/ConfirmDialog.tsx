import { useEffect, useState } from 'react';
import { describeError } from '../forms/describeError';
import { useT } from '../i18n/useT';
import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';
import { FormAlert } from './FormAlert';

/**
 * ConfirmDialog asks before a step that cannot be taken back (a new key, a new secret):
 * its texts say what stops working and what to do next. `onConfirm` takes the step; an
 * error it throws stays in the dialog, which can then be tried again or cancelled.
 */
export function ConfirmDialog({
  open,
  title,
  texts,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  texts: string[];
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
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
      await onConfirm();
    } catch (caught) {
      setSaving(false);
      setError(describeError(caught, t));
    }
  };

  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={submit}
      footer={<DialogActions saving={saving} submitLabel={confirmLabel} onCancel={onClose} danger />}
    >
      {error && <FormAlert>{error}</FormAlert>}
      {texts.map((text) => (
        <p key={text} className="dialog-text">
          {text}
        </p>
      ))}
    </Dialog>
  );
}
