import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, type FieldErrors } from '../api/client';
import { getMe, getSetupStatus, login } from '../api/auth';
import { AuthLayout } from '../components/AuthLayout';
import { FormAlert } from '../components/FormAlert';
import { PasswordField } from '../components/PasswordField';
import { TextField } from '../components/TextField';
import { usePageTitle } from '../components/usePageTitle';
import { describeError } from '../forms/describeError';
import { hasErrors, required, validate } from '../forms/validate';
import { useT } from '../i18n/useT';
import { isSafeNext } from '../session/loginPath';
import { useCountdown } from './useCountdown';

/** nextPath is where to go after signing in: the page the user was sent away from, or the inbox. */
function nextPath(params: URLSearchParams): string {
  const next = params.get('next');
  return isSafeNext(next) ? next : '/inbox';
}

/** LoginPage signs a team member in with email and password. */
export function LoginPage() {
  const t = useT();
  usePageTitle(t('login.submit'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  // rateLimited holds the server's Retry-After (0 when it gave none) after a 429.
  const [rateLimited, setRateLimited] = useState<number | null>(null);
  const [setupNeeded, setSetupNeeded] = useState(false);
  const countdown = useCountdown();

  useEffect(() => {
    const controller = new AbortController();
    getSetupStatus().then(
      (status) => setSetupNeeded(status.needed),
      () => undefined,
    );
    // Already signed in (a bookmark, the back button)? Go straight in.
    getMe({ anonymous: true, signal: controller.signal }).then(
      () => navigate(nextPath(params), { replace: true }),
      () => undefined,
    );
    return () => controller.abort();
    // Only on arrival: later changes of the query are the page's own doing.
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate({ email, password }, { email: required, password: required }, t);
    setFields(found);
    if (hasErrors(found)) return;
    setSubmitting(true);
    setError(null);
    setRateLimited(null);
    try {
      await login(email.trim(), password);
      navigate(nextPath(params), { replace: true });
    } catch (caught) {
      setSubmitting(false);
      if (caught instanceof ApiError && caught.status === 401) {
        setError(t('login.invalid'));
      } else if (caught instanceof ApiError && caught.status === 429) {
        setRateLimited(caught.retryAfter ?? 0);
        countdown.start(caught.retryAfter ?? 0);
      } else {
        setError(describeError(caught, t));
      }
    }
  };

  // With a known wait, count it down and drop the message when it is over.
  const waiting = rateLimited !== null && countdown.seconds > 0;
  const message =
    rateLimited === null
      ? error
      : waiting
        ? t('login.rateLimited', { seconds: countdown.seconds })
        : rateLimited === 0
          ? t('login.rateLimitedSoon')
          : null;

  return (
    <AuthLayout title={t('login.title')} subtitle={t('login.subtitle')}>
      {setupNeeded && <FormAlert tone="info">{t('login.setupNeeded')}</FormAlert>}
      {params.get('reason') === 'expired' && !message && (
        <FormAlert tone="info">{t('login.sessionEnded')}</FormAlert>
      )}
      {message && <FormAlert>{message}</FormAlert>}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('common.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          error={fields.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <PasswordField
          label={t('common.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={fields.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button
          type="submit"
          className="btn btn-primary btn-block"
          disabled={submitting || waiting}
        >
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
