import { useEffect, useState } from 'react';
import { ApiError, type FieldErrors } from '../../api/client';
import { createContact } from '../../api/contacts';
import type { Contact } from '../../api/chatTypes';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { rememberContact } from '../../directory/contactCache';
import { describeError } from '../../forms/describeError';
import { localizeFields } from '../../forms/localizeFields';
import { hasErrors, required, validate, type Rule } from '../../forms/validate';
import { useT } from '../../i18n/useT';

const optionalEmail: Rule = (value, t) =>
  !value.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : t('error.emailInvalid');

/** ContactFormDialog adds a contact: a name, and optionally an email and a phone. */
export function ContactFormDialog({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}) {
  const t = useT();
  const [values, setValues] = useState({ name: '', email: '', phone: '' });
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setValues({ name: '', email: '', phone: '' });
    setFields({});
    setError(null);
    setSaving(false);
  }, [open]);

  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  const submit = async () => {
    const found = validate(values, { name: required, email: optionalEmail }, t);
    setFields(found);
    setError(null);
    if (hasErrors(found)) return;
    setSaving(true);
    try {
      const contact = await createContact({
        name: values.name.trim(),
        email: values.email.trim() || undefined,
        phone: values.phone.trim() || undefined,
      });
      rememberContact(contact);
      onSaved(contact);
    } catch (caught) {
      setSaving(false);
      if (caught instanceof ApiError && caught.fields) setFields(localizeFields(caught.fields, t));
      setError(describeError(caught, t));
    }
  };

  return (
    <Dialog
      open={open}
      title={t('cards.createContact')}
      onClose={onClose}
      onSubmit={submit}
      footer={<DialogActions saving={saving} submitLabel={t('cards.create')} onCancel={onClose} />}
    >
      {error && <FormAlert>{error}</FormAlert>}
      <TextField label={t('common.name')} name="name" autoComplete="off" value={values.name} error={fields.name} onChange={set('name')} />
      <TextField
        label={`${t('common.email')} (${t('common.optional')})`}
        name="email"
        type="email"
        autoComplete="off"
        value={values.email}
        error={fields.email}
        onChange={set('email')}
      />
      <TextField
        label={`${t('cards.phone')} (${t('common.optional')})`}
        name="phone"
        type="tel"
        autoComplete="off"
        value={values.phone}
        error={fields.phone}
        onChange={set('phone')}
      />
    </Dialog>
  );
}
