import { useState, type FormEvent } from 'react';
import { ApiError, type FieldErrors } from '../../api/client';
import { changePassword } from '../../api/auth';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { describeError } from '../../forms/describeError';
import { localizeFields } from '../../forms/localizeFields';
import { hasErrors, password as passwordRule, required, validate } from '../../forms/validate';
import { useT } from '../../i18n/useT';
import { useRealtime } from '../../realtime/hooks';
import { useSession } from '../../session/useSession';
import { useToast } from '../../toast/useToast';

const blank = { current_password: '', new_password: '' };

/** PasswordForm changes your own password; the server re-issues the session cookie. */
export function PasswordForm() {
  const t = useT();
  const toast = useToast();
  const { setUser } = useSession();
  const socket = useRealtime();
  const [values, setValues] = useState(blank);
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (name: keyof typeof blank) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values, { current_password: required, new_password: passwordRule }, t);
    setFields(found);
    setError(null);
    if (hasErrors(found)) return;
    setSaving(true);
    // The server ends every session of ours, this socket's too, and issues a new
    // cookie: pause the socket so that "revoked" is not taken for a logout, then
    // reconnect with the new cookie.
    socket.stop();
    try {
      const answer = await changePassword(values);
      setUser(answer.user);
      setValues(blank);
      toast.show({ tone: 'success', message: t('profile.passwordChanged') });
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) {
        // The fields say what to fix, the wrong current password included.
        setFields(localizeFields(caught.fields, t));
      } else {
        setError(describeError(caught, t));
      }
    } finally {
      setSaving(false);
      socket.start();
    }
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="profile-password">
      <div>
        <h2 id="profile-password" className="card-title">
          {t('profile.passwordTitle')}
        </h2>
        <p className="card-text">{t('profile.passwordText')}</p>
      </div>
      {error && <FormAlert>{error}</FormAlert>}
      <PasswordField
        label={t('profile.currentPassword')}
        name="current_password"
        autoComplete="current-password"
        required
        value={values.current_password}
        error={fields.current_password}
        onChange={set('current_password')}
      />
      <PasswordField
        label={t('profile.newPassword')}
        name="new_password"
        autoComplete="new-password"
        required
        hint={t('common.passwordHint')}
        value={values.new_password}
        error={fields.new_password}
        onChange={set('new_password')}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('common.saving') : t('profile.changePassword')}
        </button>
      </div>
    </form>
  );
}
