import { ApiError, NETWORK_ERROR } from '../api/client';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/language';

/** codeMessages are the server error codes we can explain in the user's language. */
const codeMessages: Record<string, MessageKey> = {
  [NETWORK_ERROR]: 'error.network',
  last_admin: 'error.lastAdmin',
  email_taken: 'users.emailTaken',
  storage_unavailable: 'error.unavailable',
  rate_limited: 'error.rateLimited',
};

/**
 * describeError is the sentence to show for a failed call that the form has
 * no more specific message for.
 */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    const key = codeMessages[error.code];
    if (key) return t(key);
    if (error.status === 422) return t('error.fieldsInvalid');
    if (error.status === 403) return t('error.forbidden');
  }
  return t('error.generic');
}
