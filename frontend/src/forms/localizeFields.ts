import type { FieldErrors } from '../api/client';
import type { Translate } from '../i18n/language';

/**
 * phrases are the server's field messages (validate.go) we say in the user's
 * language; each returns the translated sentence for a match.
 */
const phrases: [RegExp, (t: Translate, match: RegExpMatchArray) => string][] = [
  [/^is required$/, (t) => t('error.required')],
  [/^must be an email address/, (t) => t('error.emailInvalid')],
  [/^must be at least 8 characters$/, (t) => t('error.passwordTooShort')],
  [/^must be at most (\d+) characters$/, (t, m) => t('error.tooLong', { max: m[1] })],
  [/^is not your current password$/, (t) => t('profile.wrongPassword')],
  [/^already used by another user$/, (t) => t('users.emailTaken')],
];

/** sentence turns a fragment like "must be one of: a, b" into "Must be one of: a, b." */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * localizeFields turns the server's per-field reasons (English fragments such
 * as "is required") into sentences in the interface language; a reason we do
 * not know is shown as the server wrote it.
 */
export function localizeFields(fields: FieldErrors, t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, why] of Object.entries(fields)) {
    const hit = phrases.find(([pattern]) => pattern.test(why));
    const match = hit ? why.match(hit[0]) : null;
    out[name] = hit && match ? hit[1](t, match) : sentence(why);
  }
  return out;
}
