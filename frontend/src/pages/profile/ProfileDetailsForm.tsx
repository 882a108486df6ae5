import { useState, type FormEvent } from 'react';
import { ApiError, type FieldErrors } from '../../api/client';
import { updateMe } from '../../api/auth';
import { Avatar } from '../../components/Avatar';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { describeError } from '../../forms/describeError';
import { localizeFields } from '../../forms/localizeFields';
import { hasErrors, required, validate } from '../../forms/validate';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { useToast } from '../../toast/useToast';

/** ProfileDetailsForm shows who you are and changes your display name. */
export function ProfileDetailsForm() {
  const t = useT();
  const toast = useToast();
  const { user, setUser } = useSession();
  const [name, setName] = useState(user.name);
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate({ name }, { name: required }, t);
    setFields(found);
    setError(null);
    if (hasErrors(found)) return;
    setSaving(true);
    try {
      const saved = await updateMe({ name: name.trim() });
      setUser(saved);
      setName(saved.name);
      toast.show({ tone: 'success', message: t('profile.saved') });
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) setFields(localizeFields(caught.fields, t));
      setError(describeError(caught, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="profile-details">
      <div className="card-head">
        <Avatar name={user.name} size={48} />
        <div>
          <h2 id="profile-details" className="card-title">
            {t('profile.details')}
          </h2>
          <p className="card-text">
            {user.email} ·{' '}
            <span className={`pill role-${user.role}`}>{t(`user.role.${user.role}`)}</span>
          </p>
        </div>
      </div>
      {error && <FormAlert>{error}</FormAlert>}
      <TextField
        label={t('common.name')}
        name="name"
        autoComplete="name"
        required
        value={name}
        error={fields.name}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={saving || name.trim() === user.name}
        >
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
