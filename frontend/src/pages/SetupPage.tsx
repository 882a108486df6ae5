import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, type FieldErrors } from '../api/client';
import { getSetupStatus, setup } from '../api/auth';
import { AuthLayout } from '../components/AuthLayout';
import { FormAlert } from '../components/FormAlert';
import { PasswordField } from '../components/PasswordField';
import { TextField } from '../components/TextField';
import { usePageTitle } from '../components/usePageTitle';
import { describeError } from '../forms/describeError';
import { localizeFields } from '../forms/localizeFields';
import {
  email as emailRule,
  hasErrors,
  password as passwordRule,
  required,
  validate,
} from '../forms/validate';
import { useLanguage, useT } from '../i18n/useT';
import { useToast } from '../toast/useToast';

type Status = 'checking' | 'needed' | 'done';

/** SetupPage creates the first administrator with the token from the setup link. */
export function SetupPage() {
  const t = useT();
  // The team's language: the default NPS bot is created speaking it.
  const { lang } = useLanguage();
  usePageTitle(t('setup.title'));
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [status, setStatus] = useState<Status>('checking');
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [alreadyDone, setAlreadyDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    getSetupStatus().then(
      (answer) => setStatus(answer.needed ? 'needed' : 'done'),
      // If the check fails, still offer the form: the POST gives the definitive answer.
      () => setStatus('needed'),
    );
  }, []);

  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values, { name: required, email: emailRule, password: passwordRule }, t);
    setFields(found);
    setError(null);
    if (hasErrors(found)) return;
    setSubmitting(true);
    try {
      const answer = await setup({
        token,
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        lang,
      });
      toast.show({ tone: 'success', message: t('setup.welcome', { name: answer.user.name }) });
      navigate('/inbox', { replace: true });
    } catch (caught) {
      setSubmitting(false);
      if (caught instanceof ApiError && caught.status === 403) {
        setError(t('setup.tokenInvalid'));
      } else if (caught instanceof ApiError && caught.status === 409) {
        setAlreadyDone(true);
        setError(t('setup.alreadySetUp'));
      } else {
        if (caught instanceof ApiError && caught.fields)
          setFields(localizeFields(caught.fields, t));
        setError(describeError(caught, t));
      }
    }
  };

  if (status === 'done') {
    return (
      <AuthLayout title={t('setup.done')} subtitle={t('setup.doneHint')}>
        <Link className="btn btn-primary btn-block" to="/login">
          {t('setup.toLogin')}
        </Link>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.subtitle')}>
      {!token && status === 'needed' && <FormAlert>{t('setup.tokenMissing')}</FormAlert>}
      {error && (
        <FormAlert>
          {error}
          {alreadyDone && (
            <>
              {' '}
              <Link to="/login">{t('setup.toLogin')}</Link>
            </>
          )}
        </FormAlert>
      )}
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={status === 'checking'}>
        <TextField
          label={t('common.name')}
          name="name"
          autoComplete="name"
          required
          value={values.name}
          error={fields.name}
          onChange={set('name')}
        />
        <TextField
          label={t('common.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={values.email}
          error={fields.email}
          onChange={set('email')}
        />
        <PasswordField
          label={t('common.password')}
          name="password"
          autoComplete="new-password"
          required
          minLength={8}
          hint={t('common.passwordHint')}
          value={values.password}
          error={fields.password}
          onChange={set('password')}
        />
        <button
          type="submit"
          className="btn btn-primary btn-block"
          disabled={submitting || status === 'checking' || !token}
        >
          {submitting ? t('setup.submitting') : t('setup.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
