import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client';
import { createChannel, updateChannel } from '../../../api/channels';
import type { Channel } from '../../../api/chatTypes';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { describeError } from '../../../forms/describeError';
import { localizeFields } from '../../../forms/localizeFields';
import { useT } from '../../../i18n/useT';

/** ChannelNameDialog creates a web chat, or renames one when `channel` is given. */
export function ChannelNameDialog({
  open,
  channel,
  onClose,
  onSaved,
}: {
  open: boolean;
  channel?: Channel;
  onClose: () => void;
  onSaved: (channel: Channel, created: boolean) => void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setName(channel?.name ?? '');
    setFieldError(undefined);
    setError(null);
    setSaving(false);
  }, [open, channel]);

  const submit = async () => {
    setError(null);
    if (!name.trim()) {
      setFieldError(t('error.required'));
      return;
    }
    setSaving(true);
    try {
      const saved = channel ? await updateChannel(channel.id, { name: name.trim() }) : await createChannel(name.trim());
      onSaved(saved, !channel);
    } catch (caught) {
      setSaving(false);
      if (caught instanceof ApiError && caught.fields?.name) setFieldError(localizeFields(caught.fields, t).name);
      else setError(describeError(caught, t));
    }
  };

  return (
    <Dialog
      open={open}
      title={t(channel ? 'channels.renameTitle' : 'channels.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      footer={<DialogActions saving={saving} submitLabel={t(channel ? 'common.save' : 'channels.create')} onCancel={onClose} />}
    >
      {error && <FormAlert>{error}</FormAlert>}
      <TextField
        label={t('channels.name')}
        name="name"
        autoComplete="off"
        hint={t('channels.nameHint')}
        value={name}
        error={fieldError}
        onChange={(event) => setName(event.target.value)}
      />
    </Dialog>
  );
}
