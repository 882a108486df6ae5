import { useEffect, useState } from 'react';
import { ApiError, type FieldErrors } from '../../api/client';
import type { Role, User, UserPatch } from '../../api/types';
import { createUser, updateUser } from '../../api/users';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { describeError } from '../../forms/describeError';
import { localizeFields } from '../../forms/localizeFields';
import {
  email as emailRule,
  hasErrors,
  optionalPassword,
  password as passwordRule,
  required,
  validate,
} from '../../forms/validate';
import { useT } from '../../i18n/useT';

interface Values {
  name: string;
  email: string;
  role: Role;
  password: string;
}

const empty: Values = { name: '', email: '', role: 'manager', password: '' };

/**
 * UserFormDialog adds a user, or edits one when `user` is given (sending only
 * the fields that changed).
 */
export function UserFormDialog({
  open,
  user,
  onClose,
  onSaved,
}: {
  open: boolean;
  user?: User;
  onClose: () => void;
  onSaved: (user: User, created: boolean) => void;
}) {
  const t = useT();
  const [values, setValues] = useState<Values>(empty);
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setValues(user ? { name: user.name, email: user.email, role: user.role, password: '' } : empty);
    setFields({});
    setError(null);
    setSaving(false);
  }, [open, user]);

  const set = (name: keyof Values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  const onSubmit = async () => {
    const found = validate(
      values as unknown as Record<string, string>,
      {
        name: required,
        email: emailRule,
        password: user ? optionalPassword : passwordRule,
      },
      t,
    );
    setFields(found);
    setError(null);
    if (hasErrors(found)) return;
    setSaving(true);
    try {
      if (user) {
        const patch: UserPatch = {};
        if (values.name.trim() !== user.name) patch.name = values.name.trim();
        if (values.email.trim() !== user.email) patch.email = values.email.trim();
        if (values.role !== user.role) patch.role = values.role;
        if (values.password) patch.password = values.password;
        onSaved(Object.keys(patch).length ? await updateUser(user.id, patch) : user, false);
      } else {
        onSaved(
          await createUser({
            name: values.name.trim(),
            email: values.email.trim(),
            role: values.role,
            password: values.password,
          }),
          true,
        );
      }
    } catch (caught) {
      setSaving(false);
      if (caught instanceof ApiError && caught.code === 'email_taken') {
        setFields({ email: t('users.emailTaken') });
      } else {
        if (caught instanceof ApiError && caught.fields)
          setFields(localizeFields(caught.fields, t));
        setError(describeError(caught, t));
      }
    }
  };

  return (
    <Dialog
      open={open}
      title={user ? t('users.editTitle') : t('users.addTitle')}
      onClose={onClose}
      onSubmit={onSubmit}
      footer={<DialogActions saving={saving} submitLabel={user ? t('common.save') : t('users.create')} onCancel={onClose} />}
    >
      {error && <FormAlert>{error}</FormAlert>}
      <TextField
        label={t('common.name')}
        name="name"
        autoComplete="off"
        required
        value={values.name}
        error={fields.name}
        onChange={set('name')}
      />
      <TextField
        label={t('common.email')}
        name="email"
        type="email"
        autoComplete="off"
        required
        value={values.email}
        error={fields.email}
        onChange={set('email')}
      />
      <SelectField
        label={t('users.role')}
        name="role"
        value={values.role}
        error={fields.role}
        hint={t('users.roleHint')}
        onChange={set('role')}
        options={[
          { value: 'manager', label: t('user.role.manager') },
          { value: 'admin', label: t('user.role.admin') },
        ]}
      />
      <PasswordField
        label={user ? t('users.newPassword') : t('common.password')}
        name="password"
        autoComplete="new-password"
        required={!user}
        hint={user ? t('users.newPasswordHint') : t('common.passwordHint')}
        value={values.password}
        error={fields.password}
        onChange={set('password')}
      />
    </Dialog>
  );
}
